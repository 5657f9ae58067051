import { imageFileProblem, path } from '#platform';
import type { Definition, Link, Parent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import type { JsxElement } from '../../document/query.ts';
import { allowedComponents, allowedUrlSchemes, imageExtensions, type ComponentSpec, type LockdownKind } from '../../model/index.ts';
import { contentFolder } from '../../project.ts';
import { isCommentOnly } from '../suppressions.ts';
import { nearestUnique } from '../../source/suggest.ts';
import type { DocumentRule, ReportSpec } from '../types.ts';

type Report = (spec: ReportSpec) => void;

function place(node: { position?: ReportSpec['place'] }): ReportSpec['place'] {
  return node.position;
}

/** What a lockdown needs to know besides the tree. */
export interface LockdownScope {
  kind: LockdownKind;
  /** Stage ids the data defines, for attributes that name a stage; unknown when the catalogue does not load. */
  stages?: readonly string[] | undefined;
  /** Notice ids the data defines, for a chapter's <NoticeText id>; a template's <Notice> ids are checked, with suggestions, by the notices rule. */
  notices?: readonly string[] | undefined;
  /**
   * Where the file is, for relative images: they must resolve inside
   * `contentRoot` to an existing regular file. Without it, no `..` is allowed.
   */
  location?: { filePath: string; contentRoot: string } | undefined;
}

/** The scheme a browser would read: it drops tabs and newlines anywhere, and controls and spaces in front. */
function schemeOf(url: string): string | undefined {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

const kindNames: Record<LockdownKind, string> = {
  template: 'letters',
  notice: 'notices',
  inline: 'subject lines, titles and summaries',
  chapter: 'chapters',
};

/** Why a link's target is refused, or undefined when it may be published. */
function linkProblem(url: string): string | undefined {
  const scheme = schemeOf(url);
  if (scheme && !(allowedUrlSchemes as readonly string[]).includes(scheme)) {
    return `A ${scheme}: link is not allowed; links may use ${allowedUrlSchemes.map((s) => `${s}:`).join(', ')} or a relative path`;
  }
  return undefined;
}

/**
 * Why a link whose words are an address (an email address or a web address)
 * is refused when it leads somewhere else: the reader trusts the address they
 * see. Undefined when the words are no address, or the one it leads to.
 */
function misleadingLink(node: Link): string | undefined {
  const shown = toString(node).trim();
  if (!/^(?:mailto:)?[^\s@]+@[^\s@]+\.[^\s@]+$|^(?:https?:\/\/|www\.)\S+$/i.test(shown)) return undefined;
  const bare = (address: string) => address.replace(/^mailto:/i, '').replace(/^https?:\/\//i, '').replace(/^www\./i, '').replace(/\/+$/, '').toLowerCase();
  return bare(shown) === bare(node.url) ? undefined : `The link shows ${shown} but leads to ${node.url}; show the address it leads to`;
}

/**
 * Why an image's target is refused, or undefined. Astro imports a chapter's
 * relative image at build time, so the target is a path to check as one: a
 * plain relative path to an image file inside the content folder that
 * exists — never a query (`?raw`), another file type, or a way out.
 */
function imageProblem(url: string, scope: LockdownScope): string | undefined {
  if (scope.kind !== 'chapter') return `Images are not allowed in ${kindNames[scope.kind]}`;
  if (schemeOf(url) || /^[/\\]/.test(url)) return 'An image must be a file beside the chapter, written as a relative path such as ./chart.png (remote images are blocked by the site’s security policy)';
  if (/[^A-Za-z0-9._/ -]/.test(url)) return 'An image path may hold only letters, digits, spaces and . _ - / (no ?, #, % or other characters)';
  const extension = path.extname(url).toLowerCase();
  if (url.endsWith('/') || !(imageExtensions as readonly string[]).includes(extension)) return `An image must be a ${imageExtensions.join(', ')} file`;
  if (!scope.location) return url.split('/').includes('..') ? 'An image may not point outside the chapter’s folder' : undefined;
  const target = path.resolve(path.dirname(scope.location.filePath), url);
  const within = path.relative(scope.location.contentRoot, target);
  if (within.startsWith('..') || path.isAbsolute(within)) return `An image must be inside ${path.basename(scope.location.contentRoot)}/; ${url} points outside it`;
  return imageFileProblem(target, url, scope.location.contentRoot);
}

/** The Markdown for the HTML elements writers reach for (a Map: an element named `constructor` is no key of it). */
const markdownFor = new Map([
  ['b', '**bold**'],
  ['strong', '**bold**'],
  ['i', '*italic*'],
  ['em', '*italic*'],
  ['a', '[link text](https://example.com)'],
  ['br', 'a backslash (\\) at the end of the line, for a line break within a paragraph (as in a signature block)'],
  ['p', 'a blank line between paragraphs'],
  ['ul', '- a bulleted list'],
  ['ol', '1. a numbered list'],
  ['h2', '## A heading'],
  ['h3', '### A heading'],
]);

/** Where each kind's components belong, for a message about one used elsewhere. */
const componentHomes: Record<LockdownKind, string> = { template: 'templates', notice: 'notices', inline: 'subject lines', chapter: 'handbook chapters' };

function checkElement(element: JsxElement, specs: Readonly<Record<string, ComponentSpec>>, known: Pick<LockdownScope, 'stages' | 'notices'>, report: Report, parent?: Parent): void {
  const name = element.name ?? '';
  const allowed = Object.keys(specs);
  if (!element.name) {
    report({ reason: 'A fragment (<>…</>) is not allowed; write plain Markdown', place: place(element) });
    return;
  }
  // Own properties only: `constructor` or `toString` are not components.
  const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
  if (!spec) {
    const html = /^[a-z]/.test(name);
    const capitalised = allowed.find((c) => c.toLowerCase() === name.toLowerCase());
    // A component of another kind of content ("<Callout>" in a template) is known, only not here.
    const elsewhere = (Object.keys(allowedComponents) as LockdownKind[]).filter((kind) => Object.hasOwn(allowedComponents[kind], name));
    report({
      reason: html
        ? `Raw HTML <${name}> is not allowed in content; write Markdown instead`
        : elsewhere.length > 0
          ? `<${name}> is for ${elsewhere.map((kind) => componentHomes[kind]).join(' and ')} only, not here`
          : `Unknown component <${name}>`,
      place: place(element),
      actual: name,
      // Raw HTML is offered its Markdown, not the components (a <b> is no <Notice>), unless it is a component in lower case
      // (<notice> for <Notice>); an unknown component, the known ones.
      expected: html ? [capitalised ? `<${capitalised}>` : (markdownFor.get(name) ?? 'plain Markdown')] : allowed.length > 0 ? allowed.map((c) => `<${c}>`) : ['plain Markdown'],
    });
    return;
  }
  const present = new Set<string>();
  for (const attribute of element.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report({ reason: `<${name}> has a {…spread} attribute; only name="value" attributes are allowed`, place: place(attribute) ?? place(element) });
      continue;
    }
    present.add(attribute.name);
    const where = place(attribute) ?? place(element);
    if (/^on/i.test(attribute.name)) {
      report({ reason: `Event handler ${attribute.name} is not allowed`, place: where, actual: attribute.name, expected: ['delete the attribute: content cannot run code'] });
      continue;
    }
    const rule = Object.hasOwn(spec.attributes, attribute.name) ? spec.attributes[attribute.name] : undefined;
    if (!rule) {
      report({ reason: `<${name}> has no attribute "${attribute.name}"`, place: where, actual: attribute.name, expected: Object.keys(spec.attributes) });
      continue;
    }
    if (typeof attribute.value !== 'string') {
      report({ reason: `${attribute.name} of <${name}> must be a plain string in quotes, not an expression`, place: where, expected: [`${attribute.name}="…"`] });
      continue;
    }
    const values = rule === 'stage' ? known.stages : rule === 'notice' ? known.notices : rule === 'text' ? undefined : rule;
    if (values && !values.includes(attribute.value)) {
      // An id from the data, mistyped: the one meant, and where the ids live.
      const source = rule === 'stage' ? 'content/ladder.yaml' : rule === 'notice' ? 'content/notices.yaml' : undefined;
      const meant = source ? nearestUnique(attribute.value, values) : undefined;
      report({
        reason: source ? `${attribute.name}="${attribute.value}" on <${name}> is not an id in ${source}${meant ? `; did you mean "${meant}"?` : ''}` : `${attribute.name}="${attribute.value}" is not allowed on <${name}>`,
        place: where,
        actual: attribute.value,
        expected: meant ? [`${attribute.name}="${meant}"`] : [...values],
      });
    }
  }
  for (const required of spec.required) {
    if (!present.has(required)) report({ reason: `<${name}> needs ${required}="…"`, place: place(element), expected: [required] });
  }
  if (!spec.children && element.children.length > 0) {
    report({ reason: `<${name}> takes no content; write it as <${name} … />`, place: place(element) });
  }
  // A block inside a sentence would put a list, table, figure or callout inside a paragraph, which HTML does not allow. Alone
  // in its paragraph (`<Callout type="tip">Never threaten.</Callout>` on a line of its own) it stands as a block.
  const alone = parent?.type === 'paragraph' && parent.children.every((child) => child === element || (child.type === 'text' && child.value.trim() === ''));
  if (spec.block && element.type === 'mdxJsxTextElement' && !alone) {
    report({
      reason: `<${name}> is a block: put it on lines of its own, with a blank line before and after, not inside a sentence`,
      place: place(element),
      expected: [spec.children ? `<${name} …> and </${name}> each on a line of its own, the text between them` : `<${name} … /> on a line of its own`],
    });
  }
}

/** Where a chapter's images may live: the content folder of the project, or the folder of a chapter checked from elsewhere. */
function contentRootOf(filePath: string, root: string): string {
  const content = contentFolder(root);
  return path.relative(content, filePath).startsWith('..') ? path.dirname(filePath) : content;
}

/**
 * MDX compiles to JavaScript: an import is resolved and an expression runs
 * during the build. Content arrives by pull request, so before anything is
 * compiled only Markdown, merge fields and an allow-list of the project's own
 * components with literal attributes get through.
 */
export const lockdown: DocumentRule = {
  meta: {
    id: 'mdx-lockdown',
    name: 'No code in content',
    description:
      'Templates and chapters contain only Markdown, {{merge fields}} and the project’s own components with literal attributes: no import or export, no {expressions}, no HTML elements or event handlers, links only to https:, http:, mailto:, tel: or relative addresses, and images only as image files inside the content folder. Subject lines, titles and summaries are plain text.',
    why: 'MDX is code: its imports are resolved and its expressions run when the site is built, and a relative image is imported as a module, so content from a pull request could run anything in CI, leak files or put script on the site.',
    source: 'README, Trust model; src/model/components.ts (the allow-lists).',
    severity: 'error',
    suppressible: false,
    scope: 'content',
    kinds: ['template', 'chapter'],
    examples: {
      valid: [{ text: 'Dear {{customer_contact_name}},\n\n<Notice id="payment-instructions" />' }],
      invalid: [
        { text: "import fs from 'node:fs'", note: 'Imports are resolved at build time.' },
        { text: "Total: {process.env.SECRET}", note: 'Expressions run at build time.' },
        { text: "Total: {/* a note */ process.exit(1) // */\n}", note: 'A comment ends at its first */: what follows is code.' },
        { text: '<script>alert(1)</script>', note: 'Raw HTML.' },
        { text: '[Pay here](javascript:alert(1))', note: 'A javascript: link.' },
        { text: '[Statement](blob:https://pay.example/1)', note: 'Only https, http, mailto and tel links.' },
        { text: '![Chart](./chart.js)', note: 'Images are image files: a .js file would be imported and run.' },
      ],
    },
  },
  check(context, report) {
    // Past a syntax error, what the file holds that would run or reach a reader is still named, read from its Markdown
    // parse: a <script> or an event handler after a stray brace is the same danger in the next run.
    if (!context.tree) {
      if (context.fallbackTree) findCodePastSyntaxError(context.fallbackTree, report);
      return;
    }
    const chapter = context.kind === 'chapter';
    findUnsafe(
      context.tree,
      {
        kind: chapter ? 'chapter' : 'template',
        stages: context.catalog?.ladder.stages.map((s) => s.id),
        notices: chapter ? context.catalog?.notices.map((n) => n.id) : undefined,
        location: chapter && context.root ? { filePath: context.file.path, contentRoot: contentRootOf(context.file.path, context.root) } : undefined,
      },
      report,
    );
    for (const extra of context.extras) findUnsafe(extra.tree, { kind: 'inline' }, report);
  },
};

/** What to write instead of a link to an address that is not allowed. */
const allowedLink = 'an https:, mailto: or tel: address, or plain text';

/** Raw HTML that runs script or loads something, read where MDX would not parse (a component there reads as HTML too). */
const runsCode = /<\s*(?:script|iframe|object|embed|style|link|meta|base|form|svg)\b|\son[a-z]+\s*=|(?:javascript|vbscript|data)\s*:/i;

/** A line MDX reads as an ES module statement: `import` or `export` at its start, then a space, a brace or a star. */
const esmLine = /^(?:import|export)[\s{*]/;

/** The message for an import or export, read by MDX or past its syntax error. */
const esmProblem = (line: string): Omit<ReportSpec, 'place'> => ({
  reason: 'import and export are not allowed in content: they run code when the site is built',
  actual: line,
  expected: ['delete the line: notices come from <Notice id="…" />, invoice data from {{merge fields}}'],
});

/**
 * In a file that does not parse as MDX, read as Markdown: HTML that runs script or loads something, links to
 * addresses that are not allowed, and the import and export statements MDX would run (a top-level paragraph that
 * opens with one: MDX reads a block as ES code only from its first line). Components, which Markdown reads as HTML,
 * are left to the run after the fix.
 */
function findCodePastSyntaxError(tree: Root, report: Report): void {
  for (const node of tree.children) {
    if (node.type !== 'paragraph' || !node.position) continue;
    const line = toString(node).split('\n', 1)[0]!;
    if (esmLine.test(line)) report({ ...esmProblem(line), place: node.position.start });
  }
  visit(tree, (node) => {
    if (node.type === 'html' && runsCode.test(node.value)) {
      report({ reason: `HTML that runs code or loads something is not allowed in content: ${node.value.trim().slice(0, 60)}`, place: place(node), expected: ['delete it: content cannot run code'] });
    } else if (node.type === 'link') reportTarget(node.url, linkProblem(node.url), node, report, targetWhy.link, allowedLink);
  });
}

/**
 * Reports everything in a tree that is not Markdown, a merge field or an
 * allowed component with literal attributes, and every link or image target
 * that may not be published. Shared by the validator rule, the notices check
 * and the MDX compile step, which refuses to compile what this finds.
 */
export function findUnsafe(tree: Root, scope: LockdownScope, report: Report): void {
  const specs: Readonly<Record<string, ComponentSpec>> = allowedComponents[scope.kind];
  const known = { stages: scope.stages, notices: scope.notices };
  const inline = scope.kind === 'inline';
  // A definition used by an image reference is an image target.
  const imageLabels = new Set<string>();
  visit(tree, 'imageReference', (node) => {
    imageLabels.add(node.identifier);
  });
  visit(tree, (node, _index, parent) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report({ ...esmProblem(node.value.split('\n')[0]!), place: place(node) });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(node.value)) {
          report({
            reason: `{${node.value.length > 40 ? `${node.value.slice(0, 40)}…` : node.value}} is JavaScript, which is not allowed in content`,
            place: place(node),
            actual: node.value,
            expected: ['a merge field written {{field_name}}', 'plain text'],
          });
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node as JsxElement, specs, known, report, parent);
        break;
      case 'html': {
        // Only a Markdown (.md) file parses a component as HTML: the writer meant MDX.
        const component = /^<([A-Z][\w.]*)/.exec(node.value)?.[1];
        if (component && Object.hasOwn(specs, component)) {
          report({
            reason: `<${component}> is a component, which only an .mdx file can hold; in a .md file it is raw HTML: rename the file to end in .mdx`,
            place: place(node),
            actual: `<${component}>`,
          });
        } else report({ reason: 'Raw HTML is not allowed in content; write Markdown instead', place: place(node), expected: ['Markdown (**bold**, a - list, a | table |), or delete the tag'] });
        break;
      }
      case 'mergeField':
        if (scope.kind === 'chapter') {
          // As typed, braces and all: a chapter showing a mistyped field (`{{due_date}`) shows that.
          const field = node.written ?? `{{${node.name}}}`;
          report({
            reason: `${field} is a merge field, which only letters fill in; in a chapter, write it as code: \`${field}\``,
            place: place(node),
            actual: field,
            expected: [`\`${field}\``],
          });
        }
        break;
      case 'link':
      case 'linkReference': {
        if (inline) report({ reason: `Links are not allowed in ${kindNames.inline}: they are plain text; write the address as text`, place: place(node) });
        else if (node.type === 'link') {
          const scheme = linkProblem(node.url);
          const why = scheme ? targetWhy.link : targetWhy.shown;
          reportTarget(node.url, scheme ?? misleadingLink(node), node, report, why, scheme ? allowedLink : undefined);
        }
        break;
      }
      case 'delete':
        // A struck-through word still reads as written in the plain-text copy, the .txt file and a pasted email.
        if (scope.kind !== 'chapter') {
          report({
            reason: `Struck-through text is not allowed in ${kindNames[scope.kind]}: a plain-text copy shows the words as if they stood; delete them instead`,
            place: place(node),
            actual: toString(node),
          });
        }
        break;
      case 'image':
      case 'imageReference':
        // Only a chapter may hold an image; a letter's is deleted, or described in words.
        if (node.type === 'image') reportTarget(node.url, imageProblem(node.url, scope), node, report, targetWhy.image, scope.kind === 'chapter' ? undefined : 'delete the image, or describe it in words');
        else if (inline) report({ reason: `Images are not allowed in ${kindNames.inline}`, place: place(node), expected: ['delete the image, or describe it in words'], why: targetWhy.image });
        break;
      case 'definition': {
        const definition = node as Definition;
        const problem = imageLabels.has(definition.identifier) ? imageProblem(definition.url, scope) : linkProblem(definition.url);
        reportTarget(definition.url, problem, definition, report, imageLabels.has(definition.identifier) ? targetWhy.image : targetWhy.link);
        break;
      }
      default:
        break;
    }
  });
}

/** Why a link's or an image's target is refused: the rule's own why is about code that runs at build time. */
export const targetWhy = {
  shown: 'A reader trusts the address a link shows; one that leads elsewhere is how a phishing message looks.',
  link: 'A link takes whoever reads the letter or page where it points: web, email and phone addresses go where they say, other kinds can run script or open files.',
  image: 'An image in content is read when the site is built and shown to every reader; only an image file kept beside its chapter is safe to build and show, and a letter is sent as text, where an image is lost.',
};

function reportTarget(url: string, problem: string | undefined, node: { position?: ReportSpec['place'] }, report: Report, why: string, expected?: string): void {
  if (problem) report({ reason: problem, place: place(node), actual: url, expected: expected ? [expected] : undefined, why });
}
