import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { Position } from 'unist';
import { checkStructure, structureLimits, tooDeep } from './limits.ts';
import { mergeFieldSyntax, yieldToMergeFields } from './merge-field-syntax.ts';
import { mergeFieldFromMarkdown } from './merge-field-tree.ts';

export type Syntax = 'mdx' | 'markdown';

function remarkMergeFields(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(mergeFieldSyntax());
  (data.fromMarkdownExtensions ??= []).push(mergeFieldFromMarkdown());
}

/** MDX (JSX, expressions, import/export) as remark-mdx adds it, with block expressions yielding to merge fields. */
function remarkMdxWithMergeFields(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(yieldToMergeFields(mdxjs()));
  (data.fromMarkdownExtensions ??= []).push(mdxFromMarkdown());
}

// Processors are frozen once and reused: building one per file costs more than parsing.
const processors: Record<Syntax, Processor<Root>> = {
  mdx: unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkMdxWithMergeFields).use(remarkMergeFields).freeze() as unknown as Processor<Root>,
  markdown: unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkMergeFields).freeze() as unknown as Processor<Root>,
};

function fatal(file: VFile, reason: string, place: VFileMessage['place'], ruleId = 'syntax'): VFileMessage {
  const message = file.message(reason, { place: place ?? undefined, ruleId, source: 'fair-collections' });
  message.fatal = true;
  return message;
}

/**
 * Where a parser error is. Some MDX errors carry their position only in the
 * text ("Expected a closing tag for `<Callout>` (13:1-13:22)"): read it from
 * there, so the report and CI annotations land on the right line.
 */
function errorPlace(error: VFileMessage, text: string): { reason: string; place: VFileMessage['place'] } {
  // The place in the text is the tag's own ("Expected a closing tag for `<Callout>` (33:30-33:51)"); `error.place` may be
  // only its line's start.
  const inText = /\s*\((\d+):(\d+)(?:-(\d+):(\d+))?\)/.exec(error.reason);
  if (!inText) return { reason: error.reason, place: error.place ? openedAt(error, text) : undefined };
  const [, line, column, endLine, endColumn] = inText.map(Number) as [number, number, number, number, number];
  const start = { line, column };
  const place: Position | typeof start = endLine ? { start, end: { line: endLine, column: endColumn } } : start;
  return { reason: error.reason.slice(0, inText.index) + error.reason.slice(inText.index + inText[0].length), place };
}

/**
 * An expression left open is reported where the parser ran out of text ("Unexpected end of file in expression", the end of
 * its line or file); the writer needs the brace that opened it: the last "{" before that place, looked for at most 2,000
 * characters back.
 */
function openedAt(error: VFileMessage, text: string): VFileMessage['place'] {
  const place = error.place!;
  const point = 'start' in place ? place.start : place;
  if (!/end of file in expression/i.test(error.reason) || point.offset === undefined) return place;
  const from = Math.max(0, point.offset - 2000);
  const found = text.slice(from, point.offset + 1).lastIndexOf('{');
  if (found < 0) return place;
  const brace = from + found;
  const before = text.slice(0, brace);
  const line = before.split('\n').length;
  return { line, column: brace - before.lastIndexOf('\n'), offset: brace };
}

/**
 * Parses a document into mdast. Never throws for a writer's mistake: a syntax
 * error, or structure beyond `structureLimits` (checked before parsing, so
 * no parser or tree walk can run away), becomes a located fatal message on
 * the file and the result is undefined.
 */
export function parseDocument(file: VFile, syntax: Syntax): Root | undefined {
  const structure = checkStructure(String(file.value));
  for (const problem of structure) fatal(file, problem.reason, { line: problem.line, column: problem.column }, 'structure').expected = [problem.fix];
  if (structure.length > 0) return undefined;
  let tree: Root;
  try {
    tree = processors[syntax].parse(file);
  } catch (error) {
    // The checks above bound nesting; a stack overflow that still happens is the same problem, not the tool's failure.
    if (error instanceof RangeError) {
      fatal(file, 'Content nested too deeply to parse (quotes, lists, emphasis or components inside each other); flatten it', undefined, 'structure');
      return undefined;
    }
    // A parser's own consistency check (devlop's assertions, which run where the packages' development builds are loaded,
    // as under vitest): upstream, an unclosed MDX fragment before a setext underline ("<>a\n---") trips one where the
    // production build reports the unclosed tag. It is the writer's syntax either way, not the tool's failure.
    if (error instanceof Error && (error as { code?: unknown }).code === 'ERR_ASSERTION') {
      fatal(file, `${syntax === 'mdx' ? 'MDX' : 'Markdown'} syntax: the file does not parse (a tag, component or brace left open, or a heading underline inside one)`, undefined).expected = [
        'Close every tag, component and brace you open; for a literal “<” or “{”, write \\< or \\{.',
      ];
      return undefined;
    }
    if (!(error instanceof VFileMessage)) throw error;
    const { reason, place } = errorPlace(error, String(file.value));
    // The rule's own page explains MDX for a letter writer (its link, not the parser's source); the fix names the usual causes.
    const code = syntax === 'mdx' && /acorn/.test(reason);
    fatal(file, `${syntax === 'mdx' ? 'MDX' : 'Markdown'} syntax: ${code ? `${reason} (MDX reads text in { } as code)` : reason}`, place).expected = [
      syntax === 'mdx' ? mdxFix(reason) : 'Fix the Markdown at this place, or check the file with --language-only as plain text.',
    ];
    return undefined;
  }
  const deep = tooDeep(tree);
  if (deep) {
    // The parsed tree counts two levels for each list (the list and its item): the writer sees about half as many.
    fatal(file, `Content nested more than ${structureLimits.treeDepth} levels deep in the parsed document (quotes, lists, emphasis or components inside each other; each level of a list counts twice, the list and its item)`, deep.position?.start, 'structure').expected = [
      'Flatten the structure: fewer lists, quotes or components inside each other.',
    ];
    return undefined;
  }
  return tree;
}

/** How to mend an MDX syntax error, by what the parser says of it: an attribute's value unquoted, braces read as code, or the usual causes. */
function mdxFix(reason: string): string {
  if (/before attribute value/.test(reason)) return 'Put the attribute’s value in quotes: <Notice id="payment-instructions" />.';
  if (/acorn/.test(reason)) return 'For literal braces write \\{ and \\}; a merge field has two braces on each side, {{field_name}}.';
  return 'Close the tag or component opened here, or, for a literal “<” or “{”, write \\< or \\{ (MDX reads them as the start of a component or of code).';
}

export function syntaxFor(filePath: string): Syntax {
  return filePath.endsWith('.mdx') ? 'mdx' : 'markdown';
}
