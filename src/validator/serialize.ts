import { VFile } from 'vfile';
import type { Position } from 'unist';
import type { LetterEntry } from '../library/load.ts';
import type { TemplateFrontmatter } from '../model/index.ts';
import type { FileResult } from './session.ts';
import type { Suppression } from './suppressions.ts';
import type { DocumentKind, ProjectTemplate, ReportSpec } from './types.ts';

/**
 * A file's result as plain data, to cross a worker boundary or sit in the
 * cache: its messages, suppressions, and what the project rules need.
 */
export interface PlainResult {
  path: string;
  kind: DocumentKind | 'data';
  value: string;
  /** SHA-256 of exactly the bytes `value` was read from (`readContent`); absent when the file could not be read. */
  hash?: string | undefined;
  messages: {
    reason: string;
    ruleId: string | undefined;
    source: string | undefined;
    fatal: boolean | null | undefined;
    place: Position | { line: number; column: number } | undefined;
    actual: string | undefined;
    expected: string[] | undefined;
    url: string | undefined;
    note: string | undefined;
  }[];
  suppressions: Suppression[];
  template?: TemplateFrontmatter | undefined;
  places?: Record<string, ReportSpec['place']> | undefined;
  letter?: LetterEntry | undefined;
}

/** A checked file as plain data (structured-cloneable and JSON-safe). */
export function toPlain(result: FileResult, project?: ProjectTemplate): PlainResult {
  return {
    path: result.file.path,
    kind: result.kind,
    value: String(result.file.value ?? ''),
    hash: result.file.data.contentHash,
    messages: result.file.messages.map((m) => ({
      reason: m.reason,
      ruleId: m.ruleId,
      source: m.source,
      fatal: m.fatal,
      place: m.place && 'start' in m.place ? { start: { ...m.place.start }, end: { ...m.place.end } } : m.place ? { line: m.place.line, column: m.place.column } : undefined,
      actual: m.actual,
      expected: m.expected,
      url: m.url,
      note: m.note,
    })),
    suppressions: result.suppressions,
    template: project?.template,
    places: project ? { ...project.places } : undefined,
    letter: project?.letter,
  };
}

/** A checked file back from plain data, its VFile's paths relative to `root`. */
export function fromPlain(plain: PlainResult, root: string): { result: FileResult; project?: ProjectTemplate | undefined } {
  const file = new VFile({ path: plain.path, value: plain.value, cwd: root });
  for (const m of plain.messages) {
    const message = file.message(m.reason, { place: m.place, ruleId: m.ruleId, source: m.source });
    message.fatal = m.fatal;
    message.actual = m.actual;
    message.expected = m.expected;
    message.url = m.url;
    message.note = m.note;
  }
  const result: FileResult = { file, kind: plain.kind, suppressions: plain.suppressions };
  return { result, project: plain.template && plain.places ? { file, template: plain.template, places: plain.places, letter: plain.letter } : undefined };
}
