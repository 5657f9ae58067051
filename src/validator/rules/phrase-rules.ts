import { VFile } from 'vfile';
import { compiledCache, phraseDirectory, readRuleFiles } from '#platform';
import type { TextFile } from '../../platform/types.ts';
import { z } from 'zod';
import { escalationTopics } from '../../model/index.ts';
import { describeIssues, parseYaml, problemAt, reportProblems, type ParsedYaml } from '../../source/yaml.ts';
import { assembleFrames, frameClauses, type FramePart } from '../phrases/frames.ts';
import { keyTable, PhraseMatcher, type Match } from '../phrases/matcher.ts';
import type { SelectionCues } from '../phrases/select.ts';
import type { StatedGroup } from '../phrases/stated.ts';
import { PatternCompiler, PatternError, patternWords, writesNegation, type Lexicon, type Slot } from '../phrases/pattern.ts';
import { wordListEntries, type WordListEntry } from '../phrases/wordlists.ts';
import { restoreIndices, withoutFillers } from '../text/fillers.ts';
import type { Token } from '../text/tokens.ts';
import type { PhraseEntry, RuleMeta } from '../types.ts';
import { RuleDataError } from './rule-data-error.ts';

export { RuleDataError } from './rule-data-error.ts';

/** Phrase data lives beside this module, as YAML a non-programmer can edit. */
export { phraseDirectory };

/** What makes a mention of a next step notice rather than menace. */
export const noticeParts = ['condition', 'date', 'resolution', 'basis'] as const;
export type NoticePart = (typeof noticeParts)[number];

const text = z.string().trim().min(1);
const example = z.strictObject({ text, stage: z.string().optional(), note: z.string().optional() });
const examples = z.strictObject({ valid: z.array(example).min(1), invalid: z.array(example).min(1) });
const meta = {
  id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
  name: text,
  description: text,
  why: text,
  source: text,
  severity: z.enum(['error', 'warning']),
  suppressible: z.boolean(),
  /** On handbook pages: check all text, or only sample wording in <Callout type="example">. */
  policyPages: z.enum(['all', 'examples', 'none']).default('all'),
  examples,
};
/** A lexicon group's name, as a rule group's lawfulWhenStated, lawfulWhenSupposed or onlyWhenStated names one. */
const groupName = z.string().regex(/^[a-z]+(-[a-z]+)*$/);
const phraseRuleSchema = z.strictObject({
  ...meta,
  /**
   * The rule's wording names steps the sender holds over the customer (threats, coercion, publicity): "not yet" before
   * one presupposes it is to come instead of denying it ("the bailiffs have not been instructed yet"; phrases/negation.ts).
   * Left false where the wording claims a fact (false authority, misleading), which "not yet" does deny; a group marked
   * `claim` is a claim of fact either way.
   */
  heldOver: z.boolean().default(false),
  groups: z
    .array(
      z.strictObject({
        label: text,
        instead: text.optional(),
        /**
         * Set to false where the phrase is itself a refusal ("we will not accept a plan"). `predication`: an epithet,
         * an insult in any clause but one that denies saying or thinking it (phrases/negation.ts, `deniesPredication`):
         * "we do not extend credit to deadbeats" insults, "we do not consider you a liar" does not. `written`: a pattern that
         * writes a negation of its own is read with it, as with false ("we do not accept part payments"); the group's other
         * patterns are denied by a negation around them, as with true ("we are not holding them against the invoice").
         */
        negation: z.union([z.boolean(), z.literal('predication'), z.literal('written')]).default(true),
        /**
         * The group names a claim of fact ("proceedings have been issued"): a match that a condition or a once/when
         * clause only supposes is not one ("if we issued a claim and the court gave judgment, it would be registered";
         * text/clauses.ts, `supposed`).
         */
        claim: z.boolean().default(false),
        /**
         * The group names what is wrong only as the price of not paying or complying: a match counts where
         * phrases/consequence.ts marks one (after a condition of not paying, an ultimatum's "or", the "and" of "don't pay
         * and …"), not elsewhere ("our driver will take the pallets off your site on Tuesday" is a delivery; "pay by 5pm or
         * our driver will …" is not).
         */
        consequence: z.boolean().default(false),
        /**
         * A lexicon group whose phrases state what makes the group's wording lawful: its matches do not count in a letter
         * that states one as a fact (phrases/stated.ts). `court-order`: enforcement officers, writs, charging orders after
         * "Judgment was entered against you on 5 September"; `acting-for-client`: a solicitor's "LEGAL NOTICE" heading.
         * A list names several bases, any one of which will do.
         */
        lawfulWhenStated: z.union([groupName, z.array(groupName).min(1)]).optional(),
        /**
         * A lexicon group whose phrases, supposed by a condition or time clause of the match's own sentence, make the
         * match lawful: the step explained as what may follow them (phrases/stated.ts). `judgment-obtained`: "if
         * judgment is entered and not paid, only court enforcement officers can take control of goods".
         */
        lawfulWhenSupposed: groupName.optional(),
        /**
         * The group's wording is lawful in a letter that gives a lawful step as notice, as the escalation rule reads one
         * (rules/escalation.ts): a legal action, a referral to an agency or a suspension (escalation.yaml's topics), with
         * every part its topic needs: a condition, a date, a way to resolve it. "I've run out of patience" before "from
         * 3 June we won't take new orders until the invoice is paid" is frustration followed by notice.
         */
        lawfulWhenNotice: z.boolean().default(false),
        /**
         * The reverse: a lexicon group whose statement makes the group's wording harmful, so its matches count only in a
         * letter that states one as a fact. `insolvency-event`: "the balance must still be paid as usual" after "we have
         * received notice of your Chapter 11 filing" (collecting outside the stay), not in an ordinary reminder.
         */
        onlyWhenStated: groupName.optional(),
        patterns: z.array(text).default([]),
        /** Parts joined by ` + ` that must all occur in one clause, in any order (phrases/frames.ts). */
        frames: z.array(text).default([]),
        /**
         * Antipatterns: known innocent uses; a match of the group that one of these overlaps does not count ("a spam blacklist").
         * One written as a frame (parts joined by ` + `) covers the clauses its parts are found in.
         */
        except: z.array(text).default([]),
      }).refine((group) => group.patterns.length + group.frames.length > 0, { message: 'A group needs at least one pattern or frame', path: ['patterns'] }),
    )
    .min(1),
});
const escalationSchema = z.strictObject({
  ...meta,
  topics: z.record(
    z.enum(escalationTopics),
    z.strictObject({
      label: text,
      needs: z.array(z.enum(noticeParts)).min(1),
      patterns: z.array(text).min(1),
      /** The step stated as a refusal ("no further orders will be processed"): the negation is the step, not a denial of it. */
      negatives: z.array(text).default([]),
    }),
  ),
  conditions: z.strictObject({ condition: text, resolution: text, basis: text }),
});
const lexiconSchema = z.record(z.string(), z.array(text).min(1));


export type PhraseRuleData = z.infer<typeof phraseRuleSchema>;
export type EscalationData = z.infer<typeof escalationSchema>;

/** A compiled pattern and what the negation check needs to know about it. */
export interface CompiledEntry extends WordListEntry {
  slots: Slot[];
  /** The pattern starts with its subject ($we, $you), so nothing before it can negate it. */
  subjectFirst: boolean;
  negation: boolean | 'predication';
  /** A claim of fact, which a condition only supposes (the group's `claim`). */
  claim?: boolean | undefined;
  /** A step held over the customer, which "not yet" presupposes (the rule's `heldOver`, unless the group is a `claim`). */
  heldOver?: boolean | undefined;
  /** Counts only as the consequence of a condition or ultimatum (the group's `consequence`). */
  consequence?: boolean | undefined;
  /** The lexicon groups any of whose statement in a letter makes the match lawful (the group's `lawfulWhenStated`). */
  lawfulWhenStated?: readonly string[] | undefined;
  /** The lexicon group whose supposition in the match's sentence makes the match lawful (the group's `lawfulWhenSupposed`). */
  lawfulWhenSupposed?: string | undefined;
  /** A lawful step given as notice in the letter makes the match lawful (the group's `lawfulWhenNotice`). */
  lawfulWhenNotice?: boolean | undefined;
  /** The lexicon group that must be stated in the letter for the match to count (the group's `onlyWhenStated`). */
  onlyWhenStated?: string | undefined;
  /** Set on each part of a frame: the frame it belongs to (phrases/frames.ts). */
  frame?: FramePart<CompiledEntry> | undefined;
  /** The rule data group the entry comes from; an antipattern cancels matches of its own group only. */
  group?: object | undefined;
  /** An antipattern of `group`, never reported itself. */
  exception?: boolean | undefined;
}

export interface PhraseData {
  rules: PhraseRuleData[];
  escalation: EscalationData;
  lexicon: Lexicon;
  matcher: PhraseMatcher<CompiledEntry>;
  cues: SelectionCues;
  /** Words naming a person (the lexicon's `people` group), for the word lists' context (phrases/context.ts). */
  people: ReadonlySet<string>;
  /** Word-list words with a literal sense for things ("disabled", "black"): the lexicon's `literal-senses`. */
  literalSenses: ReadonlySet<string>;
  /** Given names that are also words the rules read (the lexicon's `given-names`): read as names where a name stands. */
  givenNames: ReadonlySet<string>;
  /** The merge fields that name the addressee (the lexicon's `addressee-fields`, by name): read as "you". */
  addressee: ReadonlySet<string>;
  /** Insults a writer may turn on itself ("my stupid mistake"): the lexicon's `self-deprecation`. */
  selfDeprecation: ReadonlySet<string>;
  /** Word-list words that make light of what the reader must do ("just", "simply"): the lexicon's `minimisers`. */
  minimisers: ReadonlySet<string>;
  /** Verbs of getting in touch, before which a minimiser offers help ("just tell me"): the lexicon's `invitations`. */
  invitations: ReadonlySet<string>;
  /** Fixed terms that hold a word-list word with none of its sense ("as a matter of course"): the lexicon's `fixed-terms`. */
  fixedTerms: StatedGroup;
  /** Words of thanks, congratulations and welcome, after which a run of exclamation marks is warmth: the lexicon's `warmth`. */
  warmth: ReadonlySet<string>;
  /** A greeting or a reassurance ("morning Owen", "no hard feelings"), after which marks are warmth too: the lexicon's `warm-aside`. */
  warmAside: StatedGroup;
  /** Function words of other languages, which tell a text in one (the lexicon's `other-languages`; rules/language.ts). */
  otherLanguages: ReadonlySet<string>;
  /**
   * A statutory demand, which the tone model does not weigh (tone/rule.ts): the demand's form, served under a named
   * statute (the lexicon's `statutory-demand`), and the insolvency step it warns of (`insolvency-process`).
   */
  statutoryDemand: { form: StatedGroup; step: StatedGroup };
  /** The writer's report of being put off each time it asks (the lexicon's `put-off`), which the tone model does not weigh (tone/rule.ts). */
  putOff: StatedGroup;
  /** A sentence stating only what is owed and by when (the lexicon's `payment-terms`), which the tone model does not weigh (tone/rule.ts). */
  paymentTerms: StatedGroup;
  /** A warning against payment fraud in the sender's name (the lexicon's `fraud-warning`), which capitals do not make shouting. */
  fraudWarning: StatedGroup;
  /** Compiled patterns for each part a mention may need; `date` is recognised by code. */
  parts: Record<Exclude<NoticePart, 'date'>, Slot[]>;
}

function readYaml<T>({ path, text: source }: TextFile, schema: z.ZodType<T>): { data?: T; file: VFile; source: string; parsed: ParsedYaml } {
  const file = new VFile({ path, value: source });
  const parsed = parseYaml(source);
  if (parsed.problems.length > 0) {
    reportProblems(file, parsed.problems, { offset: 0 }, 'rule-data');
    return { file, source, parsed };
  }
  const result = schema.safeParse(parsed.value);
  if (!result.success) {
    reportProblems(file, describeIssues(result.error.issues, parsed), { offset: 0 }, 'rule-data');
    return { file, source, parsed };
  }
  return { data: result.data, file, source, parsed };
}

/**
 * Compiles the pattern at `path` of a rule data file, or records why it
 * cannot be compiled at the pattern's own line and column in the YAML.
 */
function compileAt(compiler: PatternCompiler, loaded: { file: VFile; parsed: ParsedYaml }, path: readonly PropertyKey[], pattern: string): Slot[] | undefined {
  try {
    return compiler.compile(pattern);
  } catch (error) {
    if (!(error instanceof PatternError)) throw error;
    reportProblems(loaded.file, [problemAt(loaded.parsed, path, { message: error.message, actual: pattern })], { offset: 0 }, 'rule-data');
    return undefined;
  }
}

let cached: PhraseData | undefined;

/** The phrase data stored by `loadPhraseData`, ready to use, or undefined when `stored` is not what it stores. */
function revive(stored: unknown): PhraseData | undefined {
  const { data, keys } = (stored ?? {}) as { data?: PhraseData; keys?: unknown };
  if (!data?.matcher || !Array.isArray(data.rules) || !Array.isArray(keys) || !keys.every((key) => typeof key === 'string')) return undefined;
  data.matcher = PhraseMatcher.revive(data.matcher, keys);
  return data;
}

/**
 * Loads, validates and compiles every phrase rule once per process (the
 * shipped data is cached; another `directory`, ending in a slash, is read
 * afresh). Throws a RuleDataError naming each file, line and column whose
 * YAML, schema or patterns are wrong, including patterns over `patternLimits`.
 */
export function loadPhraseData(directory = phraseDirectory): PhraseData {
  const shipped = directory === phraseDirectory;
  if (cached && shipped) return cached;
  const files = readRuleFiles(directory);
  // The shipped data compiled by an earlier run of the same code (platform's compiledCache); broken data is never stored.
  const revived = shipped ? revive(compiledCache.read(files)) : undefined;
  if (revived) return (cached = revived);
  const broken: VFile[] = [];
  const lexiconFile = readYaml(files.find((f) => f.name === 'lexicon.yaml') ?? { name: 'lexicon.yaml', path: `${directory}lexicon.yaml`, text: '' }, lexiconSchema);
  if (!lexiconFile.data) throw new RuleDataError([lexiconFile.file]);
  const lexicon = lexiconFile.data;
  const compiler = new PatternCompiler(lexicon);
  const matcher = new PhraseMatcher<CompiledEntry>();
  const rules: PhraseRuleData[] = [];
  let escalation: EscalationData | undefined;
  let escalationFile: ReturnType<typeof readYaml> | undefined;

  const cueList = (key: string) => (lexicon[key] ?? []).map((phrase, i) => compileAt(compiler, lexiconFile, [key, i], phrase)).filter((slots) => slots !== undefined);
  // The lexicon groups that groups' lawfulWhenStated, lawfulWhenSupposed and onlyWhenStated name, compiled once each; a
  // name the lexicon lacks is a problem in the rule file, at its line.
  const stated = new Map<string, StatedGroup>();
  const statedGroup = (name: string): StatedGroup => ({ phrases: cueList(name), words: new Set((lexicon[name] ?? []).flatMap((phrase) => [...patternWords(phrase, lexicon)])) });
  const readStated = (loaded: { file: VFile; parsed: ParsedYaml }, path: readonly [string, number, string, ...number[]], name: string | undefined) => {
    if (name === undefined || stated.has(name)) return;
    if (lexicon[name]) stated.set(name, statedGroup(name));
    else reportProblems(loaded.file, [problemAt(loaded.parsed, path, { message: `${path[2]} names "${name}", which is not a lexicon group`, actual: name })], { offset: 0 }, 'rule-data');
  };

  const compile = (loaded: { file: VFile; parsed: ParsedYaml }, path: readonly PropertyKey[], pattern: string, entry: PhraseEntry & Pick<CompiledEntry, 'group' | 'exception'>, negation: CompiledEntry['negation']) => {
    const slots = compileAt(compiler, loaded, path, pattern);
    if (!slots) return;
    const first = slots[0]!;
    matcher.add(slots, { ...entry, slots, subjectFirst: first.kind === 'group' && (first.name === 'we' || first.name === 'you'), negation });
  };
  // A frame's parts go into the index each on its own, carrying the whole frame (phrases/frames.ts puts them back together).
  const compileFrame = (loaded: { file: VFile; parsed: ParsedYaml }, path: readonly PropertyKey[], pattern: string, entry: PhraseEntry & Pick<CompiledEntry, 'group' | 'exception'>, negation: CompiledEntry['negation']) => {
    const parts = pattern.split(' + ').map((part) => compileAt(compiler, loaded, path, part));
    if (parts.length < 2) {
      reportProblems(loaded.file, [problemAt(loaded.parsed, path, { message: `Frame "${pattern}" has one part; join two or more parts with " + ", or write it under patterns`, actual: pattern })], { offset: 0 }, 'rule-data');
      return;
    }
    if (parts.some((slots) => !slots)) return;
    const frame: CompiledEntry = { ...entry, pattern, slots: [], subjectFirst: false, negation };
    parts.forEach((slots, part) => matcher.add(slots!, { ...frame, slots: slots!, frame: { frame, part, parts: parts.length } }));
  };

  for (const ruleFile of files) {
    const { name } = ruleFile;
    if (name === 'lexicon.yaml') continue;
    const isEscalation = name === 'escalation.yaml';
    const loaded = isEscalation ? readYaml(ruleFile, escalationSchema) : readYaml(ruleFile, phraseRuleSchema);
    if (!loaded.data) {
      broken.push(loaded.file);
      continue;
    }
    if (isEscalation) {
      const data = loaded.data as EscalationData;
      escalation = data;
      escalationFile = loaded;
      for (const [topic, { label, patterns, negatives }] of Object.entries(data.topics)) {
        patterns.forEach((pattern, i) => compile(loaded, ['topics', topic, 'patterns', i], pattern, { rule: data.id, label, topic, pattern }, true));
        negatives.forEach((pattern, i) => compile(loaded, ['topics', topic, 'negatives', i], pattern, { rule: data.id, label, topic, pattern }, false));
      }
    } else {
      const rule = loaded.data as PhraseRuleData;
      rules.push(rule);
      rule.groups.forEach((group, g) => {
        const bases = group.lawfulWhenStated === undefined ? undefined : [group.lawfulWhenStated].flat();
        if (typeof group.lawfulWhenStated === 'string') readStated(loaded, ['groups', g, 'lawfulWhenStated'], group.lawfulWhenStated);
        else group.lawfulWhenStated?.forEach((name, i) => readStated(loaded, ['groups', g, 'lawfulWhenStated', i], name));
        readStated(loaded, ['groups', g, 'lawfulWhenSupposed'], group.lawfulWhenSupposed);
        readStated(loaded, ['groups', g, 'onlyWhenStated'], group.onlyWhenStated);
        const entry = {
          rule: rule.id,
          label: group.label,
          instead: group.instead,
          group: {},
          claim: group.claim,
          heldOver: rule.heldOver && !group.claim,
          consequence: group.consequence,
          lawfulWhenStated: bases,
          lawfulWhenSupposed: group.lawfulWhenSupposed,
          lawfulWhenNotice: group.lawfulWhenNotice,
          onlyWhenStated: group.onlyWhenStated,
        };
        const negationOf = (pattern: string) => (group.negation === 'written' ? !writesNegation(pattern, lexicon) : group.negation);
        group.patterns.forEach((pattern, i) => compile(loaded, ['groups', g, 'patterns', i], pattern, { ...entry, pattern }, negationOf(pattern)));
        // An antipattern may be a frame too: its parts in one clause, in any order, cancel the group's matches in those clauses.
        group.except.forEach((pattern, i) =>
          (pattern.includes(' + ') ? compileFrame : compile)(loaded, ['groups', g, 'except', i], pattern, { ...entry, pattern, exception: true }, false),
        );
        group.frames.forEach((pattern, i) => compileFrame(loaded, ['groups', g, 'frames', i], pattern, { ...entry, pattern }, negationOf(pattern)));
      });
    }
    if (loaded.file.messages.length > 0) broken.push(loaded.file);
  }
  if (!escalation) {
    const file = new VFile({ path: `${directory}escalation.yaml` });
    file.message('The escalation rule data is missing', { ruleId: 'rule-data' });
    broken.push(file);
  }
  const parts: PhraseData['parts'] = { condition: [], resolution: [], basis: [] };
  if (escalation && escalationFile) {
    const before = escalationFile.file.messages.length;
    for (const part of ['condition', 'resolution', 'basis'] as const) parts[part] = compileAt(compiler, escalationFile, ['conditions', part], escalation.conditions[part]) ?? [];
    if (before === 0 && escalationFile.file.messages.length > 0) broken.push(escalationFile.file);
  }
  const exceptions = cueList('negation-exceptions');
  const scopes = cueList('negation-scopes');
  const hypothetical = cueList('hypothetical');
  const regrets = cueList('regrets');
  const retractions = cueList('negation-retractions');
  const statutoryDemand = { form: statedGroup('statutory-demand'), step: statedGroup('insolvency-process') };
  // Compiled before the lexicon's problems are counted, so a broken pattern in any of them is reported, not dropped.
  const fixedTerms = statedGroup('fixed-terms');
  const warmAside = statedGroup('warm-aside');
  const fraudWarning = statedGroup('fraud-warning');
  const putOff = statedGroup('put-off');
  const paymentTerms = statedGroup('payment-terms');
  if (lexiconFile.file.messages.length > 0) broken.push(lexiconFile.file);
  if (broken.length > 0) throw new RuleDataError(broken);
  // The inconsiderate-wording and profanity word lists join the same index: one pass over the words for every rule.
  for (const { slots, entry } of wordListEntries(lexicon['profanity-allowed'] ?? [])) {
    matcher.add(slots, { ...entry, slots, subjectFirst: false, negation: false });
  }
  const data: PhraseData = {
    rules,
    escalation: escalation!,
    lexicon,
    matcher,
    cues: { lexicon, words: new Set(lexicon['negation'] ?? []), exceptions, scopes, hypothetical, regrets, retractions, conditions: new Set(lexicon['threat-conditions'] ?? []), ownPastWording: cueList('own-past-wording'), errorAdmissions: cueList('error-admissions'), stated },
    people: new Set((lexicon['people'] ?? []).flatMap((entry) => entry.split('|'))),
    literalSenses: new Set(lexicon['literal-senses'] ?? []),
    givenNames: new Set(lexicon['given-names'] ?? []),
    addressee: new Set((lexicon['addressee-fields'] ?? []).map((field) => field.replace(/^\{\{|\}\}$/g, ''))),
    selfDeprecation: new Set(lexicon['self-deprecation'] ?? []),
    minimisers: new Set(lexicon['minimisers'] ?? []),
    invitations: new Set(lexicon['invitations'] ?? []),
    fixedTerms,
    warmth: new Set(lexicon['warmth'] ?? []),
    warmAside,
    otherLanguages: new Set(lexicon['other-languages'] ?? []),
    statutoryDemand,
    fraudWarning,
    putOff,
    paymentTerms,
    parts,
  };
  if (shipped) {
    compiledCache.write(files, { data, keys: keyTable() });
    cached = data;
  }
  return data;
}

/**
 * Every phrase of every rule in `tokens` (a document's words), frames put
 * together: one pass of the phrase index, then one over its matches. The
 * sentences in which an antipattern cancelled a match are added to
 * `innocent` when given.
 */
export function findPhrases(tokens: readonly Token[], innocent?: Set<number>): Match<CompiledEntry>[] {
  // Read without the fillers of speech ("a shame… you know… if"); the matches point into `tokens`, as every rule reads them.
  const { kept, original } = withoutFillers(tokens);
  const found = dropExceptions(assembleFrames(loadPhraseData().matcher.scan(kept), kept, (entry) => entry.frame), kept, innocent);
  return original ? found.map((match) => restoreIndices(match, original)) : found;
}

/**
 * Removes antipattern matches, and the matches of their group that they
 * overlap. An antipattern written as a frame covers the clauses its parts
 * were found in, with those pooled with them: "an enforcement officer … can
 * take control of goods … and, after notice, may remove and sell them"
 * excuses the selling, however far from the officer. `matches` are in
 * document order; each group's antipatterns are walked once with a cursor,
 * so the pass is linear in the matches.
 */
function dropExceptions(matches: Match<CompiledEntry>[], tokens: readonly Token[], innocent?: Set<number>): Match<CompiledEntry>[] {
  const exceptions = new Map<object, Match<CompiledEntry>[]>();
  let pooled: Map<number, number> | undefined;
  for (const match of matches) {
    if (!match.entry.exception || !match.entry.group) continue;
    const list = exceptions.get(match.entry.group);
    const covered = match.parts ? clauseSpan(tokens, (pooled ??= frameClauses(tokens)), match) : match;
    if (list) list.push(covered);
    else exceptions.set(match.entry.group, [covered]);
  }
  if (exceptions.size === 0) return matches;
  // A frame's clause may begin before an antipattern found earlier.
  for (const list of exceptions.values()) list.sort((a, b) => a.start - b.start);
  const cursors = new Map<object, number>();
  return matches.filter((match) => {
    if (match.entry.exception) return false;
    const list = match.entry.group && exceptions.get(match.entry.group);
    if (!list) return true;
    let at = cursors.get(match.entry.group!) ?? 0;
    // Antipatterns that end before this match can overlap no later one (matches start in order; none is longer than its sentence).
    while (at < list.length && list[at]!.end <= match.start) at++;
    cursors.set(match.entry.group!, at);
    for (let i = at; i < list.length && list[i]!.start < match.end; i++) {
      if (list[i]!.end > match.start) {
        innocent?.add(tokens[match.start]!.sentence);
        return false;
      }
    }
    return true;
  });
}

/** `match` widened to the clauses its frame pooled it with (phrases/frames.ts, `frameClauses`): consecutive clauses of its sentences. */
function clauseSpan(tokens: readonly Token[], pooled: ReadonlyMap<number, number>, match: Match<CompiledEntry>): Match<CompiledEntry> {
  let { start, end } = match;
  const root = (at: number) => pooled.get(tokens[at]!.clause);
  const first = root(start);
  const last = root(end - 1);
  while (start > 0 && root(start - 1) === first) start--;
  while (end < tokens.length && root(end) === last) end++;
  return { ...match, start, end };
}

export function phraseRuleMeta(rule: PhraseRuleData | EscalationData): RuleMeta {
  return {
    id: rule.id,
    name: rule.name,
    description: rule.description,
    why: rule.why,
    source: rule.source,
    severity: rule.severity,
    suppressible: rule.suppressible,
    scope: 'language',
    policyPages: rule.policyPages,
    examples: rule.examples,
  };
}
