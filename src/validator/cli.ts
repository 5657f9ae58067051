import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { validate, type Report } from './engine.ts';
import { UsageError } from './files.ts';
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
  --max-warnings <n>   fail when there are more than n warnings
  --quiet              report errors only
  --cache              reuse results of unchanged files (node_modules/.cache/fair-collections)
  --root <dir>         project whose content model to check against
  -h, --help           show this help
  -v, --version        show the version

Exit codes: 0 no problems, 1 problems found, 2 the tool itself failed.
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

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'stylish' },
        'language-only': { type: 'boolean', default: false },
        stage: { type: 'string' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        cache: { type: 'boolean', default: false },
        root: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${help}`);
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
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
    io.stderr(`--max-warnings takes a whole number, not "${values['max-warnings']}"\n`);
    return 2;
  }
  try {
    let report = await validate({
      root: values.root ? path.resolve(io.cwd, values.root) : projectRoot,
      paths: positionals,
      cwd: io.cwd,
      languageOnly: values['language-only'],
      stage: values.stage,
      cache: values.cache,
    });
    if (values.quiet) report = dropWarnings(report);
    // SARIF lists every rule; only then is the rule data needed after a run served from the cache.
    const rules = values.format === 'sarif' ? (await import('./rules/index.ts')).loadRules().meta : undefined;
    io.stdout(formatReport(report, values.format as Format, { cwd: io.cwd, color: io.color && values.format === 'stylish', toolVersion, rules }));
    for (const warning of report.toolWarnings) io.stderr(`Warning: ${escapeControls(warning)}\n`);
    if (report.internalErrors > 0) return 2;
    if (report.errorCount > 0) return 1;
    if (maxWarnings !== undefined && report.warningCount > maxWarnings) {
      io.stderr(`Too many warnings (${report.warningCount}); the maximum is ${maxWarnings}.\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    // Both name paths and stages from the command line and located problems from the rule data: escaped line by line.
    const escaped = (text: string) => text.split('\n').map(escapeControls).join('\n');
    if (error instanceof UsageError) io.stderr(`${escaped(error.message)}\n`);
    else if (error instanceof RuleDataError) io.stderr(`The rule data is broken, so nothing was checked:\n${escaped(error.message)}\n`);
    else io.stderr(`fair-collections-lint failed: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}
