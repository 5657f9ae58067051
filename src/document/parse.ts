import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
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

/**
 * Parses a document into mdast. Never throws for a writer's mistake: a syntax
 * error becomes a located fatal message on the file and the result is undefined.
 */
export function parseDocument(file: VFile, syntax: Syntax): Root | undefined {
  try {
    return processors[syntax].parse(file);
  } catch (error) {
    if (!(error instanceof VFileMessage)) throw error;
    const message = file.message(`${syntax === 'mdx' ? 'MDX' : 'Markdown'} syntax: ${error.reason}`, {
      place: error.place ?? undefined,
      ruleId: 'syntax',
      source: 'fair-collections',
    });
    message.fatal = true;
    message.url = error.url;
    return undefined;
  }
}

export function syntaxFor(filePath: string): Syntax {
  return filePath.endsWith('.mdx') ? 'mdx' : 'markdown';
}
