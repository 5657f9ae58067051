import { createHash } from 'node:crypto';
import type { RootContent } from 'mdast';
import { VFile } from 'vfile';
import type { Catalog } from '../catalog/load.ts';
import { validKeys } from '../document/frontmatter.ts';
import { parseDocument } from '../document/parse.ts';
import { composeLetter, renderLetter } from '../letters/index.ts';
import { templateSchemaFor } from '../library/template.ts';
import type { TemplateFrontmatter } from '../model/index.ts';

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
 * The letter a template's source renders today, as plain text with {{fields}}:
 * the same text the site's template page and .txt file carry. Old versions
 * read from git are rendered with the current notices, so their text compares
 * with today's; frontmatter that no longer validates (an old file without an
 * owner) still renders from the keys the letter needs. Undefined when the
 * source does not parse or lacks the channel.
 */
export function templateText(source: string, catalog: Catalog): string | undefined {
  const file = new VFile({ path: 'template.mdx', value: source });
  const tree = parseDocument(file, 'mdx');
  if (!tree) return undefined;
  const valid = validKeys(tree, templateSchemaFor(catalog).shape);
  if (!valid || typeof valid['channel'] !== 'string') return undefined;
  const frontmatter = { notices: [], ...valid } as unknown as TemplateFrontmatter;
  return renderLetter(composeLetter(tree, frontmatter, catalog), catalog).text;
}

const blocks = new Set(['paragraph', 'heading', 'tableCell', 'code', 'html']);

/**
 * A chapter's words as a reader sees them: headings, paragraphs, list items
 * and table cells, one block per line; frontmatter, imports and {expressions}
 * are not text. Undefined when the source does not parse.
 */
export function chapterText(source: string): string | undefined {
  const tree = parseDocument(new VFile({ path: 'chapter.mdx', value: source }), 'mdx');
  if (!tree) return undefined;
  const out: string[] = [];
  const inline = (node: RootContent): string => {
    if (node.type === 'text' || node.type === 'inlineCode') return node.value;
    if (node.type === 'break') return '\n';
    if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression' || node.type === 'mdxjsEsm' || node.type === 'yaml') return '';
    if ('children' in node) return (node.children as RootContent[]).map(inline).join('');
    return '';
  };
  const walk = (node: RootContent) => {
    if (node.type === 'yaml' || node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression') return;
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
