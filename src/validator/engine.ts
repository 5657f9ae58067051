import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'mdast';
import { isScalar, parseDocument as parseYamlDocument, Scalar } from 'yaml';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { loadCatalog, type Catalog } from '../catalog/load.ts';
import { frontmatterNode, frontmatterPlace, frontmatterText, readFrontmatter } from '../document/frontmatter.ts';
import { parseDocument, syntaxFor } from '../document/parse.ts';
import { pageUrl } from '../deployment.ts';
import { composeLetter } from '../letters/index.ts';
import { templateSchemaFor } from '../library/template.ts';
import { chapterSchema, escalationTopics, type EscalationTopic, type Stage } from '../model/index.ts';
import { contentPaths } from '../project.ts';
import { defaultTargets, kindByLocation, readTarget, resolveTargets, UsageError } from './files.ts';
import { selectMatches } from './phrases/select.ts';
import { loadRules, type RuleSet } from './rules/index.ts';
import { loadPhraseData } from './rules/phrase-rules.ts';
import { applySuppressions, findSuppressions, type Suppression } from './suppressions.ts';
import { extractText, type ExtraText } from './text/extract.ts';
import { tokenize } from './text/tokens.ts';
import type { DocumentContext, DocumentKind, ProjectTemplate, ReportSpec, RuleMeta } from './types.ts';

export interface ValidateOptions {
  /** The project root: where content/ and templates/ are. */
  root: string;
  /** Files, folders or globs; default: every template and chapter, and the data files. */
  paths?: readonly string[] | undefined;
  /** Where relative paths are resolved; default: `root`. */
  cwd?: string | undefined;
  /** Check wording only (any Markdown, MDX or text draft). */
  languageOnly?: boolean | undefined;
  /** Stage id to assume for files that have none. */
  stage?: string | undefined;
}

export interface FileResult {
  file: VFile;
  kind: DocumentKind | 'data';
  suppressions: Suppression[];
}

export interface Report {
  files: FileResult[];
  rules: RuleMeta[];
  errorCount: number;
  warningCount: number;
  /** A rule crashed: the tool failed, whatever the content. */
  internalErrors: number;
}

export function ruleUrl(ruleId: string): string {
  return pageUrl(`rules/${ruleId}/`);
}

interface Shared {
  root: string;
  catalog?: Catalog | undefined;
  rules: RuleSet;
  metaById: Map<string, RuleMeta>;
  languageOnly: boolean;
  stage?: Stage | undefined;
  /** Escalation topics each notice's text mentions, for the stage gates of templates that include it. */
  noticeTopics: Map<string, Set<EscalationTopic>>;
  internalErrors: number;
}

function reporter(file: VFile, meta: RuleMeta) {
  return (spec: ReportSpec) => {
    const message = file.message(spec.reason, { place: spec.place ?? undefined, ruleId: meta.id, source: 'fair-collections' });
    message.fatal = (spec.severity ?? meta.severity) === 'error';
    message.note = meta.why;
    message.url = ruleUrl(meta.id);
    if (spec.actual !== undefined) message.actual = spec.actual;
    if (spec.expected) message.expected = spec.expected;
  };
}

function looksLike(tree: Root): 'template' | 'chapter' | undefined {
  const node = frontmatterNode(tree);
  if (!node) return undefined;
  if (/^(stage|channel):/m.test(node.value)) return 'template';
  if (/^(order|owner):/m.test(node.value)) return 'chapter';
  return undefined;
}

function frontmatterExtras(file: VFile, tree: Root, keys: readonly string[]): ExtraText[] {
  return keys.flatMap((key): ExtraText[] => {
    const parsed = frontmatterText(file, tree, key, (sub) => parseDocument(sub, 'markdown'));
    return parsed ? [{ tree: parsed, context: key === 'subject' ? 'subject' : key === 'title' ? 'title' : 'summary' }] : [];
  });
}

/** Builds the context every rule reads, then runs the rules that apply. */
function checkDocument(file: VFile, kind: DocumentKind, shared: Shared): { result: FileResult; context: DocumentContext; project?: ProjectTemplate | undefined } {
  const tree = parseDocument(file, syntaxFor(file.path));
  const context: DocumentContext = {
    file,
    kind,
    languageOnly: shared.languageOnly,
    tree,
    catalog: shared.catalog,
    stage: shared.stage,
    locate: (p) => (tree ? frontmatterPlace(file, tree, p) : undefined),
    text: { tree: { type: 'RootNode', children: [] }, fields: [] },
    words: { tokens: [], paragraphs: [] },
    phrases: [],
  };
  // Frontmatter strings are parsed once, with positions in the file, for the wording rules and the letter alike.
  const extras = tree && kind !== 'draft' && kind !== 'notice' ? frontmatterExtras(file, tree, kind === 'template' ? ['subject', 'title', 'summary'] : ['title', 'summary']) : [];
  if (tree && !shared.languageOnly) {
    if (kind === 'template' && shared.catalog) {
      const schema = templateSchemaFor(shared.catalog);
      context.template = readFrontmatter(file, tree, { schema, keys: Object.keys(schema.shape), ruleId: 'frontmatter', url: ruleUrl('frontmatter') });
      if (context.template) {
        context.stage = shared.catalog.ladder.stages.find((s) => s.id === context.template!.stage);
        context.letter = composeLetter(tree, context.template, shared.catalog, extras.find((e) => e.context === 'subject')?.tree);
      }
    } else if (kind === 'chapter') {
      context.chapter = readFrontmatter(file, tree, { schema: chapterSchema, keys: Object.keys(chapterSchema.shape), ruleId: 'frontmatter', url: ruleUrl('frontmatter') });
    }
  }
  if (tree) {
    context.text = extractText(file, tree, extras);
    context.words = tokenize(context.text.tree, context.text.fields, { wholeQuoteIsMessage: kind === 'draft' });
    context.phrases = loadPhraseData().matcher.scan(context.words.tokens);
    for (const rule of shared.rules.document) {
      if (rule.meta.scope !== 'language' && (shared.languageOnly || !(rule.meta.kinds ?? ['template']).includes(kind))) continue;
      try {
        rule.check(context, reporter(file, rule.meta));
      } catch (error) {
        shared.internalErrors++;
        file.message(`Internal error in rule ${rule.meta.id}: ${(error as Error).message}`, { ruleId: 'internal-error', source: 'fair-collections' }).fatal = true;
      }
    }
    if (context.template && context.stage && !shared.languageOnly) checkNoticeGates(context, shared);
  }
  const suppressions = tree ? findSuppressions(tree) : [];
  applySuppressions(file, suppressions, shared.metaById, ruleUrl);
  const project: ProjectTemplate | undefined = context.template && tree ? { file, template: context.template, locate: (key) => frontmatterPlace(file, tree, [key]) } : undefined;
  return { result: { file, kind, suppressions }, context, project };
}

/** An included notice may not bring in an escalation topic the template's stage does not allow. */
function checkNoticeGates(context: DocumentContext, shared: Shared): void {
  const meta = shared.metaById.get('escalation')!;
  const report = reporter(context.file, meta);
  context.template!.notices.forEach((id, index) => {
    for (const topic of shared.noticeTopics.get(id) ?? []) {
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

/**
 * Language-checks each notice's text and records the escalation topics it
 * mentions. Problems are reported on content/notices.yaml, at the notice.
 */
function checkNotices(noticesFile: VFile, catalog: Catalog, shared: Shared): void {
  const yaml = parseYamlDocument(String(noticesFile.value));
  const lines = String(noticesFile.value).split('\n');
  const phrases = loadPhraseData();
  catalog.notices.forEach((notice, index) => {
    const node = yaml.getIn([index, 'text'], true);
    const scratch = new VFile({ path: noticesFile.path, value: notice.text });
    // Notices reach customers inside letters: checked as template text, with every stage's gates open.
    const { result, context } = checkDocument(scratch, 'notice', { ...shared, languageOnly: true, stage: undefined });
    const topics = new Set<EscalationTopic>();
    for (const topic of escalationTopics) if (selectMatches(context, phrases.escalation.id, phrases.cues, topic).length > 0) topics.add(topic);
    shared.noticeTopics.set(notice.id, topics);
    // Map positions inside the notice text back to the YAML file.
    const range = isScalar(node) ? node.range : undefined;
    const startLine = range ? String(noticesFile.value).slice(0, range[0]).split('\n').length : 1;
    const block = isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED);
    const firstLine = block ? startLine + 1 : startLine;
    const indent = block ? (/^\s*/.exec(lines[firstLine - 1] ?? '')?.[0].length ?? 0) : 0;
    for (const message of result.file.messages as VFileMessage[]) {
      const line = (message.line ?? 1) + firstLine - 1;
      const column = block ? (message.column ?? 1) + indent : 1;
      const copy = noticesFile.message(`${message.reason} (notice "${notice.id}")`, { place: { line, column }, ruleId: message.ruleId ?? 'notice', source: message.source ?? 'fair-collections' });
      copy.fatal = message.fatal;
      copy.url = message.url;
      copy.note = message.note;
      copy.actual = message.actual;
      copy.expected = message.expected;
    }
  });
}

function sortMessages(file: VFile): void {
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || String(a.ruleId).localeCompare(String(b.ruleId)) || a.reason.localeCompare(b.reason));
}

export interface TextOptions {
  /** Treated as this kind of document; default: a draft (wording only). */
  kind?: DocumentKind | undefined;
  /** A name for messages; relative paths inside the project decide nothing here. */
  path?: string | undefined;
  /** Stage to assume for this text (overrides the checker's). */
  stage?: string | undefined;
}

/**
 * A checker for text held in memory (rule examples, the judgement corpus,
 * an editor integration): the catalogue and rules are loaded once.
 */
export async function createChecker(options: Pick<ValidateOptions, 'root' | 'languageOnly' | 'stage'>) {
  const root = path.resolve(options.root);
  const rules = loadRules();
  const { catalog } = await loadCatalog(root);
  const stage = options.stage ? catalog?.ladder.stages.find((s) => s.id === options.stage) : undefined;
  if (options.stage && !stage) throw new UsageError(`Unknown stage "${options.stage}"`);
  const shared: Shared = {
    root,
    catalog,
    rules,
    metaById: new Map(rules.meta.map((m) => [m.id, m])),
    languageOnly: !!options.languageOnly,
    stage,
    noticeTopics: new Map(),
    internalErrors: 0,
  };
  if (catalog) checkNotices(new VFile({ path: path.join(root, contentPaths.notices), value: await readFile(path.join(root, contentPaths.notices), 'utf8') }), catalog, shared);
  return {
    check(text: string, textOptions: TextOptions = {}): FileResult {
      const file = new VFile({ path: textOptions.path ?? 'draft.md', value: text });
      let own = shared;
      if (textOptions.stage) {
        const found = catalog?.ladder.stages.find((s) => s.id === textOptions.stage);
        if (!found) throw new UsageError(`Unknown stage "${textOptions.stage}"`);
        own = { ...shared, stage: found };
      }
      return checkDocument(file, textOptions.kind ?? 'draft', own).result;
    },
  };
}

/** Validates files against the rules, the content model and the ladder. Throws only for the tool's own failures. */
export async function validate(options: ValidateOptions): Promise<Report> {
  const root = path.resolve(options.root);
  const cwd = options.cwd ?? root;
  const explicit = options.paths && options.paths.length > 0;
  const targets = explicit ? await resolveTargets(options.paths!, cwd) : await defaultTargets(root);
  const rules = loadRules();
  const metaById = new Map(rules.meta.map((m) => [m.id, m]));
  const { catalog, files: dataFiles } = await loadCatalog(root);
  let stage: Stage | undefined;
  if (options.stage) {
    if (!catalog) throw new UsageError(`--stage needs the ladder data (${contentPaths.ladder}), which does not load`);
    stage = catalog.ladder.stages.find((s) => s.id === options.stage);
    if (!stage) throw new UsageError(`Unknown stage "${options.stage}". Stages: ${catalog.ladder.stages.map((s) => s.id).join(', ')}`);
  }
  const shared: Shared = { root, catalog, rules, metaById, languageOnly: !!options.languageOnly, stage, noticeTopics: new Map(), internalErrors: 0 };

  const results: FileResult[] = [];
  const dataTargets = new Set(targets.filter((t) => kindByLocation(t, root) === 'data'));
  // Broken data is reported when it is checked, or when it stops templates and chapters being checked.
  const needsCatalog = targets.some((t) => kindByLocation(t, root) === 'template' || kindByLocation(t, root) === 'chapter');
  for (const dataFile of dataFiles) {
    const wanted = !explicit || dataTargets.has(dataFile.path) || (!catalog && needsCatalog);
    if (catalog && dataFile.path === path.join(root, contentPaths.notices)) checkNotices(dataFile, catalog, shared);
    if (wanted && !options.languageOnly) results.push({ file: dataFile, kind: 'data', suppressions: [] });
  }

  const projectTemplates: ProjectTemplate[] = [];
  for (const target of targets) {
    if (dataTargets.has(target)) continue;
    const { file, ok } = await readTarget(target, root);
    let kind: DocumentKind = 'draft';
    const located = kindByLocation(target, root);
    if (located === 'template' || located === 'chapter') kind = located;
    if (!ok) {
      results.push({ file, kind, suppressions: [] });
      continue;
    }
    if (kind === 'draft' && !options.languageOnly) {
      const peek = parseDocument(new VFile({ path: target, value: file.value }), syntaxFor(target));
      kind = (peek && looksLike(peek)) ?? 'draft';
    }
    const { result, project } = checkDocument(file, kind, shared);
    results.push(result);
    if (project) projectTemplates.push(project);
  }

  if (catalog && !options.languageOnly && projectTemplates.length > 0) {
    for (const rule of rules.project) rule.check(projectTemplates, catalog, (file, spec) => reporter(file, rule.meta)(spec));
  }

  let errorCount = 0;
  let warningCount = 0;
  for (const { file } of results) {
    // Messages raised while reading and parsing get the same why and link as rule messages.
    for (const message of file.messages) {
      const meta = metaById.get(String(message.ruleId));
      if (meta) {
        message.note ??= meta.why;
        message.url ??= ruleUrl(meta.id);
      }
    }
    sortMessages(file);
    for (const message of file.messages) message.fatal ? errorCount++ : warningCount++;
  }
  results.sort((a, b) => a.file.path.localeCompare(b.file.path));
  return { files: results, rules: rules.meta, errorCount, warningCount, internalErrors: shared.internalErrors };
}
