import { createHash } from 'node:crypto';
import type { Root, RootContent } from 'mdast';
import { VFile } from 'vfile';
import { z } from 'zod';
import type { Catalog } from '../catalog/load.ts';
import { validKeys } from '../document/frontmatter.ts';
import type { MergeField } from '../document/merge-field-tree.ts';
import { parseDocument } from '../document/parse.ts';
import { composeLetter, noticeTree, renderLetter } from '../letters/index.ts';
import { templateSchemaFor } from '../library/template.ts';
import { noticeTextComponent, type Notice, type TemplateFrontmatter } from '../model/index.ts';
import { contentPaths } from '../project.ts';
import { parseYaml } from '../source/yaml.ts';
import type { HistoryOptions, SharedSources } from './history.ts';

/**
 * A template's or chapter's version: a short hash of the text a reader gets
 * (the letter with its notices, as plain text with {{fields}}; a chapter's
 * words), not of the MDX source. Runs of white space count as one space, so
 * re-wrapping a paragraph or re-indenting the source changes no version.
 */
export function versionOf(text: string): string {
  return createHash('sha256').update(normalizeText(text)).digest('hex').slice(0, 8);
}

/** The text with every run of white space as one space, trimmed: what a version and a word diff compare. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * The letter a template's source renders with the catalogue's notices, as
 * plain text with {{fields}}: the same text the site's template page and .txt
 * file carry. Old versions read from git are rendered with the notices of their
 * own commit (noticesOf); frontmatter that no longer validates (an old file
 * without an owner) still renders from the keys the letter needs. Undefined
 * when the source does not parse or lacks the channel.
 */
export function templateText(source: string, catalog: Catalog): string | undefined {
  const tree = parseDocument(new VFile({ path: 'template.mdx', value: source }), 'mdx');
  const frontmatter = tree && frontmatterOf(tree, catalog);
  return frontmatter && letterText(tree, frontmatter, catalog);
}

/** The frontmatter keys a letter needs, valid on their own; undefined without a channel. */
function frontmatterOf(tree: Root, catalog: Catalog): TemplateFrontmatter | undefined {
  const valid = validKeys(tree, templateSchemaFor(catalog).shape);
  if (!valid || typeof valid['channel'] !== 'string') return undefined;
  return { notices: [], ...valid } as unknown as TemplateFrontmatter;
}

function letterText(tree: Root, frontmatter: TemplateFrontmatter, catalog: Catalog): string {
  return renderLetter(composeLetter(tree, frontmatter, catalog), catalog).text;
}

/**
 * How the build reads old versions (readHistory's `shared` and `render`):
 * a template's letter with the notices of content/notices.yaml as they were
 * at its commit, a chapter's words. Before that file existed no letter had
 * notices; a version of it that is not a YAML list leaves today's notices.
 * Each source is parsed once, and a letter is composed again only when a
 * notice it lists changed, so rewording one notice costs one render per
 * letter that carries it.
 */
export function historyRendering(catalog: Catalog): Pick<HistoryOptions, 'shared' | 'render'> {
  const catalogs = new Map<string, Catalog>();
  const catalogAt = (shared: SharedSources): Catalog => {
    let at = catalogs.get(shared.key);
    if (!at) {
      const source = shared.get(contentPaths.notices);
      at = { ...catalog, notices: (source === undefined ? [] : noticesOf(source)) ?? catalog.notices };
      catalogs.set(shared.key, at);
    }
    return at;
  };
  const trees = new Map<string, Root | undefined>();
  const texts = new Map<string, string | undefined>();
  const renderTemplate = (source: string, at: Catalog): string | undefined => {
    if (!trees.has(source)) trees.set(source, parseDocument(new VFile({ path: 'template.mdx', value: source }), 'mdx'));
    const tree = trees.get(source);
    const frontmatter = tree && frontmatterOf(tree, at);
    if (!tree || !frontmatter) return undefined;
    const listed = frontmatter.notices.map((id) => at.notices.find((n) => n.id === id));
    const key = JSON.stringify([source, listed.map((n) => n && [n.id, n.title, n.text])]);
    if (!texts.has(key)) texts.set(key, letterText(tree, frontmatter, at));
    return texts.get(key);
  };
  return {
    shared: [contentPaths.notices],
    render: (file, source, shared) => (file.startsWith(`${contentPaths.templates}/`) ? renderTemplate(source, catalogAt(shared)) : chapterText(source, catalogAt(shared).notices)),
  };
}

const oldNotice = z.object({ id: z.string(), title: z.string(), text: z.string() });

/**
 * The notices an old content/notices.yaml held, read leniently: every entry
 * with a string id, title and text counts, whatever other keys the schema had
 * then, so a letter of that commit renders with the notice wording it was
 * sent with. Undefined when the file is not a YAML list.
 */
export function noticesOf(source: string): Notice[] | undefined {
  const { value } = parseYaml(source);
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((item) => {
    const notice = oldNotice.safeParse(item);
    return notice.success ? [{ jurisdiction: 'all' as const, requiredWhen: '', ...notice.data }] : [];
  });
}

const blocks = new Set(['paragraph', 'heading', 'tableCell', 'code', 'html']);

/**
 * A chapter's words as a reader sees them: headings, paragraphs, list items
 * and table cells, one block per line, and a notice it shows with
 * <NoticeText id> in the words `notices` give it (so rewording the notice
 * changes the chapter's version); frontmatter, imports and {expressions} are
 * not text. Undefined when the source does not parse.
 */
export function chapterText(source: string, notices: readonly Notice[] = []): string | undefined {
  const tree = parseDocument(new VFile({ path: 'chapter.mdx', value: source }), 'mdx');
  if (!tree) return undefined;
  const out: string[] = [];
  const inline = (node: RootContent): string => {
    if (node.type === 'text' || node.type === 'inlineCode') return node.value;
    // A notice's merge fields are part of its words: "Call {{contact_name}}" is not "Call {{contact_phone}}".
    if ((node as { type: string }).type === 'mergeField') return `{{${(node as unknown as MergeField).name}}}`;
    if (node.type === 'break') return '\n';
    if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression' || node.type === 'mdxjsEsm' || node.type === 'yaml') return '';
    if ('children' in node) return (node.children as RootContent[]).map(inline).join('');
    return '';
  };
  const walk = (node: RootContent) => {
    if (node.type === 'yaml' || node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression') return;
    if (node.type === 'mdxJsxFlowElement' && node.name === noticeTextComponent) {
      const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      const notice = notices.find((n) => n.id === id);
      if (notice) {
        out.push(notice.title);
        for (const child of noticeTree(notice).children) walk(child);
      }
      return;
    }
    if (blocks.has(node.type)) {
      const text = node.type === 'code' ? node.value : inline(node);
      if (text.trim()) out.push(text.trim());
      return;
    }
    if ('children' in node) for (const child of node.children as RootContent[]) walk(child);
  };
  for (const child of tree.children) walk(child);
  return `${out.join('\n\n')}\n`;
}
