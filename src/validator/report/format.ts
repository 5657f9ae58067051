import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { VFileMessage } from 'vfile-message';
import { pageUrl } from '../../deployment.ts';
import { reportControls, terminalControls } from '../../model/index.ts';
import type { FileResult, Report } from '../engine.ts';
import { fixable, fixesFor, type Fix } from '../fix.ts';
import { ruleUrl } from '../rule-url.ts';
import type { RuleMeta } from '../types.ts';

export const formats = ['stylish', 'json', 'github', 'sarif'] as const;
export type Format = (typeof formats)[number];

export interface FormatOptions {
  cwd: string;
  /** Every rule's metadata, for SARIF's rule table. */
  rules?: readonly RuleMeta[] | undefined;
  /** Colour for terminals. */
  color?: boolean | undefined;
  /** With --fix-dry-run: each file's text after its safe fixes, by path (only files that would change); the JSON format's `output`. */
  fixedOutput?: ReadonlyMap<string, string> | undefined;
  toolVersion: string;
}


/**
 * Text from content made safe to print: each control character (C0, DEL, C1,
 * bidirectional controls, line and paragraph separators) becomes a
 * visible escape (`\x1b`, `\u202e`), so the reader sees that something is
 * there and no terminal, log viewer or annotation acts on it. Every output
 * format escapes this way, JSON and SARIF included: their messages are shown
 * to people by other tools, and no consumer needs the raw controls back.
 * Backslashes are not escaped: `\x1b` typed in content then looks like an
 * escaped ESC, which misleads a reader but steers nothing.
 */
export function escapeControls(text: string): string {
  return text.replace(reportControls, visibleEscape);
}

/** `escapeControls` for a diff: zero-width characters and a byte-order mark stay, so that the diff still applies. */
export function escapeTerminalControls(text: string): string {
  return text.replace(terminalControls, visibleEscape);
}

function visibleEscape(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The file's path from `cwd`, or its full path when it lies outside `cwd` ("../../tmp/draft.md" reads as a puzzle). */
function relative(result: FileResult, cwd: string): string {
  return escapeControls((inside(result, cwd) ?? result.file.path).split(path.sep).join('/'));
}

/** A file's path from the working folder, or undefined when it lies outside it (or is the folder itself). */
function inside(result: FileResult, cwd: string): string | undefined {
  const from = path.relative(cwd, result.file.path);
  return !from || from === '..' || from.startsWith(`..${path.sep}`) || path.isAbsolute(from) ? undefined : from;
}

/**
 * A file's SARIF artifact URI (an RFC 3986 URI reference): its path from the
 * working folder with each segment percent-encoded ("a%2Cb%3Ac%25d%20name.md"),
 * or a file: URL for a file outside it.
 */
function artifactUri(result: FileResult, cwd: string): string {
  const from = inside(result, cwd);
  return from === undefined ? pathToFileURL(result.file.path).href : from.split(path.sep).map(encodeURIComponent).join('/');
}

/** Silenced messages, flattened, with their text escaped. */
function silencedOf(result: FileResult) {
  return result.suppressions.flatMap((s) => s.silenced.map((message) => ({ ruleId: escapeControls(s.ruleId), line: s.line, reason: escapeControls(s.reason), message: escapeControls(message) })));
}

/** The fix of each of a file's messages (undefined where there is none): applied by `--fix` where `preferred`, else a suggestion. */
export function fixesOf(result: FileResult): (Fix | undefined)[] {
  return fixable(result.kind, result.file.messages) ? fixesFor(result.file.messages, String(result.file.value ?? '')) : [];
}

function severityWord(message: VFileMessage): 'error' | 'warning' {
  return message.fatal ? 'error' : 'warning';
}

function stylish(report: Report, options: FormatOptions): string {
  const paint = (code: number, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[39m` : text);
  const dim = (text: string) => (options.color ? `\u001b[2m${text}\u001b[22m` : text);
  const lines: string[] = [];
  for (const result of report.files) {
    const silenced = silencedOf(result);
    if (result.file.messages.length === 0 && silenced.length === 0) continue;
    lines.push('', options.color ? `\u001b[4m${relative(result, options.cwd)}\u001b[24m` : relative(result, options.cwd));
    for (const message of result.file.messages) {
      const m = eslintMessage(message);
      const where = `${m.line}:${m.column}`.padEnd(8);
      const level = message.fatal ? paint(31, 'error  ') : paint(33, 'warning');
      lines.push(`  ${where}${level}  ${m.message}  ${dim(String(m.ruleId))}`);
      const indent = ' '.repeat(19);
      if (m.why) lines.push(`${indent}${dim('Why:')} ${m.why}`);
      const instead = insteadText(m.expected);
      if (instead) lines.push(`${indent}${dim('Instead:')} ${instead}`);
      if (m.url) lines.push(`${indent}${dim(m.url)}`);
    }
    for (const s of silenced) lines.push(`  ${`${s.line}:1`.padEnd(8)}${dim('silenced')} ${s.message}  ${dim(s.ruleId)}`, `${' '.repeat(19)}${dim('Reason:')} ${s.reason}`);
  }
  const total = report.errorCount + report.warningCount;
  const fixable = report.files.reduce((sum, result) => sum + fixesOf(result).filter((fix) => fix?.preferred).length, 0);
  const checked = `${report.files.length} file${report.files.length === 1 ? '' : 's'} checked`;
  if (total === 0) {
    lines.push(`${paint(32, '✔')} No problems (${checked}).`);
  } else {
    lines.push(
      '',
      paint(report.errorCount > 0 ? 31 : 33, `✖ ${total} problem${total === 1 ? '' : 's'} (${report.errorCount} error${report.errorCount === 1 ? '' : 's'}, ${report.warningCount} warning${report.warningCount === 1 ? '' : 's'}) in ${checked}.`),
    );
    if (fixable > 0) lines.push(`  ${fixable === total ? (total === 1 ? 'It' : 'All of them') : `${fixable} of them`} can be fixed safely with --fix (--fix-dry-run shows the changes).`);
  }
  return `${lines.join('\n').replace(/^\n/, '')}\n`;
}

/** What to write instead, as every report prints it: one to three options joined, none for a longer list. */
export function insteadText(expected: readonly string[]): string | undefined {
  return expected.length > 0 && expected.length <= 3 ? expected.join(' / ') : undefined;
}

/** A message in ESLint's shape, every text escaped with `escapeControls`. */
function eslintMessage(message: VFileMessage) {
  const text = (value: string | undefined) => (value === undefined ? null : escapeControls(value));
  return {
    ruleId: text(message.ruleId),
    severity: message.fatal ? 2 : 1,
    message: escapeControls(message.reason),
    line: message.line ?? 1,
    column: message.column ?? 1,
    endLine: message.place && 'end' in message.place ? message.place.end.line : (message.line ?? 1),
    endColumn: message.place && 'end' in message.place ? message.place.end.column : (message.column ?? 1),
    why: text(message.note),
    expected: (message.expected ?? []).map(escapeControls),
    url: text(message.url),
  };
}

/** ESLint's JSON formatter shape, one result per file, plus the rule's reason and page. */
function json(report: Report, options: FormatOptions): string {
  return `${JSON.stringify(
    report.files.map((result) => ({
      filePath: escapeControls(path.resolve(options.cwd, result.file.path)),
      messages: (() => {
        const fixes = fixesOf(result);
        return result.file.messages.map((message, i) => {
          const fix = fixes[i];
          if (!fix) return eslintMessage(message);
          // ESLint's shapes: the fix --fix applies (offsets in UTF-16 code units into the text after any byte-order mark), and the same as a
          // described suggestion; a fix that is only a suggestion (a considerate word) has no `fix`, as ESLint's suggestions do not.
          const edit = { range: fix.range, text: fix.text };
          return { ...eslintMessage(message), ...(fix.preferred ? { fix: edit } : {}), suggestions: [{ desc: fix.title, fix: edit }] };
        });
      })(),
      suppressedMessages: silencedOf(result).map((s) => ({ ruleId: s.ruleId, message: s.message, line: s.line, suppressions: [{ kind: 'directive', justification: s.reason }] })),
      errorCount: result.file.messages.filter((m) => m.fatal).length,
      warningCount: result.file.messages.filter((m) => !m.fatal).length,
      // ESLint's --fix-dry-run field: the whole text after the fixes, to write back as it is.
      ...(options.fixedOutput?.has(result.file.path) ? { output: options.fixedOutput.get(result.file.path) } : {}),
    })),
    null,
    2,
  ).replace(rawInJson, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

/**
 * What JSON.stringify leaves raw in a string and must not reach a terminal: DEL, C1, separators, bidi and zero-width
 * characters (it escapes C0 itself). Only `output` can still hold them, the messages being escaped visibly: escaped
 * here as JSON's \uXXXX, it reads back byte for byte.
 */
const rawInJson = new RegExp(reportControls.source.replace('\\u0000-\\u001f', ''), 'g');

/** A workflow command's message: GitHub reads `%`, CR and LF as syntax there. */
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value, where `:` and `,` also end the value. */
function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands: each problem becomes an annotation on the pull request's diff. */
function github(report: Report, options: FormatOptions): string {
  const lines: string[] = [];
  for (const result of report.files) {
    for (const message of result.file.messages) {
      const m = eslintMessage(message);
      const properties = [
        `file=${escapeProperty(relative(result, options.cwd))}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(`${m.ruleId}`)}`,
      ].join(',');
      const instead = insteadText(m.expected);
      const body = [m.message, m.why && `Why: ${m.why}`, instead && `Instead: ${instead}`, m.url].filter(Boolean).join('\n');
      lines.push(`::${severityWord(message)} ${properties}::${escapeData(body)}`);
    }
  }
  lines.push(`${report.errorCount} error(s), ${report.warningCount} warning(s) in ${report.files.length} file(s).`);
  return `${lines.join('\n')}\n`;
}

/**
 * SARIF's rule table: every rule of the rule data, then each rule id that
 * results use and the data does not know (a retext plugin's, or none at all:
 * `unknown`), with what its messages tell — its id and link — so every
 * result's ruleIndex points at its rule. A rule's link is the one its
 * results carry, when they carry one (fair-collections.yaml's `ruleLinks`).
 */
function sarifRules(report: Report, rules: readonly RuleMeta[]) {
  const table: ({ id: string; helpUri?: string } & Record<string, unknown>)[] = rules.map((rule) => ({
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description} ${rule.why}` },
    helpUri: ruleUrl(rule.id),
    defaultConfiguration: { level: rule.severity === 'error' ? 'error' : 'warning' },
    properties: { source: rule.source, suppressible: rule.suppressible },
  }));
  const index = new Map(table.map((rule, i) => [rule.id, i]));
  const used = report.files.flatMap((result) => [
    ...result.file.messages.map((message) => {
      const m = eslintMessage(message);
      return { id: m.ruleId ?? 'unknown', url: m.url };
    }),
    ...silencedOf(result).map((s) => ({ id: s.ruleId, url: null })),
  ]);
  const linked = new Set<string>();
  for (const { id, url } of used) {
    if (!index.has(id)) {
      index.set(id, table.length);
      table.push({ id, name: id });
    }
    if (url && !linked.has(id)) {
      linked.add(id);
      table[index.get(id)!]!.helpUri = url;
    }
  }
  return { table, index };
}

/** SARIF 2.1.0, for code-scanning dashboards. */
function sarif(report: Report, options: FormatOptions): string {
  const { table, index: ruleIndex } = sarifRules(report, options.rules ?? []);
  const document = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        // Columns count UTF-16 code units, as editors do (an emoji is two).
        columnKind: 'utf16CodeUnits',
        tool: {
          driver: {
            name: 'fair-collections-lint',
            version: options.toolVersion,
            informationUri: pageUrl('rules/'),
            rules: table,
          },
        },
        results: report.files.flatMap((result) => [
          ...((fixes) => result.file.messages.map((message, i) => {
            const m = eslintMessage(message);
            const fix = fixes[i];
            return {
              ruleId: m.ruleId ?? 'unknown',
              ruleIndex: ruleIndex.get(m.ruleId ?? 'unknown'),
              level: message.fatal ? 'error' : 'warning',
              // The message, its why and its instead as sentences: a message without a full stop would run into the why.
              message: { text: [m.message, m.why, m.expected.length > 0 && m.expected.length <= 3 ? `Instead: ${m.expected.join(' / ')}` : ''].filter((t): t is string => !!t).map((t) => (/[.!?…]["”’)]*$/.test(t) ? t : `${t}.`)).join(' ') },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: artifactUri(result, options.cwd) },
                    region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
                  },
                },
              ],
              ...(fix
                ? {
                    fixes: [
                      {
                        description: { text: fix.title },
                        artifactChanges: [
                          {
                            artifactLocation: { uri: artifactUri(result, options.cwd) },
                            replacements: [
                              {
                                deletedRegion: { startLine: fix.start.line, startColumn: fix.start.column, endLine: fix.end.line, endColumn: fix.end.column },
                                insertedContent: { text: fix.text },
                              },
                            ],
                          },
                        ],
                      },
                    ],
                  }
                : {}),
            };
          }))(fixesOf(result)),
          ...silencedOf(result).map((s) => ({
            ruleId: s.ruleId,
            ruleIndex: ruleIndex.get(s.ruleId),
            level: 'warning',
            message: { text: s.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(result, options.cwd) }, region: { startLine: s.line } } }],
            suppressions: [{ kind: 'inSource', justification: s.reason }],
          })),
        ]),
      },
    ],
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function formatReport(report: Report, format: Format, options: FormatOptions): string {
  switch (format) {
    case 'json':
      return json(report, options);
    case 'github':
      return github(report, options);
    case 'sarif':
      return sarif(report, options);
    default:
      return stylish(report, options);
  }
}
