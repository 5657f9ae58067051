import type { VFile } from 'vfile';
import { decodeContent } from '../source/decode.ts';
import { completeMessages, reportMessage } from './report-message.ts';
import { checkChapterFiles, chapterFilesMeta } from './rules/chapters.ts';
import { checkDocument, type FileResult, type Session } from './session.ts';
import type { DocumentKind, ProjectTemplate } from './types.ts';

/**
 * Checks one text held in memory (the "Check a letter" page, the language
 * server) as `npm run lint <file>` checks the same bytes saved at
 * `file.path`: with `bytes`, they are first read as the command line reads a
 * file (size, empty, binary, UTF-8, byte-order mark); then the document's
 * own checks, the checks across templates (which see this one template and
 * `otherTemplates`, in the order of their paths, as a run over the whole
 * project does) and, for a chapter given its handbook folder's listing, the
 * chapter-file checks; the messages completed and ordered as every report
 * shows them. Only this file's messages are kept.
 */
export function checkText(
  file: VFile,
  kind: DocumentKind,
  session: Session,
  options: { bytes?: Uint8Array | undefined; otherTemplates?: readonly ProjectTemplate[] | undefined; handbookListing?: readonly string[] | undefined } = {},
): FileResult {
  if (options.bytes && !decodeContent(options.bytes, file)) {
    completeMessages(file, session.metaById);
    return { file, kind, suppressions: [] };
  }
  const { result, project } = checkDocument(file, kind, session);
  const catalog = session.catalog;
  if (project && catalog && !session.languageOnly) {
    const templates = [...(options.otherTemplates ?? []).filter((other) => other.file.path !== file.path), project].sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0));
    for (const rule of session.rules.project) rule.check(templates, catalog, (target, spec) => target === file && reportMessage(target, rule.meta, spec));
  }
  if (kind === 'chapter' && options.handbookListing && !session.languageOnly) {
    checkChapterFiles(session.root, options.handbookListing, [file], catalog, undefined, (target, spec) => reportMessage(target, chapterFilesMeta, spec));
  }
  completeMessages(result.file, session.metaById);
  return result;
}
