import type { Match } from '../phrases/matcher.ts';
import type { Token } from './tokens.ts';

/** Hesitations, never words of the message: "it'd be a shame… um… if". */
const hesitations = new Set(['um', 'umm', 'uh', 'uhh', 'erm', 'er', 'hmm', 'ah']);
/**
 * Two-word asides of speech, by first word, read as such only when set off on both sides within a sentence ("a shame… you
 * know… if", "a shame, I mean, if"). Looked up word by word, so no string is built per token.
 */
const asides = new Map([
  ['you', new Set(['know', 'see'])],
  ['i', new Set(['mean'])],
  ['mind', new Set(['you'])],
]);

/**
 * The tokens the rule phrases read, without the fillers of speech written down: hesitations anywhere, and an aside set off by
 * punctuation on both sides, so "it'd be a shame… you know… if a couple of them ties came loose" reads as "a shame if …".
 * `original[i]` is the index in `tokens` of `kept[i]`; `kept` is `tokens` itself when there is nothing to leave out. Linear.
 */
export function withoutFillers(tokens: readonly Token[]): { kept: readonly Token[]; original: readonly number[] | undefined } {
  const drop = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (hesitations.has(token.text) && !token.field) drop.add(i);
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    // Set off by a mark on both sides (a comma, a dash, an ellipsis: more than one space's worth between the words), or by the
    // end of its sentence after it.
    if (next && asides.get(token.text)?.has(next.text) && next.sentence === token.sentence && setOff(tokens[i - 1], token) && (!after || after.sentence !== token.sentence || setOff(next, after))) {
      drop.add(i).add(i + 1);
    }
  }
  if (drop.size === 0) return { kept: tokens, original: undefined };
  const kept: Token[] = [];
  const original: number[] = [];
  tokens.forEach((token, i) => {
    if (drop.has(i)) return;
    kept.push(token);
    original.push(i);
  });
  return { kept, original };
}

/** Whether a mark stands between two neighbouring words of a sentence: more than one character between them. */
function setOff(before: Token | undefined, token: Token): boolean {
  if (!before || before.sentence !== token.sentence) return false;
  const end = before.last.position?.end.offset;
  const start = token.first.position?.start.offset;
  return end !== undefined && start !== undefined && start - end > 1;
}

/** A match over the kept tokens, and its parts, as indices into the tokens they were kept from. */
export function restoreIndices<T>(match: Match<T>, original: readonly number[]): Match<T> {
  return {
    ...match,
    start: original[match.start]!,
    end: original[match.end - 1]! + 1,
    parts: match.parts?.map((part) => restoreIndices(part, original)),
  };
}
