import type { CompiledEntry } from '../rules/phrase-rules.ts';
import type { NegationCues } from './negation.ts';
import { isNegated } from './negation.ts';
import type { Match } from './matcher.ts';
import type { DocumentContext, ReportSpec } from '../types.ts';

/** The source text and place a match covers. */
export function matchPlace(context: DocumentContext, match: { start: number; end: number }): { actual: string; place: ReportSpec['place'] } {
  const first = context.words.tokens[match.start]!.first;
  const last = context.words.tokens[match.end - 1]!.last;
  const start = first.position!.start;
  const end = last.position!.end;
  const actual = String(context.file.value).slice(start.offset, end.offset).replace(/\s+/g, ' ');
  return { actual, place: { start, end } };
}

/**
 * Matches of one rule that count: not negated, not quoted where quoting is an
 * example (handbook pages and drafts — in a template, quoted words still reach
 * the customer), and one per stretch of text.
 */
export function selectMatches(context: DocumentContext, rule: string, cues: NegationCues, topic?: string, policyPages: 'all' | 'examples' | 'none' = 'all'): Match<CompiledEntry>[] {
  const tokens = context.words.tokens;
  const quotesExempt = context.kind === 'chapter' || context.kind === 'draft';
  if (context.kind === 'chapter' && policyPages === 'none') return [];
  const examplesOnly = context.kind === 'chapter' && policyPages === 'examples';
  const chosen: Match<CompiledEntry>[] = [];
  for (const match of context.phrases as Match<CompiledEntry>[]) {
    if (match.entry.rule !== rule || (topic !== undefined && match.entry.topic !== topic)) continue;
    if (chosen.some((c) => match.start < c.end && c.start < match.end)) continue;
    if (quotesExempt && tokens.slice(match.start, match.end).some((t) => t.literal || t.quoted)) continue;
    if (examplesOnly && !context.words.paragraphs.some((p) => p.data.example && match.start >= p.start && match.start < p.end)) continue;
    if (match.entry.negation && isNegated(tokens, match.start, match.end, cues, match.entry.words, match.entry.subjectFirst)) continue;
    chosen.push(match);
  }
  return chosen;
}
