import leven from 'leven';

/**
 * The closest of `candidates` to `word`, if it is close enough to be a likely typo. A name made of parts joined by "_"
 * (a merge field) that no candidate is close to by spelling is matched by its last part, the noun it names
 * ("sender_job_title" → "contact_title"), when exactly one candidate ends in it; a word that is the first part of exactly one
 * name made of parts joined by "-" (a notice) is matched to it ("dispute" → "dispute-path").
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  const { best, distance } = nearest(word, list);
  // A word that shares no letter with the candidate is another word, not a slip: "FR" is not a mistyped "US" ("U.S." is).
  if (best !== undefined && distance <= Math.max(2, Math.floor(word.length / 3)) && sharesLetter(word, best)) return best;
  return sameHead(word, list) ?? firstPart(word, list);
}

/** Whether `a` and `b` have a letter or digit in common, case ignored. */
function sharesLetter(a: string, b: string): boolean {
  const letters = new Set(a.toLowerCase().replace(/[^a-z0-9]/g, ''));
  return [...b.toLowerCase()].some((c) => letters.has(c));
}

/** The first of `candidates` nearest to `word` by edit distance (case ignored), that distance, and how many others are as near. */
function nearest(word: string, candidates: Iterable<string>): { best: string | undefined; distance: number; ties: number } {
  let best: string | undefined;
  let distance = Infinity;
  let ties = 0;
  for (const candidate of candidates) {
    const d = leven(word.toLowerCase(), candidate.toLowerCase());
    if (d < distance) [best, distance, ties] = [candidate, d, 0];
    else if (d === distance) ties++;
  }
  return { best, distance, ties };
}

/**
 * The candidate nearest to `word` by edit distance when it alone is that near and the distance is at most a quarter of the
 * word (at least one): a stricter `closest`, for ids that differ by a character ("overdue30" → "overdue-30"; not "pre" →
 * "due", nor "overdue-3", as near "overdue-7" as "overdue-30").
 */
export function nearestUnique(word: string, candidates: Iterable<string>): string | undefined {
  const { best, distance, ties } = nearest(word, candidates);
  return best !== undefined && ties === 0 && distance <= Math.max(1, Math.floor(word.length / 4)) ? best : undefined;
}

/** The one candidate whose first "-" part is `word`, when it has several parts; undefined if none or many. */
function firstPart(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  const matches = candidates.filter((candidate) => candidate.includes('-') && candidate.toLowerCase().split('-')[0] === lower);
  return matches.length === 1 ? matches[0] : undefined;
}

/** The one candidate whose last "_" part is `word`'s last part, when `word` has several parts; undefined if none or many. */
function sameHead(word: string, candidates: readonly string[]): string | undefined {
  const parts = word.toLowerCase().split('_');
  if (parts.length < 2) return undefined;
  const head = parts.at(-1)!;
  const matches = candidates.filter((candidate) => candidate.includes('_') && candidate.toLowerCase().split('_').at(-1) === head);
  return matches.length === 1 ? matches[0] : undefined;
}
