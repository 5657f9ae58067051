import type { BlockContent, PhrasingContent, Root, RootContent } from 'mdast';
import type { Node, Parent } from 'unist';
import { VFile } from 'vfile';
import type { Catalog } from '../catalog/load.ts';
import { parseDocument } from '../document/parse.ts';
import { jsxElementsIn, stringAttribute, type JsxElement } from '../document/query.ts';
import type { MergeField } from '../document/merge-field-tree.ts';
import type { Channel, Notice, TemplateFrontmatter } from '../model/index.ts';

/** A notice block expanded in place, so one fix to a notice updates every letter. */
export interface NoticeBlock extends Parent {
  type: 'notice';
  id: string;
  title: string;
  children: BlockContent[];
}

declare module 'mdast' {
  interface RootContentMap {
    notice: NoticeBlock;
  }
  interface BlockContentMap {
    notice: NoticeBlock;
  }
}

/** The component writers use to place a notice. */
export const noticeComponent = 'Notice';

/**
 * The letterhead blocks a channel's messages carry, as merge fields; the site
 * adds the letterhead so writers start at the salutation.
 */
export const letterheadFields: Partial<Record<Channel, Record<'sender' | 'date' | 'recipient', readonly string[]>>> = {
  letter: {
    sender: ['our_company'],
    date: ['letter_date'],
    recipient: ['customer_contact_name', 'customer_company', 'customer_address'],
  },
};

export interface ComposedLetter {
  /** The letterhead block (letters only). */
  letterhead?: Root | undefined;
  /** Email subject, parsed so its merge fields render like the body's. */
  subject?: Root | undefined;
  /** The body with every listed notice expanded, placed ones where written and the rest at the end. */
  body: Root;
}

const noticeTreeCache = new WeakMap<Notice, Root>();

/** A notice's text as mdast, parsed once per notice object. */
export function noticeTree(notice: Notice): Root {
  let tree = noticeTreeCache.get(notice);
  if (!tree) {
    // The catalogue loader has already rejected notices whose text does not parse.
    tree = parseDocument(new VFile({ value: notice.text }), 'mdx') ?? { type: 'root', children: [] };
    noticeTreeCache.set(notice, tree);
  }
  return tree;
}

/** A notice's parsed text, shared (not copied) by every letter that includes it: letters are only read. */
function noticeBlock(notice: Notice): NoticeBlock {
  return { type: 'notice', id: notice.id, title: notice.title, children: noticeTree(notice).children as BlockContent[] };
}

function field(name: string): MergeField {
  return { type: 'mergeField', name };
}

function letterhead(blocks: Record<string, readonly string[]>): Root {
  return {
    type: 'root',
    children: Object.entries(blocks).map(([block, names]) => {
      const children: PhrasingContent[] = [];
      names.forEach((name, index) => {
        if (index > 0) children.push({ type: 'break' });
        children.push(field(name) as PhrasingContent);
      });
      return { type: 'paragraph', children, data: { hProperties: { className: [`letterhead-${block}`] } } };
    }),
  };
}

function isNoticeElement(node: Node): node is JsxElement {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node as JsxElement).name === noticeComponent;
}

/** Deep copy of the body with frontmatter removed and `<Notice id>` elements replaced by the notice text. */
function expandPlaced(nodes: readonly RootContent[], notices: Map<string, Notice>, placed: Set<string>): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    if (node.type === 'yaml') continue;
    if (isNoticeElement(node)) {
      const id = stringAttribute(node, 'id');
      const notice = id ? notices.get(id) : undefined;
      if (notice) {
        placed.add(notice.id);
        out.push(noticeBlock(notice));
      }
      continue;
    }
    if ('children' in node) {
      out.push({ ...node, children: expandPlaced(node.children as RootContent[], notices, placed) } as RootContent);
    } else {
      out.push({ ...node });
    }
  }
  return out;
}

/**
 * Composes a template into the letter it sends. `subject` may be passed
 * already parsed (the validator parses it with positions in the file).
 */
export function composeLetter(tree: Root, frontmatter: TemplateFrontmatter, catalog: Catalog, subject?: Root): ComposedLetter {
  const listed = new Map(
    frontmatter.notices.flatMap((id) => {
      const notice = catalog.notices.find((n) => n.id === id);
      return notice ? [[id, notice] as const] : [];
    }),
  );
  const placed = new Set<string>();
  const children = expandPlaced(tree.children, listed, placed);
  for (const [id, notice] of listed) if (!placed.has(id)) children.push(noticeBlock(notice));
  const head = letterheadFields[frontmatter.channel];
  return {
    letterhead: head ? letterhead(head) : undefined,
    subject: frontmatter.subject ? (subject ?? parseDocument(new VFile({ value: frontmatter.subject }), 'markdown')) : undefined,
    body: { type: 'root', children },
  };
}

/** Names of the merge fields a composed letter uses, in order of first use. */
export function fieldsUsed(letter: ComposedLetter): string[] {
  const names = new Set<string>();
  const walk = (node: Node) => {
    if (node.type === 'mergeField') names.add((node as MergeField).name);
    if ('children' in node) for (const child of (node as Parent).children) walk(child);
  };
  for (const part of [letter.letterhead, letter.subject, letter.body]) if (part) walk(part);
  return [...names];
}

/** Notice ids placed in the source with `<Notice id>`, with the elements, for the validator. */
export function placedNotices(tree: Root): { id: string | undefined; element: JsxElement }[] {
  return jsxElementsIn(tree)
    .filter((element) => element.name === noticeComponent)
    .map((element) => ({ id: stringAttribute(element, 'id'), element }));
}
