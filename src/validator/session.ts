import { path } from '#platform';
import type { Root } from 'mdast';
import { isScalar, parseDocument as parseYamlDocument, Scalar } from 'yaml';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Root as NlcstRoot } from 'nlcst';
import { unified, type Plugin, type Processor } from 'unified';
import { fieldAliases } from '../catalog/build.ts';
import type { Catalog } from '../catalog/load.ts';
import { reportMessage } from './report-message.ts';
import { ruleUrl } from './rule-url.ts';
import { frontmatterPlace, frontmatterText, readFrontmatter, validKeys } from '../document/frontmatter.ts';
import { parseDocument, syntaxFor } from '../document/parse.ts';
import { flattenStructure } from '../document/limits.ts';
import { composeLetter } from '../letters/index.ts';
import { letterEntry } from '../library/entry.ts';
import { templateSchemaFor } from '../library/template.ts';
import { chapterSchema, escalationTopics, jurisdictionAliases, stageByName, type EscalationTopic, type Stage, type TemplateFrontmatter } from '../model/index.ts';
import { contentPaths } from '../project.ts';
import { UsageError, unknownStage } from './usage-error.ts';
import { selectMatches } from './phrases/select.ts';
import { loadRules, type RuleSet } from './rules/index.ts';
import { lockdown } from './rules/lockdown.ts';
import { findPhrases, loadPhraseData } from './rules/phrase-rules.ts';
import { applySuppressions, findSuppressions, type Suppression } from './suppressions.ts';
import { extractText, type ExtraText } from './text/extract.ts';
import { tokenize } from './text/tokens.ts';
import type { DocumentContext, DocumentKind, DocumentRule, ProjectTemplate, ReportSpec, RuleMeta } from './types.ts';

/** One checked file: its messages (on the VFile), what kind it is, and what was silenced. */
export interface FileResult {
  file: VFile;
  kind: DocumentKind | 'data';
  suppressions: Suppression[];
}

export { ruleUrl } from './rule-url.ts';

/** Frontmatter keys the project rules point at. */
export const projectKeys = ['id', 'title', 'sendOffsetDays'] as const;

export interface SessionOptions {
  root: string;
  languageOnly?: boolean | undefined;
  stage?: string | undefined;
  /** Also render each template for the site, from the same parse (the Astro integration asks for this). */
  renderLetters?: boolean | undefined;
  /** Retext plugins named in fair-collections.yaml, run on every document's text after the rules (loaded by openSession). */
  plugins?: readonly string[] | undefined;
}

/** A retext plugin as loaded: its name (its messages' rule id) and its attacher. */
export interface LoadedPlugin {
  name: string;
  attacher: Plugin<[], NlcstRoot>;
}

/**
 * A session over a loaded catalogue (undefined when its data is broken):
 * the rules, the stage to assume, and the escalation topics each notice of
 * `noticesFile` mentions, which templates that include it inherit (not for
 * a language-only session, which runs no stage gate). With `reportNotices`,
 * the notices' own wording problems go on `noticesFile`.
 * Throws a UsageError for an unknown `options.stage`.
 */
export function createSession(options: SessionOptions, catalog: Catalog | undefined, noticesFile: VFile | undefined, reportNotices = false, plugins: readonly LoadedPlugin[] = []): Session {
  let stage: Stage | undefined;
  if (options.stage) {
    if (!catalog) throw new UsageError(`--stage needs the ladder data (${contentPaths.ladder}), which does not load`);
    stage = catalog.ladder.stages.find((s) => s.id === options.stage);
    if (!stage) throw unknownStage(options.stage, catalog.ladder.stages);
  }
  const rules = loadRules();
  const session: Session = {
    root: options.root,
    catalog,
    fieldAliases: catalog ? fieldAliases(catalog.fields) : new Map(),
    rules,
    plugins: plugins.map(({ name, attacher }) => ({ name, processor: unified().use(attacher).freeze() })),
    metaById: new Map([...rules.meta.map((m) => [m.id, m] as const), ...plugins.map(({ name }) => [name, pluginMeta(name)] as const)]),
    languageOnly: !!options.languageOnly,
    stage,
    noticeTopics: new Map(),
    counters: { internalErrors: 0 },
    renderLetters: !!options.renderLetters,
  };
  // A language-only session reports no data file and runs no stage gate: the notices' wording and topics would go unread.
  if (catalog && noticesFile && !session.languageOnly) checkNotices(reportNotices ? noticesFile : new VFile({ path: noticesFile.path, value: noticesFile.value }), catalog, session);
  return session;
}

/** What every document check shares: loaded once per process (or per worker). */
export interface Session {
  root: string;
  catalog?: Catalog | undefined;
  /** Other systems' names for the catalogue's fields (`fieldAliases`), read as the fields they stand for. */
  fieldAliases: ReadonlyMap<string, string>;
  rules: RuleSet;
  metaById: Map<string, RuleMeta>;
  languageOnly: boolean;
  stage?: Stage | undefined;
  /** Escalation topics each notice's text mentions, for the stage gates of templates that include it. */
  noticeTopics: Map<string, Set<EscalationTopic>>;
  /** Rules that crashed: the tool failed, whatever the content. Shared by copies of the session. */
  counters: { internalErrors: number };
  renderLetters: boolean;
  /** Retext plugins from the config, each frozen once. */
  plugins: { name: string; processor: Processor<undefined, NlcstRoot, NlcstRoot> }[];
}

export function reporter(file: VFile, meta: RuleMeta) {
  return (spec: ReportSpec) => reportMessage(file, meta, spec);
}

/** The metadata of a retext plugin's messages: warnings, silenced like any warning; its own page on the registry. */
export function pluginMeta(name: string): RuleMeta {
  return {
    id: name,
    name,
    description: `Messages of the retext plugin ${name}, named in fair-collections.yaml.`,
    why: `Reported by ${name}, which this project's config adds to the checks.`,
    source: `https://www.npmjs.com/package/${name}`,
    severity: 'warning',
    suppressible: true,
    scope: 'language',
    examples: { valid: [], invalid: [] },
  };
}

/**
 * Runs a configured retext plugin on the document's text (the same nlcst
 * tree the wording rules read, quotations and all); its messages take the
 * plugin's name as rule id, so the config's severities and a line's
 * suppression comment reach them. Returns 1 when the plugin threw.
 */
function runPlugin(plugin: Session['plugins'][number], context: DocumentContext): number {
  const scratch = new VFile({ path: context.file.path, value: context.file.value });
  try {
    // A copy: a plugin may change the tree it is given, and the rules' tree is kept for the report.
    plugin.processor.runSync(structuredClone(context.text.tree), scratch);
  } catch (error) {
    context.file.message(`Internal error in retext plugin ${plugin.name}: ${(error as Error).message}`, { ruleId: 'internal-error', source: 'fair-collections' }).fatal = true;
    return 1;
  }
  for (const message of scratch.messages) {
    const copy = context.file.message(message.reason, { place: message.place, ruleId: plugin.name, source: plugin.name });
    copy.fatal = false;
    copy.actual = message.actual;
    copy.expected = message.expected;
    copy.url = message.url;
  }
  return 0;
}

/**
 * Runs `rules` over one document's context, each reporting on its file; a
 * rule that throws becomes an `internal-error` message, never a crash.
 * Returns how many threw. The validator and the retext plugin both run rules
 * through here.
 */
export function runRules(context: DocumentContext, rules: readonly DocumentRule[]): number {
  let failed = 0;
  for (const rule of rules) {
    try {
      rule.check(context, reporter(context.file, rule.meta));
    } catch (error) {
      failed++;
      context.file.message(`Internal error in rule ${rule.meta.id}: ${(error as Error).message}`, { ruleId: 'internal-error', source: 'fair-collections' }).fatal = true;
    }
  }
  return failed;
}

function frontmatterExtras(file: VFile, tree: Root, keys: readonly string[]): ExtraText[] {
  return keys.flatMap((key): ExtraText[] => {
    const parsed = frontmatterText(file, tree, key, (sub) => parseDocument(sub, 'markdown'));
    return parsed ? [{ tree: parsed, context: key === 'subject' ? 'subject' : key === 'title' ? 'title' : 'summary' }] : [];
  });
}

/**
 * The ladder step whose days hold the number in a stage id that is not one
 * ("overdue-21" → overdue-15, days 15–29), or, past the last, the nearest:
 * a stage is chosen by when it is sent, which its id's spelling may not show.
 */
function stageByDays(stages: readonly Stage[], id: string): string | undefined {
  const number = /(\d+)/.exec(id);
  if (!number) return undefined;
  const day = Number(number[1]) * (/pre|before/.test(id) ? -1 : 1);
  const steps = stages.filter((s) => s.kind === 'step');
  const holding = steps.find((s) => s.days.from <= day && (s.days.to === undefined || day <= s.days.to));
  if (holding) return holding.id;
  let nearest: Stage | undefined;
  for (const step of steps) if (step.days.from <= day && (!nearest || step.days.from > nearest.days.from)) nearest = step;
  return nearest?.id;
}

/** Keys a template's content cannot be checked without. */
const keysContentNeeds = ['stage', 'channel', 'jurisdictions'] as const;

/**
 * The template's valid frontmatter keys, with defaults for the broken ones,
 * when the content can still be checked; otherwise a warning at the first
 * broken key naming the checks that did not run, and undefined.
 */
function salvage(file: VFile, tree: Root, shape: Readonly<Record<string, import('zod').ZodType>>): TemplateFrontmatter | undefined {
  const valid = validKeys(tree, shape);
  if (!valid) return undefined;
  const broken = keysContentNeeds.filter((key) => !(key in valid));
  if (broken.length > 0) {
    const message = file.message(
      `Not checked for the fields, notices and send day its stage requires, nor for the subject line and escalation gates: fix ${broken.join(', ')} first`,
      { place: frontmatterPlace(file, tree, [broken[0]!]), ruleId: 'frontmatter', source: 'fair-collections' },
    );
    message.fatal = false;
    message.url = ruleUrl('frontmatter');
    return undefined;
  }
  // Every key the content rules read is valid here (checked above), the others default to empty.
  return { id: path.basename(file.path, path.extname(file.path)), title: '', summary: '', notices: [], ...valid } as unknown as TemplateFrontmatter;
}

/** Builds the context every rule reads, then runs the rules that apply. */
export function checkDocument(file: VFile, kind: DocumentKind, session: Session): { result: FileResult; context: DocumentContext; project?: ProjectTemplate | undefined } {
  const tree = parseDocument(file, syntaxFor(file.path));
  // An MDX syntax error stops the project checks, which need the components and fields MDX gives; the wording is still
  // read, from the file parsed as Markdown, so the writer sees its threats and its syntax error in one run.
  const read = tree ?? wordingFallback(file);
  const context: DocumentContext = {
    file,
    kind,
    root: session.root,
    languageOnly: session.languageOnly,
    tree,
    fallbackTree: tree ? undefined : read,
    catalog: session.catalog,
    stage: session.stage,
    locate: (p) => (tree ? frontmatterPlace(file, tree, p) : undefined),
    extras: [],
    text: { tree: { type: 'RootNode', children: [] }, fields: [], verbatim: [] },
    words: { tokens: [], paragraphs: [] },
    phrases: [],
    lawful: new Set(),
    innocent: new Set(),
  };
  // Frontmatter strings are parsed once, with positions in the file, for the wording rules and the letter alike.
  const extras = read && kind !== 'draft' && kind !== 'notice' ? frontmatterExtras(file, read, kind === 'template' ? ['subject', 'title', 'summary'] : ['title', 'summary']) : [];
  context.extras = extras;
  // Frontmatter is YAML whatever the body: past an MDX syntax error it is read from the Markdown parse of the same text,
  // so a wrong type there is reported in the same run (not past a structure limit, whose fallback reads the text with its
  // brackets and braces taken out). The letter, its notices and the project rules need the MDX tree.
  const front = tree ?? (file.messages.some((m) => m.ruleId === 'structure') ? undefined : read);
  if (front && !session.languageOnly) {
    if (kind === 'template' && session.catalog) {
      const schema = templateSchemaFor(session.catalog);
      const stages = session.catalog.ladder.stages;
      context.template = readFrontmatter(file, front, {
        schema,
        keys: Object.keys(schema.shape),
        ruleId: 'frontmatter',
        url: ruleUrl('frontmatter'),
        // A stage by its days ("overdue-20") or its name ("final-reminder"); a jurisdiction another way ("GB").
        suggest: (at, found) =>
          at.length === 1 && at[0] === 'stage' ? (stageByDays(stages, found) ?? stageByName(stages, found)?.id) : at[0] === 'jurisdictions' ? jurisdictionAliases[found.trim().toUpperCase()] : undefined,
      });
      // With broken frontmatter, the keys that are valid still let the content be checked: one run shows every problem.
      const checkable = tree && (context.template ?? salvage(file, tree, schema.shape));
      if (checkable) {
        context.stage = session.catalog.ladder.stages.find((s) => s.id === checkable.stage);
        context.letter = composeLetter(tree, checkable, session.catalog, extras.find((e) => e.context === 'subject')?.tree);
        context.checkable = checkable;
      }
    } else if (kind === 'chapter') {
      context.chapter = readFrontmatter(file, front, { schema: chapterSchema, keys: Object.keys(chapterSchema.shape), ruleId: 'frontmatter', url: ruleUrl('frontmatter') });
    }
  }
  if (read) {
    context.text = extractText(file, read, extras);
    const { givenNames, addressee } = loadPhraseData();
    context.words = tokenize(context.text.tree, context.text.fields, { draft: kind === 'draft', names: givenNames, addressee, fieldAliases: session.fieldAliases });
    context.phrases = findPhrases(context.words.tokens, context.innocent);
    // Past a syntax error, the lockdown rule still reads the Markdown parse for code (rules/lockdown.ts); the other content
    // rules need the MDX tree.
    const contentRules = (rule: DocumentRule) => !session.languageOnly && (rule.meta.kinds ?? ['template']).includes(kind) && (tree !== undefined || rule === lockdown);
    const rules = session.rules.document.filter((rule) => rule.meta.scope === 'language' || contentRules(rule));
    session.counters.internalErrors += runRules(context, rules);
    for (const plugin of session.plugins) session.counters.internalErrors += runPlugin(plugin, context);
    if (context.checkable && context.stage && !session.languageOnly) checkNoticeGates(context, session);
  }
  const suppressions = tree ? findSuppressions(tree) : [];
  applySuppressions(file, suppressions, session.metaById, ruleUrl);
  // Project rules point at these frontmatter keys; their places are taken now, while the tree is at hand.
  const project: ProjectTemplate | undefined =
    context.template && tree
      ? {
          file,
          template: context.template,
          places: Object.fromEntries(projectKeys.map((key) => [key, frontmatterPlace(file, tree, [key])])),
          letter:
            session.renderLetters && context.letter && session.catalog
              ? letterEntry(session.catalog, context.letter, context.template, path.relative(session.root, file.path))
              : undefined,
        }
      : undefined;
  return { result: { file, kind, suppressions }, context, project };
}

/**
 * The wording of a file that does not parse, so the writer sees its threats beside the error in one run: an MDX file
 * with a located `syntax` error is read as Markdown, whose parser takes any text (tags and braces become text or HTML,
 * the words stay where they are); a file whose structure is beyond the limits (a `structure` error) is read with its
 * structure taken out (document/limits.ts `flattenStructure`: same length, every word at its place). Undefined for a
 * Markdown file that does not parse, and when the fallback does not parse either.
 */
function wordingFallback(file: VFile): Root | undefined {
  if (file.messages.some((m) => m.ruleId === 'structure')) {
    return parseDocument(new VFile({ path: file.path, value: flattenStructure(String(file.value)) }), 'markdown');
  }
  if (syntaxFor(file.path) !== 'mdx' || !file.messages.some((m) => m.ruleId === 'syntax')) return undefined;
  const before = file.messages.length;
  const tree = parseDocument(file, 'markdown');
  // Markdown reports nothing the MDX parse did not already; anything it did say would repeat the syntax error.
  file.messages.length = before;
  return tree;
}

/** An included notice may not bring in an escalation topic the template's stage does not allow. */
function checkNoticeGates(context: DocumentContext, session: Session): void {
  const meta = session.metaById.get('escalation')!;
  const report = reporter(context.file, meta);
  context.checkable!.notices.forEach((id, index) => {
    for (const topic of session.noticeTopics.get(id) ?? []) {
      if (context.stage!.mayMention.includes(topic)) continue;
      report({
        reason: `Notice "${id}" mentions ${topic.replace('-', ' ')}, which stage “${context.stage!.name}” may not mention`,
        place: context.locate(['notices', index]),
        actual: id,
        expected: ['Remove the notice, or use a template of a later stage.'],
      });
    }
  });
}

/** How a notice's problem names its notice, at the end of its reason: ` (notice "already-paid")`. */
const noticeTag = (id: string) => ` (notice "${id}")`;

/** The notice a problem reported on content/notices.yaml belongs to (`checkNotices`), or undefined for the file's own. */
export function noticeOf(reason: string): string | undefined {
  return /\(notice "([^"]+)"\)$/.exec(reason)?.[1];
}

/**
 * Language-checks each notice's text and records the escalation topics it
 * mentions. Problems are reported on content/notices.yaml, at the notice.
 */
export function checkNotices(noticesFile: VFile, catalog: Catalog, session: Session): void {
  const yaml = parseYamlDocument(String(noticesFile.value));
  const lines = String(noticesFile.value).split('\n');
  const phrases = loadPhraseData();
  catalog.notices.forEach((notice, index) => {
    const node = yaml.getIn([index, 'text'], true);
    const scratch = new VFile({ path: noticesFile.path, value: notice.text });
    // Notices reach customers inside letters: checked as template text, with every stage's gates open.
    const { result, context } = checkDocument(scratch, 'notice', { ...session, languageOnly: true, stage: undefined });
    const topics = new Set<EscalationTopic>();
    for (const topic of escalationTopics) if (selectMatches(context, phrases.escalation.id, phrases.cues, topic).length > 0) topics.add(topic);
    session.noticeTopics.set(notice.id, topics);
    // Map positions inside the notice text back to the YAML file.
    const range = isScalar(node) ? node.range : undefined;
    const startLine = range ? String(noticesFile.value).slice(0, range[0]).split('\n').length : 1;
    const block = isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED);
    const firstLine = block ? startLine + 1 : startLine;
    const indent = block ? (/^\s*/.exec(lines[firstLine - 1] ?? '')?.[0].length ?? 0) : 0;
    for (const message of result.file.messages as VFileMessage[]) {
      const line = (message.line ?? 1) + firstLine - 1;
      const column = block ? (message.column ?? 1) + indent : 1;
      const copy = noticesFile.message(`${message.reason}${noticeTag(notice.id)}`, { place: { line, column }, ruleId: message.ruleId ?? 'notice', source: message.source ?? 'fair-collections' });
      copy.fatal = message.fatal;
      copy.url = message.url;
      copy.note = message.note;
      copy.actual = message.actual;
      copy.expected = message.expected;
    }
  });
}

