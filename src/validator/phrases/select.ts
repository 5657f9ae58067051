import type { CompiledEntry } from '../rules/phrase-rules.ts';
import type { NegationCues } from './negation.ts';
import { deniesPredication, isNegated, withdrawn } from './negation.ts';
import type { Match } from './matcher.ts';
import { supposed } from '../text/clauses.ts';
import { consequences } from './consequence.ts';
import { statesPhrase, supposesPhrase, type StatedGroup } from './stated.ts';
import { paragraphOf, type Token } from '../text/tokens.ts';
import { patternWords, type Lexicon } from './pattern.ts';
import type { DocumentContext, DocumentKind, ReportSpec } from '../types.ts';

/** The cue lists a match's selection reads: negation's, and the lexicon groups that rule groups' `lawfulWhenStated`, `lawfulWhenSupposed` and `onlyWhenStated` name. */
export interface SelectionCues extends NegationCues {
  stated: ReadonlyMap<string, StatedGroup>;
  /** The lexicon the patterns name groups of, for the words each pattern writes (`patternWords`). */
  lexicon: Lexicon;
}

/** A group the rule data names but the lexicon lacks (reported as a rule-data error when loaded): states nothing. */
const noGroup: StatedGroup = { phrases: [], words: new Set() };

/** The source text and place a match covers. */
export function matchPlace(context: DocumentContext, match: { start: number; end: number }): { actual: string; place: ReportSpec['place'] } {
  const first = context.words.tokens[match.start]!.first;
  const last = context.words.tokens[match.end - 1]!.last;
  const start = first.position!.start;
  const end = last.position!.end;
  const actual = String(context.file.value).slice(start.offset, end.offset).replace(/\s+/g, ' ');
  return { actual, place: { start, end } };
}

/** The document's matches grouped by rule, in document order; built once per document. */
const matchesByRule = new WeakMap<readonly Match<unknown>[], Map<string, Match<CompiledEntry>[]>>();
function matchesOf(context: DocumentContext, rule: string): Match<CompiledEntry>[] {
  const all = context.phrases as Match<CompiledEntry>[];
  let byRule = matchesByRule.get(all);
  if (!byRule) {
    byRule = new Map();
    for (const match of all) {
      const list = byRule.get(match.entry.rule);
      if (list) list.push(match);
      else byRule.set(match.entry.rule, [match]);
    }
    matchesByRule.set(all, byRule);
  }
  return byRule.get(rule) ?? [];
}

/**
 * Which tokens are someone else's wording rather than the writer's own, by
 * the kind of document: a policy page quotes what it forbids, in quotes,
 * brackets or block quotes; in a draft (a letter), a quotation that reports
 * or names wording (a mention, tokens.ts) or a block quote, while scare
 * quotes still count; in a template, nothing, since quoted words still reach
 * the customer (undefined).
 */
export function quotedWording(kind: DocumentKind): ((token: Token) => boolean) | undefined {
  if (kind === 'chapter') return (token) => token.literal || token.quoted;
  if (kind === 'draft') return (token) => token.mention || token.quoted;
  return undefined;
}

/**
 * Matches of one rule that count: not negated, not quoted where quoting is an
 * example (handbook pages, and quotations of wording in drafts — in a
 * template, quoted words still reach the customer), and one per stretch of text.
 */
export function selectMatches(context: DocumentContext, rule: string, cues: SelectionCues, topic?: string, policyPages: 'all' | 'examples' | 'none' = 'all'): Match<CompiledEntry>[] {
  const tokens = context.words.tokens;
  const exempt = quotedWording(context.kind);
  if (context.kind === 'chapter' && policyPages === 'none') return [];
  const examplesOnly = context.kind === 'chapter' && policyPages === 'examples';
  const chosen: Match<CompiledEntry>[] = [];
  const quotedWithin = (match: Match<CompiledEntry>) => {
    for (let i = match.start; i < match.end; i++) if (exempt?.(tokens[i]!)) return true;
    return false;
  };
  for (const match of matchesOf(context, rule)) {
    if (topic !== undefined && match.entry.topic !== topic) continue;
    // Matches come in document order and those chosen do not overlap, so only the last chosen can overlap this one.
    const last = chosen[chosen.length - 1];
    if (last && match.start < last.end) continue;
    if (quotedWithin(match)) continue;
    if (examplesOnly && !context.words.paragraphs[paragraphOf(context.words.paragraphs, match.start)]?.data.example) continue;
    if (match.entry.claim && supposed(tokens, match.start, match.end)) continue;
    if (match.entry.consequence && !consequences(context.words, cues.conditions)[match.start]) continue;
    const basis = match.entry.lawfulWhenStated;
    const explained = match.entry.lawfulWhenSupposed;
    if (
      basis?.some((name) => statesPhrase(tokens, name, cues.stated.get(name) ?? noGroup, cues, match.entry.claim ? match : undefined)) ||
      (explained !== undefined && supposesPhrase(tokens, explained, cues.stated.get(explained) ?? noGroup, match))
    ) {
      context.lawful.add(tokens[match.start]!.sentence);
      continue;
    }
    const setting = match.entry.onlyWhenStated;
    // What the letter's stage takes as given counts as stated (content/ladder.yaml `given`: the bankruptcy stage's insolvency).
    if (setting !== undefined && !context.stage?.given.includes(setting) && !statesPhrase(tokens, setting, cues.stated.get(setting) ?? noGroup, cues)) continue;
    // A frame is negated where any of its parts is: "we deny that we will tell | your customers" (the denial reaches the third party).
    const negatedAt = (start: number, end: number) => isNegated(tokens, start, end, cues, patternWords(match.entry.pattern, cues.lexicon), match.entry.subjectFirst, match.entry.heldOver);
    const negated = (m: { start: number; end: number }) => negatedAt(m.start, m.end);
    // Wording that holds its own negation ("not to show it to a lawyer") is not negated, only withdrawn by its writer; an
    // epithet is negated only with the saying or thinking of it ("we do not consider you a liar").
    const retracted = (m: { start: number; end: number }) => withdrawn(tokens, m.start, m.end, cues);
    const negation = match.entry.negation;
    const unsaid = negation === true ? negated : negation === 'predication' ? (m: { start: number; end: number }) => deniesPredication(tokens, m.start, m.end, cues, negatedAt) || retracted(m) : retracted;
    if (match.parts ? match.parts.some(unsaid) : unsaid(match)) continue;
    chosen.push(match);
  }
  return chosen;
}
