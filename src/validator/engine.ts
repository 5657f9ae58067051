import path from 'node:path';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { VFile } from 'vfile';
import { loadCatalog } from '../catalog/load.ts';
import { applyProjectConfig, configFileName, loadProjectConfig } from '../config/project-config.ts';
import { sortLetters, type Library } from '../library/entry.ts';
import { contentPaths } from '../project.ts';
import { dataFingerprint, LintCache } from './cache.ts';
import { defaultTargets, kindByLocation, readTarget, resolveTargets, UsageError } from './files.ts';
import { unknownStage } from './usage-error.ts';
import { checkInParallel, workerCount } from './parallel.ts';
import { today } from '../governance/review.ts';
import { completeMessages, reportMessage } from './report-message.ts';
import { chapterFilesMeta, checkChapterFiles } from './rules/chapters.ts';
import { projectRules } from './rules/project.ts';
import { fromPlain, toPlain, type PlainResult } from './serialize.ts';
import { noticeOf, pluginMeta, type FileResult, type Session } from './session.ts';
import type { DocumentKind, ProjectTemplate, RuleMeta } from './types.ts';

// The checks themselves (parsers, rule data, word lists) load only when a file is not in the cache.
const loadChecks = () => import('./run.ts');

export { ruleUrl } from './rule-url.ts';
export type { FileResult } from './session.ts';

/** What checking the files outside the cache gives back. */
export interface FreshResults {
  results: PlainResult[];
  internalErrors: number;
  /** notices.yaml with the notices' own wording problems. */
  notices?: PlainResult | undefined;
  /** `dataFingerprint` of the content data the checks read, to tell whether it changed during the run. */
  dataFingerprint: string;
}

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
  /** Reuse results of unchanged files from the last run (node_modules/.cache/fair-collections). */
  cache?: boolean | undefined;
  /** Threads to check on, this one included; default: as many as the files are worth on this machine. 0 or 1 checks in this thread alone. */
  workers?: number | undefined;
  /** Also render every template for the site from the same parse (Report.library). */
  renderLetters?: boolean | undefined;
}

export interface Report {
  files: FileResult[];
  errorCount: number;
  warningCount: number;
  /** A rule crashed: the tool failed, whatever the content. */
  internalErrors: number;
  /** Files served from the cache. */
  cached: number;
  /** Problems of the run that are not the content's and did not change the results (a cache that could not be used), for stderr. */
  toolWarnings: string[];
  /** The command line's paths that named nothing to check, one sentence each: the run still fails (exit 2), after checking the rest. */
  unmatched: string[];
  /** With renderLetters and valid data: the template library, rendered from the validator's own parse. */
  library?: Library | undefined;
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
export async function createChecker(options: { root: string; languageOnly?: boolean | undefined; stage?: string | undefined }) {
  const [{ openSession }, { checkDocument }] = await Promise.all([loadChecks(), import('./session.ts')]);
  const { session } = await openSession(options);
  return {
    check(text: string, textOptions: TextOptions = {}): FileResult {
      const file = new VFile({ path: textOptions.path ?? 'draft.md', value: text });
      let own: Session = session;
      if (textOptions.stage) {
        const found = session.catalog?.ladder.stages.find((stage) => stage.id === textOptions.stage);
        if (!found) throw unknownStage(textOptions.stage, session.catalog?.ladder.stages ?? []);
        own = { ...session, stage: found };
      }
      return checkDocument(file, textOptions.kind ?? 'draft', own).result;
    },
  };
}

/** The sizes of `paths` added up; a file that cannot be read counts as empty (reading it reports why). */
async function totalBytes(paths: readonly string[]): Promise<number> {
  let bytes = 0;
  for (let i = 0; i < paths.length; i += 64) {
    const sizes = await Promise.all(paths.slice(i, i + 64).map((p) => stat(p).then((s) => s.size, () => 0)));
    for (const size of sizes) bytes += size;
  }
  return bytes;
}

/**
 * Checks files that are not in the cache — on several threads when there are
 * enough of them — and the notices' wording, which belongs to notices.yaml.
 */
async function checkFresh(targets: readonly string[], options: ValidateOptions, root: string, plugins: readonly string[]): Promise<FreshResults> {
  const sessionOptions = { root, languageOnly: options.languageOnly, stage: options.stage, renderLetters: options.renderLetters, plugins };
  const threads = options.workers ?? workerCount(await totalBytes(targets));
  const checkHere = async (files: Iterable<string>): Promise<FreshResults> => {
    const { openSession, checkTargets } = await loadChecks();
    const { session, dataFiles } = await openSession(sessionOptions, true);
    const results: PlainResult[] = [];
    for await (const { result, project } of checkTargets(files, session)) results.push(toPlain(result, project));
    const notices = dataFiles.find((file) => file.path === path.join(root, contentPaths.notices));
    return {
      results,
      internalErrors: session.counters.internalErrors,
      notices: notices && toPlain({ file: notices, kind: 'data', suppressions: [] }),
      dataFingerprint: dataFingerprint(dataFiles),
    };
  };
  return threads > 1 ? checkInParallel(targets, sessionOptions, threads, checkHere) : checkHere(targets);
}

/** Validates files against the rules, the content model and the ladder. Throws only for the tool's own failures. */
export async function validate(options: ValidateOptions): Promise<Report> {
  const root = path.resolve(options.root);
  const cwd = options.cwd ?? root;
  const explicit = options.paths && options.paths.length > 0;
  const { files: targets, unmatched } = explicit ? await resolveTargets(options.paths!, cwd) : { files: await defaultTargets(root), unmatched: [] };
  // Nothing named exists: a usage error, as before any check. Some of it does: that is checked, and the rest reported.
  if (targets.length === 0 && unmatched.length > 0) throw new UsageError(unmatched.join('\n'));
  const { catalog, files: dataFiles } = await loadCatalog(root);
  if (options.stage && catalog && !catalog.ladder.stages.some((s) => s.id === options.stage)) {
    throw unknownStage(options.stage, catalog.ladder.stages);
  }
  if (options.stage && !catalog) throw new UsageError(`--stage needs the ladder data (${contentPaths.ladder}), which does not load`);

  // fair-collections.yaml (optional): severities per rule and path, where rule links point, and retext plugins to run. Its own problems are reported like a data file's.
  let metaById: Map<string, RuleMeta> | undefined;
  const loadMeta = async () => (metaById ??= new Map((await import('./rules/index.ts')).loadRules().meta.map((m) => [m.id, m])));
  const { config, file: configFile } = existsSync(path.join(root, configFileName)) ? await loadProjectConfig(root, [...(await loadMeta()).values()]) : {};
  const plugins = config?.plugins ?? [];
  // A plugin's messages get their why and link as a rule's do, here as in the language server's session.
  if (plugins.length > 0) {
    const meta = await loadMeta();
    for (const name of plugins) meta.set(name, pluginMeta(name));
  }

  const dataTargets = new Set(targets.filter((t) => kindByLocation(t, root) === 'data'));
  const documents = targets.filter((t) => !dataTargets.has(t));
  const cache = options.cache
    ? // Review dates are judged as of today: a result cached yesterday may miss a warning due today.
      await LintCache.open(root, dataFiles, { languageOnly: !!options.languageOnly, stage: options.stage ?? null, renderLetters: !!options.renderLetters, today: today().toISOString().slice(0, 10), plugins: plugins.join(' ') })
    : undefined;

  // Files whose bytes are unchanged since the last run are answered from the cache.
  const plain = new Map<string, PlainResult>();
  if (cache) {
    await Promise.all(
      documents.map(async (target) => {
        const hash = (await readTarget(target, root)).file.data.contentHash;
        const hit = hash === undefined ? undefined : cache.get(target, hash);
        if (hit) plain.set(target, hit);
      }),
    );
  }
  const fresh = documents.filter((t) => !plain.has(t));
  const noticesFile = dataFiles.find((f) => f.path === path.join(root, contentPaths.notices));
  const noticesHash = noticesFile?.data.contentHash;
  let notices = noticesHash === undefined ? undefined : cache?.get('#notices', noticesHash);
  let internalErrors = 0;
  // The notices are checked with the templates, never for a language-only run, which reports no data file.
  if (fresh.length > 0 || (catalog && noticesFile && !notices && !options.languageOnly)) {
    const checked = await checkFresh(fresh, options, root, plugins);
    internalErrors += checked.internalErrors;
    // Results are stored under the hash of the bytes the checks read, never one taken earlier, and only when the checks saw the same content data as the cache key.
    const storable = cache && checked.dataFingerprint === dataFingerprint(dataFiles);
    if (cache && !storable) cache.warnings.push('The content data changed during the run; its results were not cached.');
    checked.results.forEach((result, i) => {
      plain.set(fresh[i]!, result);
      if (storable && result.hash) cache.set(fresh[i]!, result.hash, result);
    });
    notices = checked.notices;
    if (storable && notices?.hash) cache.set('#notices', notices.hash, notices);
  }

  const results: FileResult[] = [];
  // Files checked as templates or chapters need the content model, wherever they are: one outside the project read as a
  // template by its frontmatter, under a --root with no content model, would otherwise pass its project checks unrun.
  const needsCatalog = documents.some((t) => plain.get(t)!.kind === 'template' || plain.get(t)!.kind === 'chapter');
  // A template named alone is sent with the notices it lists: their problems are reported with it, or checking it would
  // pass a letter the whole-project run blocks.
  const listedNotices = new Set(documents.flatMap((t) => plain.get(t)!.template?.notices ?? []));
  for (const dataFile of dataFiles) {
    const named = !explicit || dataTargets.has(dataFile.path);
    // The notices' own wording problems belong to content/notices.yaml.
    if (catalog && dataFile === noticesFile && notices) {
      const messages = fromPlain(notices, root).result.file.messages;
      dataFile.messages.push(...(named ? messages : messages.filter((m) => listedNotices.has(noticeOf(m.reason) ?? ''))));
    }
    const wanted = named || (!catalog && needsCatalog) || (dataFile === noticesFile && listedNotices.size > 0 && dataFile.messages.length > 0);
    if (wanted && !options.languageOnly) results.push({ file: dataFile, kind: 'data', suppressions: [] });
  }

  const projectTemplates: ProjectTemplate[] = [];
  for (const target of documents) {
    const { result, project } = fromPlain(plain.get(target)!, root);
    results.push(result);
    if (project) projectTemplates.push(project);
  }
  if (catalog && !options.languageOnly && projectTemplates.length > 0) {
    for (const rule of projectRules) rule.check(projectTemplates, catalog, (file, spec) => reportMessage(file, rule.meta, spec));
  }
  if (!options.languageOnly) {
    const chapters = results.filter((r) => r.kind === 'chapter').map((r) => r.file);
    const ladderFile = results.find((r) => r.kind === 'data' && r.file.path === path.join(root, contentPaths.ladder))?.file;
    const folder = await readdir(path.join(root, contentPaths.handbook), { recursive: true }).catch(() => [] as string[]);
    checkChapterFiles(root, folder, chapters, catalog, ladderFile, (file, spec) => reportMessage(file, chapterFilesMeta, spec));
  }
  await cache?.save();

  let errorCount = 0;
  let warningCount = 0;
  if (configFile && (configFile.messages.length > 0 || !explicit)) results.push({ file: configFile, kind: 'data', suppressions: [] });
  for (const { file } of results) {
    // The rules' metadata loads only when a message needs it (a run served from the cache may have none).
    if (file.messages.some((m) => !m.note || !m.url)) await loadMeta();
    completeMessages(file, metaById ?? new Map());
    if (config && file !== configFile) applyProjectConfig(file, path.relative(root, file.path).split(path.sep).join('/'), config);
    for (const message of file.messages) message.fatal ? errorCount++ : warningCount++;
  }
  results.sort((a, b) => a.file.path.localeCompare(b.file.path));
  const letters = projectTemplates.flatMap((t) => (t.letter ? [t.letter] : []));
  return {
    files: results,
    library: options.renderLetters && catalog ? { catalog, templates: sortLetters(catalog, letters) } : undefined,
    errorCount,
    warningCount,
    internalErrors,
    cached: documents.length - fresh.length,
    toolWarnings: cache?.warnings ?? [],
    unmatched,
  };
}
