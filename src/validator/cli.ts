import { closeSync, lstatSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { VFile } from 'vfile';
import { validate, type FileResult, type Report } from './engine.ts';
import { applyFixes, automaticFixes, fixable } from './fix.ts';
import { UsageError } from './files.ts';
import { closest } from '../source/suggest.ts';
import { unifiedDiff } from './report/diff.ts';
import { escapeControls, formatReport, formats, type Format } from './report/format.ts';
import { RuleDataError } from './rules/rule-data-error.ts';

/** The project this tool belongs to: its content model and data are what files are checked against. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export const toolVersion: string = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).version;

const help = `Usage: fair-collections-lint [options] [paths…]

Checks collection letters, templates and handbook pages for harassing or
threatening wording and for the content each stage of the ladder requires.
With no paths, checks every template, every chapter and the data files.

Paths may be files, folders or globs, anywhere on disk.

Options:
  --format <name>      stylish (default), json, github or sarif
  --language-only      only the wording rules (any Markdown, MDX or text draft)
  --stage <id>         stage to assume for files without one (default: the latest)
  --max-warnings <n>   fail when there are more than n warnings (-1: no limit)
  --quiet              report errors only
  --cache              reuse results of unchanged files (node_modules/.cache/fair-collections)
  --fix                apply the safe fixes in place, then report what remains
  --fix-dry-run        print the diff --fix would apply; change nothing
  --root <dir>         project whose content model to check against
  -h, --help           show this help
  -v, --version        show the version

Exit codes:
  0  no errors, and no more warnings than --max-warnings (warnings alone: 0)
  1  errors (a refused fair-collections.yaml's too), or too many warnings
  2  the tool itself failed: bad usage, broken rule data, a rule or plugin
     that crashed (the report, if printed, is incomplete)
`;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  color: boolean;
}

function dropWarnings(report: Report): Report {
  for (const result of report.files) result.file.messages = result.file.messages.filter((m) => m.fatal);
  return { ...report, warningCount: 0 };
}

/** Passes of fixing and checking again, at most: a fix may reveal another (a field inside a sentence in capitals). */
const maxFixPasses = 4;

/** A file's text before and after its safe fixes, and how many were applied. */
interface PlannedFix {
  result: FileResult;
  before: string;
  after: string;
  applied: number;
}

/**
 * The text each checked file would have after its safe fixes, found in
 * memory: fixes applied (non-overlapping), the text checked again as the
 * same kind of document, and again, until nothing is left to fix or after
 * `maxFixPasses`. A file that was not read or did not parse is never fixed,
 * and a pass whose text would no longer parse is dropped. With `errorsOnly`
 * (--quiet), the warnings of each pass are not fixed either.
 */
async function planFixes(report: Report, options: { root: string; languageOnly: boolean; stage?: string | undefined }, errorsOnly: boolean): Promise<PlannedFix[]> {
  let session: import('./session.ts').Session | undefined;
  let config: import('../config/project-config.ts').ProjectConfig | undefined;
  let applyConfig: typeof import('../config/project-config.ts').applyProjectConfig | undefined;
  const planned: PlannedFix[] = [];
  for (const result of report.files) {
    if (!fixable(result.kind, result.file.messages) || result.kind === 'data') continue;
    const before = String(result.file.value ?? '');
    let text = before;
    let messages: FixableMessages = result.file.messages.filter((m) => m.fatal || !errorsOnly);
    let applied = 0;
    for (let pass = 0; pass < maxFixPasses; pass++) {
      const next = applyFixes(text, automaticFixes(messages, text));
      if (next.applied.length === 0) break;
      if (!session) {
        const { openSession } = await import('./run.ts');
        session = (await openSession({ root: options.root, languageOnly: options.languageOnly, stage: options.stage })).session;
        // fair-collections.yaml as the run applied it: a rule turned off for a path is not fixed on a later pass either.
        const projectConfig = await import('../config/project-config.ts');
        config = (await projectConfig.loadProjectConfig(options.root, (await import('./rules/index.ts')).loadRules().meta)).config;
        applyConfig = projectConfig.applyProjectConfig;
      }
      const { checkText } = await import('./check-text.ts');
      const checked = checkText(new VFile({ path: result.file.path, value: next.text, cwd: options.root }), result.kind, session);
      if (config && applyConfig) applyConfig(checked.file, path.relative(options.root, result.file.path).split(path.sep).join('/'), config);
      if (!fixable(result.kind, checked.file.messages) || brokenMore(result.file.messages, checked.file.messages)) break;
      text = next.text;
      applied += next.applied.length;
      messages = checked.file.messages.filter((m) => m.fatal || !errorsOnly);
    }
    if (text !== before) planned.push({ result, before, after: text, applied });
  }
  return planned;
}

type FixableMessages = FileResult['file']['messages'];

/** Whether a fixed text has more frontmatter errors than before (a fix must never break the YAML). */
function brokenMore(before: FixableMessages, after: FixableMessages): boolean {
  const count = (messages: FixableMessages) => messages.filter((m) => m.ruleId === 'frontmatter').length;
  return count(after) > count(before);
}

/** Whether a file starts with a UTF-8 byte-order mark (three bytes read; false when it cannot be read). */
function startsWithBom(file: string): boolean {
  try {
    const fd = openSync(file, 'r');
    try {
      const head = Buffer.alloc(3);
      return readSync(fd, head, 0, 3, 0) === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/**
 * Writes a fixed file in place, only if it is a regular file (not a link)
 * whose text is still what was checked; its byte-order mark, if any, is kept
 * (line endings are kept by the fixes themselves). False, with a warning,
 * when it was not written.
 */
function writeFixed(plan: PlannedFix, io: Io): boolean {
  const file = plan.result.file.path;
  const name = escapeControls(path.relative(io.cwd, file) || file);
  try {
    if (!lstatSync(file).isFile()) {
      io.stderr(`Warning: ${name} was not fixed: it is not a regular file (a symbolic link?)\n`);
      return false;
    }
    const bom = startsWithBom(file);
    if (new TextDecoder('utf-8').decode(readFileSync(file)) !== plan.before) {
      io.stderr(`Warning: ${name} was not fixed: it changed while it was being checked\n`);
      return false;
    }
    writeFileSync(file, (bom ? '\uFEFF' : '') + plan.after);
    return true;
  } catch (error) {
    io.stderr(`Warning: ${name} was not fixed: ${escapeControls((error as Error).message)}\n`);
    return false;
  }
}

/** A file's name in a diff: relative to the folder the tool runs in, with / between folders, or absolute when it lies outside it. */
function diffName(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return !relative || relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(file) : relative.split(path.sep).join('/');
}

/**
 * A run's exit code, as the help and the README state it: 2 when a rule or
 * plugin crashed (the report is incomplete); 1 for any error, a refused
 * fair-collections.yaml's included, or more warnings than --max-warnings
 * allows (with --quiet, `report` has none); otherwise 0, warnings or not.
 */
function exitCode(report: Report, maxWarnings: number | undefined, io: Io): number {
  // A mistyped path is the run's own failure, whatever the files it did find say.
  for (const sentence of report.unmatched) io.stderr(`${escapeControls(sentence)}\n`);
  if (report.internalErrors > 0 || report.unmatched.length > 0) return 2;
  if (report.errorCount > 0) return 1;
  if (maxWarnings !== undefined && report.warningCount > maxWarnings) {
    io.stderr(`Too many warnings (${report.warningCount}); the maximum is ${maxWarnings}.\n`);
    return 1;
  }
  return 0;
}

/** "--max-warnings -1" (ESLint's "no limit") as "--max-warnings=-1": the option parser would take "-1" for an option. */
function joinNegativeCounts(argv: readonly string[]): string[] {
  const joined: string[] = [];
  for (const arg of argv) {
    if (joined.at(-1) === '--max-warnings' && /^-\d+$/.test(arg)) joined[joined.length - 1] += `=${arg}`;
    else joined.push(arg);
  }
  return joined;
}

const cliOptions = {
  format: { type: 'string', default: 'stylish' },
  'language-only': { type: 'boolean', default: false },
  stage: { type: 'string' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', default: false },
  cache: { type: 'boolean', default: false },
  fix: { type: 'boolean', default: false },
  'fix-dry-run': { type: 'boolean', default: false },
  root: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

/**
 * What a mistyped command line gets: an unknown option named with the one it
 * most likely meant ("Unknown option --langauge-only; did you mean
 * --language-only?"), instead of Node's advice about positionals; any other
 * parse error as Node words it.
 */
function usageMessage(error: Error & { code?: string }): string {
  // An option that takes a value given none, or a flag after it ("--stage --language-only"): Node's advice is about "-XYZ".
  // (Only an option given no value: a flag given one, "--language-only=yes", keeps Node's "does not take an argument".)
  const missing = error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /argument (?:missing|is ambiguous)/.test(error.message) ? /'(?:-[a-z], )?(--[a-z-]+)/.exec(error.message)?.[1] : undefined;
  if (missing) return `${missing} needs a value: write ${missing}=<value>, for example ${missing === '--stage' ? '--stage=overdue-30' : `${missing}=…`}`;
  const unknown = error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'(-{1,2}[^']+)'/.exec(error.message)?.[1] : undefined;
  if (!unknown) return error.message;
  const suggestion = closest(unknown.replace(/^-+/, ''), Object.keys(cliOptions));
  return `Unknown option ${escapeControls(unknown)}${suggestion ? `; did you mean --${suggestion}?` : ''}`;
}

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: joinNegativeCounts(argv), allowPositionals: true, options: cliOptions });
  } catch (error) {
    io.stderr(`${usageMessage(error as Error & { code?: string })}\n\n${help}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.stdout(help);
    return 0;
  }
  if (values.version) {
    io.stdout(`${toolVersion}\n`);
    return 0;
  }
  if (!formats.includes(values.format as Format)) {
    io.stderr(`Unknown format "${values.format}". Formats: ${formats.join(', ')}\n`);
    return 2;
  }
  // -1, as in ESLint: no limit. Digits only: Number() would read "" as 0 and "0x10" as 16.
  const limit = values['max-warnings'];
  if (limit !== undefined && limit !== '-1' && !/^\d{1,9}$/.test(limit)) {
    io.stderr(`--max-warnings takes a whole number, not "${escapeControls(limit)}"\n`);
    return 2;
  }
  const maxWarnings = limit === undefined || limit === '-1' ? undefined : Number(limit);
  // An empty value ("--stage=", "--root=") names nothing: it is a mistake, not the default.
  for (const name of ['stage', 'root'] as const) {
    if (values[name] === '') {
      io.stderr(`--${name} needs a value\n`);
      return 2;
    }
  }
  if (values.fix && values['fix-dry-run']) {
    io.stderr('--fix and --fix-dry-run cannot be used together\n');
    return 2;
  }
  // A root that is no folder would have every file reported unreadable, as if the files were the problem.
  const root = values.root ? path.resolve(io.cwd, values.root) : projectRoot;
  const rootStat = statSync(root, { throwIfNoEntry: false });
  if (!rootStat?.isDirectory()) {
    io.stderr(`--root takes a project folder; ${escapeControls(values.root ?? root)} ${rootStat ? 'is a file, not a folder' : 'does not exist'}\n`);
    return 2;
  }
  // A folder with no content/ at all is no project (each content file was reported missing, exit 1, as if the files were
  // broken); one that lacks some of its content files still gets them reported, located.
  if (!statSync(path.join(root, 'content'), { throwIfNoEntry: false })?.isDirectory()) {
    io.stderr(`--root takes a project folder; ${escapeControls(values.root ?? root)} has no content/ folder (the ladder, fields and notices), so it is not one\n`);
    return 2;
  }
  try {
    const options = {
      root,
      paths: positionals,
      cwd: io.cwd,
      languageOnly: values['language-only'],
      stage: values.stage,
      cache: values.cache,
    };
    let report = await validate(options);
    if (values.fix || values['fix-dry-run']) {
      const planned = report.internalErrors > 0 ? [] : await planFixes(report, options, values.quiet);
      const count = planned.reduce((sum, p) => sum + p.applied, 0);
      const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
      const fixes = (n: number) => `${n} fix${n === 1 ? '' : 'es'}`;
      if (values['fix-dry-run']) {
        if (values.quiet) report = dropWarnings(report);
        // The exit code is the files' own, as they are unchanged.
        // The checked text is the text after any byte-order mark: the file's own is put back, as --fix writes it (and
        // git apply refuses a diff whose first line lacks it).
        const bom = (p: PlannedFix) => (startsWithBom(p.result.file.path) ? '\uFEFF' : '');
        if (values.format === 'json') {
          // As ESLint's dry run: the report of the files as they are, with each fixed file's whole text as `output`.
          io.stdout(formatReport(report, 'json', { cwd: io.cwd, toolVersion, fixedOutput: new Map(planned.map((p) => [p.result.file.path, bom(p) + p.after])) }));
        } else {
          // The diff alone on stdout, for `git apply -p1` or a review.
          io.stdout(planned.map((p) => unifiedDiff(diffName(p.result.file.path, io.cwd), bom(p) + p.before, bom(p) + p.after)).join(''));
        }
        io.stderr(planned.length === 0 ? 'Nothing to fix.\n' : `--fix would apply ${fixes(count)} in ${files(planned.length)}.\n`);
        return exitCode(report, maxWarnings, io);
      }
      const written = planned.filter((p) => writeFixed(p, io));
      if (written.length > 0) {
        io.stderr(`Fixed: ${fixes(written.reduce((sum, p) => sum + p.applied, 0))} in ${files(written.length)}.\n`);
        report = await validate(options);
      }
    }
    if (values.quiet) report = dropWarnings(report);
    // SARIF lists every rule; only then is the rule data needed after a run served from the cache.
    const rules = values.format === 'sarif' ? (await import('./rules/index.ts')).loadRules().meta : undefined;
    io.stdout(formatReport(report, values.format as Format, { cwd: io.cwd, color: io.color && values.format === 'stylish', toolVersion, rules }));
    for (const warning of report.toolWarnings) io.stderr(`Warning: ${escapeControls(warning)}\n`);
    return exitCode(report, maxWarnings, io);
  } catch (error) {
    // Both name paths and stages from the command line and located problems from the rule data: escaped line by line.
    const escaped = (text: string) => text.split('\n').map(escapeControls).join('\n');
    if (error instanceof UsageError) io.stderr(`${escaped(error.message)}\n`);
    else if (error instanceof RuleDataError) io.stderr(`The rule data is broken, so nothing was checked:\n${escaped(error.message)}\n`);
    else io.stderr(`fair-collections-lint failed: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}
