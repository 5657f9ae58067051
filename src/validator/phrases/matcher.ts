import { fieldPlaceholder } from '../text/extract.ts';
import type { Token } from '../text/tokens.ts';
import { firstKeys, keysOfSlot, keysWeight, requiredKeys, wordKeys, type Slot } from './pattern.ts';

export interface Match<T> {
  entry: T;
  /** Token range [start, end). */
  start: number;
  end: number;
  /** For a frame (frames.ts): the matches of its parts. */
  parts?: readonly Match<T>[] | undefined;
}

/**
 * A pattern compiled to a small automaton over tokens, its ops kept in typed
 * arrays: the matcher's inner loop reads one small integer per op instead of
 * objects of six shapes, which V8 could only look up the slow way. A split
 * lists its targets best first: the order in which the rule data writes
 * alternatives, an optional part before its absence, the shortest gap first.
 */
const TOKEN = 0;
const ANY = 1;
const SPLIT = 2;
const ANCHOR = 3;
const GUARD = 4;
const MATCH = 5;
type WordSlot = Extract<Slot, { kind: 'word' | 'field' }>;

interface Program {
  /** Each op's kind (TOKEN … MATCH). */
  kind: Uint8Array;
  /** The op that follows; for a split, where its targets start in `targets`. */
  next: Int32Array;
  /** For a split, how many targets it has. */
  count: Int32Array;
  targets: Int32Array;
  /** A token op's slot. */
  slots: (WordSlot | undefined)[];
  /** A guard's keys: a group is entered only where one of its options can begin. */
  starts: (ReadonlySet<string> | undefined)[];
  /** A guard's requirement, if any: an option is entered only where its sentence still offers a word it needs. */
  needs: (Requirement | undefined)[];
  start: number;
  /** The step at which each op was last added to a thread list: each op runs once per word. */
  marks: Int32Array;
  step: number;
  /** Per split op, its dispatch once worked out (null: too few words to be worth one). */
  dispatch: (Dispatch | null | undefined)[];
  /**
   * The scan and start token of this program's last run in a scan, and its end: patterns sharing one program (the
   * same text in several rules or frames) are run once per word.
   */
  ranScan: number;
  ranAt: number;
  ranEnd: number | undefined;
}

/**
 * The ops a split leads to through splits alone (its alternatives, written
 * out), best first, with the word-reading ones indexed by the keys (`w:`,
 * `s:`, `p:`, `f:`) that can satisfy them. A group of fifty phrasings then
 * costs a lookup of the next word's few keys instead of fifty comparisons.
 */
interface Dispatch {
  /** Op indices, in the order a depth-first walk of the split meets them, each once. */
  leaves: Int32Array;
  /** Positions in `leaves` of the word-reading ops each key can satisfy, ascending. */
  byKey: Map<string, number[]>;
  /** Positions in `leaves` of the ops that read no word or any word (anchor, guard, any, match). */
  unkeyed: number[];
}

/**
 * Index keys (`s:stem`, `w:word`, `p:part of speech`, `f:field`) as small
 * integers, so the hottest loops compare numbers and index arrays instead of
 * hashing strings. Only keys the patterns use get an id: a text's other words
 * map to -1, so the table never grows with what is checked.
 */
const keyIds = new Map<string, number>();
const keyNames: string[] = [];
function registerKey(key: string): number {
  let id = keyIds.get(key);
  if (id === undefined) {
    keyIds.set(key, (id = keyIds.size));
    keyNames.push(key);
  }
  return id;
}

/** The keys in id order, for data compiled in another process (`PhraseMatcher.revive`). */
export function keyTable(): string[] {
  return [...keyNames];
}

/**
 * Each token's key ids (-1 for keys no pattern uses), token `t`'s at `flat[offsets[t]]` up to `flat[offsets[t + 1]]`:
 * two arrays per token list rather than one small one per token. Computed once per token list, and again if a
 * pattern compiled since adds keys.
 */
interface TokenIds {
  known: number;
  flat: Int32Array;
  offsets: Int32Array;
}
const tokenIds = new WeakMap<readonly Token[], TokenIds>();
function idsOf(tokens: readonly Token[]): TokenIds {
  let entry = tokenIds.get(tokens);
  if (!entry || entry.known !== keyIds.size) {
    const offsets = new Int32Array(tokens.length + 1);
    for (let t = 0; t < tokens.length; t++) offsets[t + 1] = offsets[t]! + tokens[t]!.keys.length;
    const flat = new Int32Array(offsets[tokens.length]!);
    for (let t = 0; t < tokens.length; t++) {
      const keys = tokens[t]!.keys;
      for (let k = 0; k < keys.length; k++) flat[offsets[t]! + k] = keyIds.get(keys[k]!) ?? -1;
    }
    entry = { known: keyIds.size, flat, offsets };
    tokenIds.set(tokens, entry);
  }
  return entry;
}

/** Keys a group's match can start with, or null if it can start anywhere; computed once per group. */
const groupStarts = new WeakMap<readonly Slot[][], Set<string> | null>();
function startsOf(slot: Extract<Slot, { kind: 'group' }>): Set<string> | null {
  let starts = groupStarts.get(slot.options);
  if (starts === undefined) {
    const canBeEmpty = slot.options.some((option) => option.every((s) => s.kind === 'gap' || s.kind === 'anchor' || s.optional));
    starts = canBeEmpty ? null : new Set(slot.options.flatMap((option) => [...firstKeys(option)]));
    groupStarts.set(slot.options, starts);
  }
  return starts;
}

function slotMatches(slot: Extract<Slot, { kind: 'word' | 'field' }>, token: Token): boolean {
  if (slot.kind === 'field') return token.field === slot.name;
  if (slot.pos === 'HOUR') return token.hour !== undefined && token.hour >= (slot.atLeast ?? 0) && token.hour < (slot.below ?? 24);
  // A field reads as no word, unless it names the addressee ("you").
  if ((token.field && token.text === fieldPlaceholder) || (slot.pos !== undefined && token.pos !== slot.pos)) return false;
  // Thousands separators and pence or cents read as the amount: "£1,250.00" is 1250. The tokenizer splits such a number at
  // its separators ("1", "250.00") and gives the first piece the whole number as its lemma.
  if (slot.atLeast !== undefined) return /^\d[\d,]*(\.\d+)?$/.test(token.lemma) && Number(token.lemma.replaceAll(',', '')) >= slot.atLeast;
  if (slot.any === true || slot.exact.has(token.text) || slot.exact.has(token.plain)) return true;
  for (const stem of token.stems) if (slot.stems.has(stem)) return true;
  return false;
}

/** Below this many word-reading alternatives, trying each costs no more than a lookup. */
const dispatchFrom = 6;

function dispatchOf(program: Program, split: number): Dispatch | null {
  let dispatch = program.dispatch[split];
  if (dispatch !== undefined) return dispatch;
  const leaves: number[] = [];
  const seen = new Set<number>();
  const walk = [split];
  while (walk.length > 0) {
    const at = walk.pop()!;
    if (seen.has(at)) continue;
    seen.add(at);
    if (program.kind[at] === SPLIT) for (let i = program.next[at]! + program.count[at]! - 1; i >= program.next[at]!; i--) walk.push(program.targets[i]!);
    else leaves.push(at);
  }
  const byKey = new Map<string, number[]>();
  const unkeyed: number[] = [];
  let keyed = 0;
  leaves.forEach((at, position) => {
    const slot = program.slots[at];
    // A guard goes on only at a word that offers one of its keys: indexed by them, as a word is.
    const guarded = program.kind[at] === GUARD ? program.starts[at] : undefined;
    if (!slot && !guarded) {
      unkeyed.push(position);
      return;
    }
    keyed++;
    const keys = guarded ?? (slot!.kind === 'field' ? [`f:${slot!.name}`] : wordKeys(slot!));
    for (const key of keys) (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(position);
  });
  dispatch = keyed < dispatchFrom ? null : { leaves: Int32Array.from(leaves), byKey, unkeyed };
  program.dispatch[split] = dispatch;
  return dispatch;
}

/** Positions gathered by `dispatchInto`, reused across calls. */
const chosen: number[] = [];

/**
 * Pushes onto `stack`, to be taken best first, the leaves of `dispatch` that
 * can go on at `token`: those reading no word, and those whose word `token`
 * is (undefined: past the sentence, where no word-reading op can).
 */
function dispatchInto(dispatch: Dispatch, token: Token | undefined, stack: number[]): void {
  chosen.length = 0;
  for (const position of dispatch.unkeyed) chosen.push(position);
  if (token) {
    for (const key of token.keys) {
      const positions = dispatch.byKey.get(key);
      if (positions) for (const position of positions) chosen.push(position);
    }
  }
  // Descending, so they pop best first. Mostly a few positions, nearly in order: an insertion sort beats a comparator's calls.
  if (chosen.length > 32) chosen.sort((a, b) => b - a);
  else for (let i = 1; i < chosen.length; i++) {
    const position = chosen[i]!;
    let j = i - 1;
    for (; j >= 0 && chosen[j]! < position; j--) chosen[j + 1] = chosen[j]!;
    chosen[j + 1] = position;
  }
  let last = -1;
  for (const position of chosen) {
    if (position === last) continue;
    last = position;
    stack.push(dispatch.leaves[position]!);
  }
}

function offersAny(token: Token, keys: ReadonlySet<string>): boolean {
  for (const key of token.keys) if (keys.has(key)) return true;
  return false;
}

/** Builds the automaton back to front, each part pointing at what follows it; its size is what `patternCost` bounds. */
function compileProgram(slots: readonly Slot[]): Program {
  const kinds: number[] = [];
  const nexts: number[] = [];
  const counts: number[] = [];
  const targets: number[] = [];
  const wordSlots: (WordSlot | undefined)[] = [];
  const starts: (ReadonlySet<string> | undefined)[] = [];
  const needs: (Requirement | undefined)[] = [];
  const add = (kind: number, next: number) => {
    wordSlots.push(undefined);
    starts.push(undefined);
    needs.push(undefined);
    counts.push(0);
    nexts.push(next);
    return kinds.push(kind) - 1;
  };
  const split = (to: readonly number[]) => {
    const at = add(SPLIT, targets.length);
    counts[at] = to.length;
    targets.push(...to);
    return at;
  };
  const sequence = (parts: readonly Slot[], next: number): number => {
    for (let i = parts.length - 1; i >= 0; i--) next = part(parts[i]!, next);
    return next;
  };
  const part = (slot: Slot, next: number): number => {
    if (slot.kind === 'anchor') return add(ANCHOR, next);
    if (slot.kind === 'gap') {
      // Skip none first, then one word more at a time, up to the gap's maximum.
      let skip = next;
      for (let n = 1; n <= slot.max; n++) skip = split([next, add(ANY, skip)]);
      return skip;
    }
    let body: number;
    if (slot.kind === 'word' || slot.kind === 'field') {
      body = add(TOKEN, next);
      wordSlots[body] = slot;
    } else {
      const options = slot.options.map((option) => guardOption(option, sequence(option, next)));
      body = options.length === 1 ? options[0]! : split(options);
      // A group is entered only where one of its options can begin: the same as trying each and failing, but cheaper.
      const keys = startsOf(slot);
      if (keys) {
        body = add(GUARD, body);
        starts[body] = keys;
      }
    }
    return slot.optional ? split([body, next]) : body;
  };
  // An option that opens with a common word but needs a rarer one ("your ...2 suppliers") is entered only where the
  // sentence has the rarer one still to come: in a sentence without it, none of the option's threads could finish.
  const guardOption = (option: readonly Slot[], body: number): number => {
    const guard = optionGuard(option);
    if (!guard) return body;
    const at = add(GUARD, body);
    starts[at] = guard.starts;
    needs[at] = guard.need;
    return at;
  };
  const start = sequence(slots, add(MATCH, -1));
  return {
    kind: Uint8Array.from(kinds),
    next: Int32Array.from(nexts),
    count: Int32Array.from(counts),
    targets: Int32Array.from(targets),
    slots: wordSlots,
    starts,
    needs,
    start,
    marks: new Int32Array(kinds.length).fill(-1),
    step: 0,
    dispatch: [],
    ranScan: -1,
    ranAt: -1,
    ranEnd: undefined,
  };
}

/**
 * The keys a match of `slots` can begin with, or null if it can begin with
 * any word (a gap before any word it must read, or nothing it must read).
 * Never too narrow, unlike `firstKeys`: an optional part's keys and what may
 * follow it are both counted. Computed once per list of slots (a pattern, a
 * group option).
 */
const openings = new WeakMap<readonly Slot[], ReadonlySet<string> | null>();
function openingKeys(slots: readonly Slot[]): ReadonlySet<string> | null {
  let keys = openings.get(slots);
  if (keys !== undefined) return keys;
  // Mostly a word it must read: that word's own keys.
  const opening = slots[0];
  if (opening?.kind === 'word' && !opening.optional) return keysOfSlot(opening)!;
  const found = new Set<string>();
  keys = null;
  for (const slot of slots) {
    if (slot.kind === 'anchor') continue;
    if (slot.kind === 'gap') break;
    const canBeEmpty = slot.optional === true;
    if (slot.kind === 'word') for (const key of wordKeys(slot)) found.add(key);
    else if (slot.kind === 'field') found.add(`f:${slot.name}`);
    else {
      const inner = slot.options.map(openingKeys);
      if (inner.includes(null)) break;
      for (const option of inner) for (const key of option!) found.add(key);
    }
    if (!canBeEmpty) {
      keys = found;
      break;
    }
  }
  openings.set(slots, keys);
  return keys;
}

/** A group option's guard (`compileProgram`): the keys it can begin with and the rarer required word it needs; computed once per option. */
const optionGuards = new WeakMap<readonly Slot[], { starts: ReadonlySet<string>; need: Requirement } | null>();
function optionGuard(option: readonly Slot[]): { starts: ReadonlySet<string>; need: Requirement } | null {
  let guard = optionGuards.get(option);
  if (guard !== undefined) return guard;
  guard = null;
  const need = requiredKeys(option).reduce<ReadonlySet<string> | undefined>((best, { keys }) => (best && keysWeight(best) <= keysWeight(keys) ? best : keys), undefined);
  const first = need && openingKeys(option);
  if (need && first && keysWeight(need) < keysWeight(first)) guard = { starts: first, need: requirementFor(need) };
  optionGuards.set(option, guard);
  return guard;
}

const programs = new WeakMap<readonly Slot[], Program>();
function programOf(slots: readonly Slot[]): Program {
  let program = programs.get(slots);
  if (!program) programs.set(slots, (program = compileProgram(slots)));
  return program;
}

/**
 * Adds the threads that op `pc` leads to at token `index` to `list`, best
 * first, following splits, anchors and guards (which read no word). An op
 * already in the list is skipped: a later arrival could only repeat what the
 * earlier, preferred one will do.
 */
const stack: number[] = [];
function addThreads(program: Program, list: number[], pc: number, tokens: readonly Token[], index: number, sentence: number): void {
  stack.push(pc);
  const token = index < tokens.length && tokens[index]!.sentence === sentence ? tokens[index] : undefined;
  const { kind, next, marks, step } = program;
  while (stack.length > 0) {
    const at = stack.pop()!;
    if (marks[at] === step) continue;
    marks[at] = step;
    const k = kind[at];
    if (k === SPLIT) {
      // The word-reading alternatives `token` cannot satisfy are left out here rather than failed one by one at the next word.
      const dispatch = dispatchOf(program, at);
      if (dispatch) dispatchInto(dispatch, token, stack);
      else for (let i = next[at]! + program.count[at]! - 1; i >= next[at]!; i--) stack.push(program.targets[i]!);
    } else if (k === ANCHOR) {
      if (token?.clauseStart) stack.push(next[at]!);
    } else if (k === GUARD) {
      // By the keys' text: a program compiled after a text's key ids were taken may use keys they lack.
      if (token && offersAny(token, program.starts[at]!) && stillOffered(program.needs[at], index)) stack.push(next[at]!);
    } else list.push(at);
  }
}

/**
 * The end of the preferred match of `program` from token `start`, within its
 * sentence: the match a depth-first search over the alternatives, in their
 * order, would find first. All alternatives advance together one word at a
 * time, so the cost is at most the program's size per word of the longest
 * match, whatever the alternatives (Thompson's construction, with Pike's
 * priority order).
 */
// The two thread lists of a run, swapped at each word (a run never starts another).
let current: number[] = [];
let following: number[] = [];
function run(program: Program, tokens: readonly Token[], start: number): number | undefined {
  const sentence = tokens[start]!.sentence;
  // Marks from an earlier run must not count: steps only grow (reset long before they could overflow).
  if (program.step > 1e9) {
    program.marks.fill(-1);
    program.step = 0;
  }
  program.step++;
  current.length = 0;
  addThreads(program, current, program.start, tokens, start, sentence);
  let matched: number | undefined;
  for (let index = start; current.length > 0; index++) {
    const token = index < tokens.length && tokens[index]!.sentence === sentence ? tokens[index] : undefined;
    following.length = 0;
    program.step++;
    for (const pc of current) {
      const k = program.kind[pc];
      if (k === MATCH) {
        // Threads after this one are less preferred: this match beats them; earlier ones may still finish and win.
        matched = index;
        break;
      }
      if (!token) continue;
      if (k === ANY || slotMatches(program.slots[pc]!, token)) addThreads(program, following, program.next[pc]!, tokens, index + 1, sentence);
    }
    [current, following] = [following, current];
  }
  return matched;
}

/** Key ids a match of `slots` can begin with (`openingKeys`), or null when it can begin with any word. */
function possibleStarts(slots: readonly Slot[]): Set<number> | null {
  const keys = openingKeys(slots);
  return keys && new Set(Array.from(keys, registerKey));
}

/** A list of patterns indexed by the key ids their matches can begin with. */
interface StartIndex {
  byKey: Map<number, Slot[][]>;
  anywhere: Slot[][];
}
const startIndexes = new WeakMap<readonly Slot[][], StartIndex>();

function startIndexOf(list: readonly Slot[][]): StartIndex {
  let starts = startIndexes.get(list);
  if (!starts) {
    starts = { byKey: new Map(), anywhere: [] };
    for (const slots of list) {
      const keys = possibleStarts(slots);
      if (!keys) starts.anywhere.push(slots);
      else {
        for (const key of keys) {
          const listed = starts.byKey.get(key);
          if (listed) listed.push(slots);
          else starts.byKey.set(key, [slots]);
        }
      }
    }
    startIndexes.set(list, starts);
  }
  return starts;
}

/**
 * Where a match of any of `list` starting exactly at token `index` ends
 * (exclusive): the longest, or with `first` the first found; undefined when
 * none matches there. Only the patterns that can begin with that word are
 * tried (the index is built once per list), so checking every word of a text
 * against a list stays cheap.
 */
export function matchEndAt(list: readonly Slot[][], tokens: readonly Token[], index: number, first = false): number | undefined {
  if (!tokens[index]) return undefined;
  const starts = startIndexOf(list);
  let longest: number | undefined;
  // True to stop: a match was found and any will do.
  const tryAt = (slots: readonly Slot[]) => {
    const end = run(programOf(slots), tokens, index);
    if (end !== undefined && (longest === undefined || end > longest)) longest = end;
    return first && longest !== undefined;
  };
  if (starts.anywhere.some(tryAt)) return longest;
  const { flat, offsets } = idsOf(tokens);
  for (let k = offsets[index]!; k < offsets[index + 1]!; k++) if (starts.byKey.get(flat[k]!)?.some(tryAt)) return longest;
  return longest;
}

/** Whether any of `list` matches starting exactly at token `index`. */
export function matchesAnyAt(list: readonly Slot[][], tokens: readonly Token[], index: number): boolean {
  return matchEndAt(list, tokens, index, true) !== undefined;
}

/** Whether `slots` match starting at any token from `from` up to (not including) `to`. */
export function matchesWithin(slots: readonly Slot[], tokens: readonly Token[], from: number, to: number): boolean {
  const list = singletons.get(slots) ?? singletons.set(slots, [slots as Slot[]]).get(slots)!;
  for (let i = from; i < to; i++) if (matchesAnyAt(list, tokens, i)) return true;
  return false;
}
const singletons = new WeakMap<readonly Slot[], Slot[][]>();

/** Numbers each scan, and each sentence of every scan, so stamps from an earlier one never count. */
let scans = 0;
let sentenceStamps = 0;
/** For each key id, the stamp of the last sentence that offered it, and the last token there that did. */
let offered = new Int32Array(1024).fill(-1);
let offeredLast = new Int32Array(1024);

/**
 * A slot a match cannot skip, as the key ids one of which its sentence must
 * offer. Shared by every pattern whose slot offers the same keys (a lexicon
 * group's, a word's), and answered once per sentence for all of them.
 */
interface Requirement {
  ids: Int32Array;
  /** The largest of `ids`: the key given its id last. */
  newest: number;
  /** The sentence (a global stamp) it was last answered for, and the answer. */
  sentence: number;
  met: boolean;
  /** The sentence its last token offering one of its keys was last found for, and that token. */
  lastSentence: number;
  last: number;
}
const requirementsByKeys = new Map<string, Requirement>();
function requirementFor(keys: ReadonlySet<string>): Requirement {
  const name = [...keys].sort().join(' ');
  let requirement = requirementsByKeys.get(name);
  if (!requirement) {
    const ids = Int32Array.from(keys, registerKey);
    requirementsByKeys.set(name, (requirement = { ids, newest: Math.max(...ids), sentence: -1, met: false, lastSentence: -1, last: -1 }));
  }
  return requirement;
}
function requirementsOf(slots: readonly Slot[]): Requirement[] {
  const requirements = requiredKeys(slots).map(({ keys }) => requirementFor(keys));
  // The narrowest first: it rules a sentence out soonest (the first slot's, met wherever the pattern is tried, is widest).
  return [...new Set(requirements)].sort((a, b) => a.ids.length - b.ids.length);
}

/** Whether the sentence stamped `stamp` offers a key of `requirement`; answered once per sentence. */
function met(requirement: Requirement, stamp: number): boolean {
  if (requirement.sentence !== stamp) {
    requirement.sentence = stamp;
    requirement.met = false;
    for (const key of requirement.ids) {
      if (offered[key] === stamp) {
        requirement.met = true;
        break;
      }
    }
  }
  return requirement.met;
}

/** The last token of the sentence stamped `stamp` that offers a key of `requirement` (-1: none); found once per sentence. */
function lastOffering(requirement: Requirement, stamp: number): number {
  if (requirement.lastSentence !== stamp) {
    requirement.lastSentence = stamp;
    requirement.last = -1;
    for (const key of requirement.ids) if (offered[key] === stamp && offeredLast[key]! > requirement.last) requirement.last = offeredLast[key]!;
  }
  return requirement.last;
}

/** Whether the sentence stamped `stamp` offers a key of each of `requirements` at or after token `start`. */
function offeredFrom(requirements: readonly Requirement[], stamp: number, start: number): boolean {
  for (const requirement of requirements) if (lastOffering(requirement, stamp) < start) return false;
  return true;
}

/**
 * The sentence a scan is running the automaton in (its stamp), and how many key ids its tokens were read with;
 * -1 outside a scan, where no sentence's keys are known and every guard's requirement counts as met.
 */
let runningIn = -1;
let runningKnown = 0;

/** Whether `requirement` (none: nothing to check) can still be met at or after token `index` of the sentence being scanned. */
function stillOffered(requirement: Requirement | undefined, index: number): boolean {
  if (!requirement || runningIn < 0) return true;
  // A key given an id after the sentence's keys were read (a program compiled during this scan) was not looked for.
  return requirement.newest >= runningKnown || lastOffering(requirement, runningIn) >= index;
}

/** Whether the sentence stamped `stamp` offers a key of each requirement. */
function meets(requirements: readonly Requirement[], stamp: number): boolean {
  for (const requirement of requirements) if (!met(requirement, stamp)) return false;
  return true;
}

/**
 * One pattern of one rule. Indexed under the keys of its rarest requirement,
 * so a sentence reaches only the patterns whose least likely word it has,
 * whatever common word they begin with ("we", "your").
 */
interface Candidate<T> {
  slots: Slot[];
  /** Compiled at the first sentence that could hold a match: most patterns never run on a given text. */
  program: Program | undefined;
  entry: T;
  /** Its place among the patterns added. */
  order: number;
  requires: Requirement[];
  /** Key ids a match can begin with: the words of a sentence it is tried at. */
  firstIds: Int32Array;
  /**
   * Stamps instead of per-sentence sets (the hottest loop of a check): the
   * sentence it was last reached in, and the scan and token it was last tried at.
   */
  reached: number;
  triedScan: number;
  triedAt: number;
}

/**
 * Per key id, the sentence (a stamp) whose candidates beginning with it were
 * last listed, and those lists; the keys listed in the current sentence, and
 * the keys it offers.
 */
interface Scratch<T> {
  listed: Int32Array;
  lists: Candidate<T>[][];
  touched: number[];
  keys: number[];
}
const scratches = new WeakMap<object, Scratch<unknown>>();

export class PhraseMatcher<T> {
  /** Per key id, the candidates whose rarest requirement it meets. */
  private byRarest: Candidate<T>[][] = [];
  /** Candidates with no word a match must read (every part optional): reached in every sentence. */
  private everywhere: Candidate<T>[] = [];
  private added = 0;

  /**
   * A matcher read back from a cache (V8 deserialisation keeps its data, not its class). Its key ids were another
   * process's, `keys` being that process's `keyTable()`: they are renumbered for this one, and every stamp cleared.
   */
  static revive<T>(data: PhraseMatcher<T>, keys: readonly string[]): PhraseMatcher<T> {
    const matcher = Object.setPrototypeOf(data, PhraseMatcher.prototype) as PhraseMatcher<T>;
    const renumber = (ids: Int32Array) => Int32Array.from(ids, (old) => registerKey(keys[old]!));
    const revived = new Set<Candidate<T>>();
    const renumbered = new Set<Requirement>();
    const revive = (candidate: Candidate<T>) => {
      if (revived.has(candidate)) return;
      revived.add(candidate);
      Object.assign(candidate, { program: undefined, firstIds: renumber(candidate.firstIds), reached: -1, triedScan: -1, triedAt: -1 });
      for (const requirement of candidate.requires) {
        if (renumbered.has(requirement)) continue;
        renumbered.add(requirement);
        requirement.ids = renumber(requirement.ids);
        requirement.newest = Math.max(...requirement.ids);
        requirement.sentence = requirement.lastSentence = -1;
      }
    };
    const byRarest: Candidate<T>[][] = [];
    matcher.byRarest.forEach((candidates, id) => {
      byRarest[registerKey(keys[id]!)] = candidates;
      candidates.forEach(revive);
    });
    matcher.everywhere.forEach(revive);
    matcher.byRarest = byRarest;
    return matcher;
  }

  /** This matcher's per-sentence working lists (not data: kept beside it, never stored with it). */
  private scratch(): Scratch<T> {
    let scratch = scratches.get(this) as Scratch<T> | undefined;
    if (!scratch || scratch.listed.length < keyIds.size) {
      scratch = { listed: new Int32Array(keyIds.size * 2).fill(-1), lists: scratch?.lists ?? [], touched: [], keys: [] };
      scratches.set(this, scratch);
    }
    return scratch;
  }

  add(slots: Slot[], entry: T): void {
    const firstIds = Int32Array.from(firstKeys(slots), registerKey);
    // A pattern that can begin with no word is never tried (patterns begin with a word).
    if (firstIds.length === 0) return;
    const requires = requirementsOf(slots);
    const candidate: Candidate<T> = { slots, program: undefined, entry, order: this.added++, requires, firstIds, reached: -1, triedScan: -1, triedAt: -1 };
    const weight = (requirement: Requirement) => keysWeight(Array.from(requirement.ids, (id) => keyNames[id]!));
    const rarest = requires.reduce<Requirement | undefined>((best, requirement) => (best && weight(best) <= weight(requirement) ? best : requirement), undefined);
    if (!rarest) this.everywhere.push(candidate);
    else for (const id of rarest.ids) (this.byRarest[id] ??= []).push(candidate);
  }

  /**
   * All matches, at most one per entry per start token, in document order;
   * at one token in the order of its keys, then of the patterns added.
   * Linear in the tokens: a sentence reaches the patterns indexed under its
   * words, each start tries those of them that can begin there, and each try
   * lasts at most the pattern's longest match.
   */
  scan(tokens: readonly Token[]): Match<T>[] {
    const matches: Match<T>[] = [];
    const scan = ++scans;
    const { flat, offsets, known } = idsOf(tokens);
    runningKnown = known;
    if (offered.length < keyIds.size) {
      offered = new Int32Array(keyIds.size * 2).fill(-1);
      offeredLast = new Int32Array(keyIds.size * 2);
    }
    const { listed, lists, touched, keys } = this.scratch();
    // Lists the candidate under each of its first keys the sentence offers, if the sentence meets all it requires.
    const reach = (candidate: Candidate<T>, stamp: number) => {
      if (candidate.reached === stamp) return;
      candidate.reached = stamp;
      if (!meets(candidate.requires, stamp)) return;
      for (const id of candidate.firstIds) {
        if (offered[id] !== stamp) continue;
        if (listed[id] !== stamp) {
          listed[id] = stamp;
          touched.push(id);
          (lists[id] ??= []).length = 0;
        }
        lists[id]!.push(candidate);
      }
    };
    for (let from = 0; from < tokens.length; ) {
      const sentence = tokens[from]!.sentence;
      let to = from + 1;
      while (to < tokens.length && tokens[to]!.sentence === sentence) to++;
      const stamp = ++sentenceStamps;
      // The keys the sentence offers, each once: a word recurs in its sentence ("the", "your").
      keys.length = 0;
      for (let t = from; t < to; t++) {
        for (let k = offsets[t]!; k < offsets[t + 1]!; k++) {
          const id = flat[k]!;
          if (id < 0) continue;
          if (offered[id] !== stamp) {
            offered[id] = stamp;
            keys.push(id);
          }
          offeredLast[id] = t;
        }
      }
      touched.length = 0;
      for (const candidate of this.everywhere) reach(candidate, stamp);
      for (const id of keys) {
        const candidates = this.byRarest[id];
        if (candidates) for (const candidate of candidates) reach(candidate, stamp);
      }
      // In the order the patterns were added, as the rule data writes them: of two matches at one word, the first wins.
      for (const id of touched) if (lists[id]!.length > 1) lists[id]!.sort((a, b) => a.order - b.order);
      for (let start = from; start < to; start++) {
        for (let k = offsets[start]!; k < offsets[start + 1]!; k++) {
          const id = flat[k]!;
          if (id < 0 || listed[id] !== stamp) continue;
          for (const candidate of lists[id]!) {
            // Listed under several of this token's keys (a stem and a word): tried once.
            if (candidate.triedScan === scan && candidate.triedAt === start) continue;
            candidate.triedScan = scan;
            candidate.triedAt = start;
            // A word it needs that the sentence has only before this start rules the start out.
            if (!offeredFrom(candidate.requires, stamp, start)) continue;
            const program = (candidate.program ??= programOf(candidate.slots));
            if (program.ranScan !== scan || program.ranAt !== start) {
              program.ranScan = scan;
              program.ranAt = start;
              runningIn = stamp;
              program.ranEnd = run(program, tokens, start);
              runningIn = -1;
            }
            const end = program.ranEnd;
            if (end !== undefined && end > start) matches.push({ entry: candidate.entry, start, end });
          }
        }
      }
      from = to;
    }
    return matches;
  }
}
