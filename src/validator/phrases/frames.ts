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

/** Pronouns that stand for people named just before: as the subject opening a clause, or as an object after a verb ("it" mostly stands for the invoice or the debt). */
const subjectAnaphors = new Set(['they', 'he', 'she']);
/** Pronouns that stand for one person: a clause with only plural nouns holds no antecedent for them. */
const singularAnaphors = new Set(['he', 'she', 'him', 'her']);
const objectAnaphors = new Set(['them', 'him', 'her']);

/**
 * The clause each clause's frame parts are pooled with. A clause that refers
 * back by pronoun — "they" or "he" as its subject, "them" or "him" as the
 * object of its verb or of its verb's preposition ("write to him") —
 * continues the clause before it, where the pronoun's antecedent usually is
 * (past a subordinate clause just before it with no noun that agrees with
 * the pronoun: "Your father founded the firm. | Since our emails have gone
 * unanswered, | we will visit him"): "A couple of our lads are up in Leeds on Thursday. | They know
 * the way to your yard", "Your suppliers are on our list. | We will make sure
 * they hear about it". So, within a sentence, does a clause whose subject is
 * left out — it opens on an auxiliary, or on a verb after "and", "or" or
 * "but" — with the last clause before it that has a verb: "an enforcement
 * agent … can take control of goods and, | after notice, | may remove them
 * and sell them". (Not a main clause resumed after a relative one: in "the
 * people | who can take goods | are the court's officers" the "are" has its
 * subject before the "who".) Not where the clause before cannot hold the
 * antecedent: "he" or "him" after a clause about his things that names him
 * ("his distributor went under owing him a lot | I told him") stands for
 * their owner, and a singular pronoun needs a singular noun ("two of his
 * restaurant customers owe him money | I told him"). Chained: a run of such
 * clauses pools with the clause that opened it. One pass over the tokens.
 */
export function frameClauses(tokens: readonly Token[]): Map<number, number> {
  const pooled = new Map<number, number>();
  let clause = -1;
  let previous = -1;
  let refers = false;
  // This clause: its first word (after a conjunction), whether it opened on one, whether it has a verb, where it starts.
  let opening: Token | undefined;
  let conjoined = false;
  let hasVerb = false;
  let clauseStart = 0;
  // The last clause of this sentence with a verb, its sentence, and whether it opened on a relative pronoun.
  let verbal = -1;
  let verbalSentence = -1;
  let verbalRelative = false;
  const verbless: number[] = [];
  const close = () => {
    if (clause < 0) return;
    const elided = verbal >= 0 && verbalSentence === tokens[clauseStart]!.sentence && !verbalRelative && (opening?.pos === 'AUX' || (conjoined && opening?.pos === 'VERB'));
    // "Your father founded the firm. Since our emails have gone unanswered, | a colleague will visit him": a subordinate clause
    // just before, with no noun that agrees with the pronoun, holds no antecedent; the clause before it does.
    const skip = previousSubordinate && beforePrevious >= 0 && !(refersTo === 'singular' ? previousNouns.singular : previousNouns.singular || previousNouns.plural);
    // "His distributor went under owing him a lot. | I told him I was sorry": a clause whose subject is someone's ("his
    // distributor", "two of his customers") and which names that someone again ("owing him") is about them, and a pronoun
    // of the same person after it stands for them, not for what they own ("His foreman was on site. | I told him …" is
    // the foreman).
    const possessor = refersTo === 'singular' && previousPossessive !== undefined && personOf.get(anaphor) === previousPossessive && previousPersons.has(previousPossessive);
    // (Nor does a clause with no noun that agrees with a singular pronoun: "two of his restaurant customers owe him money. | I
    // told him …".)
    const disagrees = refersTo === 'singular' && !skip && !previousNouns.singular;
    // "Because you own the company, | an unpaid balance goes onto your personal credit report": a reason clause opening the
    // sentence is one with the main clause after it, which says what follows from it.
    const reasoned = previousReason && !conjoined && !(opening !== undefined && subordinators.has(opening.text));
    const back = elided ? verbal : refers && !possessor && !disagrees ? (skip ? beforePrevious : previous) : reasoned ? previous : -1;
    const root = back >= 0 ? (pooled.get(back) ?? back) : clause;
    pooled.set(clause, root);
    // Verbless clauses in between ("after notice") go with them, so a pool is a run of consecutive clauses.
    if (elided) for (const skipped of verbless) pooled.set(skipped, root);
    if (hasVerb) {
      verbless.length = 0;
      verbal = clause;
      verbalSentence = tokens[clauseStart]!.sentence;
      verbalRelative = opening !== undefined && relatives.has(opening.text);
    } else verbless.push(clause);
  };
  /** The clause before `previous`, for a pronoun whose nearer clause is a subordinate one of its own sentence. */
  let beforePrevious = -1;
  let previousSubordinate = false;
  /** The clause before this one is a reason clause of its sentence ("because …", "since …", "as …"). */
  let previousReason = false;
  /** The nouns of this clause and of the one before, by number, for a pronoun's agreement. */
  let nouns = { singular: false, plural: false };
  let previousNouns = nouns;
  /** The number of the pronoun this clause refers back by, and the pronoun. */
  let refersTo: 'singular' | 'plural' = 'plural';
  let anaphor = '';
  /** The person of a possessive in this clause's subject and in the one before's ("his" → m, "her" → f), if any. */
  let possessive: string | undefined;
  let previousPossessive: string | undefined;
  /** The persons ("m", "f") a pronoun other than a possessive stands for in this clause and in the one before. */
  let persons = new Set<string>();
  let previousPersons = persons;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.clause !== clause) {
      close();
      beforePrevious = previous;
      previousSubordinate = i > 0 && subordinators.has(tokens[clauseStart]!.text) && tokens[clauseStart]!.sentence === token.sentence;
      previousReason = i > 0 && reasons.has(tokens[clauseStart]!.text) && tokens[clauseStart]!.sentence === token.sentence && !comments(tokens, clauseStart, i);
      previousNouns = nouns;
      nouns = { singular: false, plural: false };
      previousPossessive = possessive;
      possessive = undefined;
      previousPersons = persons;
      persons = new Set();
      previous = clause;
      clause = token.clause;
      clauseStart = i;
      refers = subjectAnaphors.has(token.text);
      refersTo = singularAnaphors.has(token.text) ? 'singular' : 'plural';
      anaphor = token.text;
      conjoined = token.pos === 'CCONJ';
      opening = conjoined ? undefined : token;
      hasVerb = token.pos === 'VERB' || token.pos === 'AUX';
    } else {
      if (!opening && /\w/.test(token.text)) opening = token;
      if (token.pos === 'VERB' || token.pos === 'AUX') hasVerb = true;
      // ("Her" before a noun is a possessive: "send her invoice".)
      if (!refers && objectAnaphors.has(token.text) && !(token.text === 'her' && tokens[i + 1]?.pos === 'NOUN')) {
        // After its verb, or its verb's preposition: "we will visit him", "we will write to him".
        const before = tokens[i - 1]!;
        refers = before.pos === 'VERB' || (before.pos === 'ADP' && tokens[i - 2]?.pos === 'VERB');
        refersTo = singularAnaphors.has(token.text) ? 'singular' : 'plural';
        anaphor = token.text;
      }
    }
    // ("His distributor", "two of his own customers": before the clause's verb, a possessive of a noun.)
    const ofNoun = tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'ADJ';
    if (!hasVerb && possessives.has(token.text) && ofNoun) possessive = personOf.get(token.text);
    else if (personOf.has(token.text) && !(possessives.has(token.text) && ofNoun)) persons.add(personOf.get(token.text)!);
    // A plural noun's lemma differs from its spelling ("emails" → "email"); a name is singular. A noun before another noun
    // modifies it ("restaurant customers"): the second is the one a pronoun agrees with.
    if (token.pos === 'NOUN' && tokens[i + 1]?.pos === 'NOUN') continue;
    if (token.pos === 'PROPN' || (token.pos === 'NOUN' && token.lemma === token.text)) nouns.singular = true;
    else if (token.pos === 'NOUN') nouns.plural = true;
  }
  close();
  return pooled;
}
const relatives = new Set(['who', 'which', 'that', 'whom', 'whose']);
const possessives = new Set(['his', 'her']);
/** Which person a pronoun or possessive stands for. */
const personOf = new Map([
  ['he', 'm'],
  ['him', 'm'],
  ['his', 'm'],
  ['she', 'f'],
  ['her', 'f'],
]);
const subordinators = new Set(['since', 'because', 'as', 'although', 'though', 'while', 'whilst', 'when', 'if', 'unless', 'until', 'till', 'after', 'before', 'once']);
/** Words opening a reason clause, which pools with its main clause (`frameClauses`). */
const reasons = new Set(['because', 'since', 'as']);
/** Verbs of an "as" clause that comments rather than gives a reason: "as you may know", "as agreed", "as I said". */
const commenting = new Set(['know', 'aware', 'recall', 'remember', 'say', 'mention', 'agree', 'request', 'discuss', 'note', 'see', 'expect', 'explain', 'tell', 'promise', 'arrange', 'write', 'ask', 'understand', 'hear', 'confirm']);
/** Whether the clause [start, end), opened by "as", comments on what follows ("as you may know, …") rather than gives its reason. */
function comments(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[start]!.text !== 'as') return false;
  for (let k = start + 1; k < end; k++) if (commenting.has(tokens[k]!.lemma)) return true;
  return false;
}

/**
 * Whether a frame part's match runs on past punctuation into a condition of its own: "if your bank needs anything from us,
 * | or if you see …" holds no "us … see". Not an aside it passes through ("we will, if we must, | have your vans towed")
 * nor a clause it runs on into ("your director's safety is not, as things stand, | something we can guarantee").
 */
function crossesClause<T>(tokens: readonly Token[], match: Match<T>): boolean {
  const last = tokens[match.end - 1]!;
  if (!last.condition || last.clause === tokens[match.start]!.clause) return false;
  for (let k = match.start + 1; k < match.end; k++) {
    const token = tokens[k]!;
    if (token.clause !== tokens[k - 1]!.clause && token.clauseStart && /[,;:\u2014\u2013]/.test(token.punctuation)) return true;
  }
  return false;
}

/**
 * Replaces the matches of frame parts with one match per frame per clause
 * (pooled across a pronoun's reference back, frameClauses) where every part
 * was found, spanning from the first part to the last; other matches pass
 * through. Returns matches in document order. One pass over the tokens, one
 * over `matches` (in document order, as the matcher returns them) and a sort.
 */
export function assembleFrames<T>(matches: readonly Match<T>[], tokens: readonly Token[], partOf: (entry: T) => FramePart<T> | undefined): Match<T>[] {
  const out: Match<T>[] = [];
  // By frame and clause: a clause interrupted by a relative clause resumes under its own number (text/clauses.ts).
  const state = new Map<T, Map<number, { found: (Match<T> | undefined)[]; count: number }>>();
  let pooled: Map<number, number> | undefined;
  let framed = false;
  for (const match of matches) {
    const part = partOf(match.entry);
    if (!part) {
      out.push(match);
      continue;
    }
    pooled ??= frameClauses(tokens);
    const clause = pooled.get(tokens[match.start]!.clause)!;
    if (crossesClause(tokens, match)) continue;
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
