import type { Token } from '../text/tokens.ts';
import type { Match } from './matcher.ts';

/**
 * A frame is a rule phrase written as parts joined by ` + `, which must all
 * occur in one clause, in any order:
 *
 *   $we ...4 $tell + $third-party      "we will let your bank know", "we will inform your employees and your parent company"
 *   $third-party + be ...2 told|informed   "your suppliers will be told"
 *
 * Word order varies (active, passive, fronted objects) where the parts —
 * who acts, the action, on whom or what — do not. Each part is an ordinary
 * pattern in the phrase index; this module puts the parts found back together.
 */
export interface FramePart<T> {
  /** The whole frame's entry, reported when every part is found. */
  frame: T;
  /** This part's number and the frame's number of parts. */
  part: number;
  parts: number;
}

/**
 * Replaces the matches of frame parts with one match per frame per clause
 * where every part was found, spanning from the first part to the last;
 * other matches pass through. Returns matches in document order. One pass
 * over `matches` (in document order, as the matcher returns them) and a sort.
 */
export function assembleFrames<T>(matches: readonly Match<T>[], tokens: readonly Token[], partOf: (entry: T) => FramePart<T> | undefined): Match<T>[] {
  const out: Match<T>[] = [];
  // By frame and clause: a clause interrupted by a relative clause resumes under its own number (text/clauses.ts).
  const state = new Map<T, Map<number, { found: (Match<T> | undefined)[]; count: number }>>();
  let framed = false;
  for (const match of matches) {
    const part = partOf(match.entry);
    if (!part) {
      out.push(match);
      continue;
    }
    const clause = tokens[match.start]!.clause;
    let clauses = state.get(part.frame);
    if (!clauses) state.set(part.frame, (clauses = new Map()));
    let open = clauses.get(clause);
    if (!open) clauses.set(clause, (open = { found: new Array(part.parts), count: 0 }));
    if (open.count === part.parts || open.found[part.part]) continue;
    open.found[part.part] = match;
    if (++open.count === part.parts) {
      const found = open.found as Match<T>[];
      out.push({ entry: part.frame, start: Math.min(...found.map((m) => m.start)), end: Math.max(...found.map((m) => m.end)), parts: found });
      framed = true;
    }
  }
  // A stable sort by start keeps matches that start together in the order the index found them (the rule data's order).
  return framed ? out.sort((a, b) => a.start - b.start) : out;
}
