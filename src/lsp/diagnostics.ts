import type { Diagnostic, Position, Range } from 'vscode-languageserver/node';
import { escapeControls, insteadText } from '../validator/report/format.ts';
import type { PlainResult } from '../validator/serialize.ts';
import type { Point } from '../validator/fix.ts';

export type PlainMessage = PlainResult['messages'][number];

// The protocol's numbers (DiagnosticSeverity), written out so this module loads no runtime code of the library.
const severities = { error: 1, warning: 2, information: 3 } as const;

/**
 * A validator place as a protocol position. The validator counts lines from
 * 1 and columns from 1 in UTF-16 code units, as editors do (an emoji is two),
 * so only the origin moves. `bom`: the editor's text starts with a byte-order
 * mark, which the validator, reading the text as a file, does not count.
 */
export function toPosition(point: Point | undefined, bom = false): Position {
  if (!point) return { line: 0, character: 0 };
  const line = Math.max(0, point.line - 1);
  return { line, character: Math.max(0, point.column - 1) + (bom && line === 0 ? 1 : 0) };
}

export function toRange(place: PlainMessage['place'], bom = false): Range {
  if (!place) return { start: toPosition(undefined), end: toPosition(undefined) };
  if ('start' in place) return { start: toPosition(place.start, bom), end: toPosition(place.end ?? place.start, bom) };
  const at = toPosition(place, bom);
  return { start: at, end: at };
}

/**
 * A validator message as an editor diagnostic: what is wrong, why and what to
 * write instead, as the command line prints them (escaped the same way), the
 * rule as its code, linked to the rule's page.
 */
export function toDiagnostic(message: PlainMessage, bom = false): Diagnostic {
  const instead = insteadText((message.expected ?? []).map(escapeControls));
  const lines = [escapeControls(message.reason), message.note && `Why: ${escapeControls(message.note)}`, instead && `Instead: ${instead}`].filter(Boolean);
  const diagnostic: Diagnostic = {
    range: toRange(message.place, bom),
    severity: message.fatal ? severities.error : message.fatal === false ? severities.warning : severities.information,
    source: 'fair-collections',
    message: lines.join('\n'),
  };
  if (message.ruleId) diagnostic.code = message.ruleId;
  if (message.url && URL.canParse(message.url)) diagnostic.codeDescription = { href: message.url };
  return diagnostic;
}
