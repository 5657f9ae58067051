import path from 'node:path';
import type { VFileMessage } from 'vfile-message';
import { pageUrl } from '../../deployment.ts';
import { ruleUrl, type FileResult, type Report } from '../engine.ts';
import type { RuleMeta } from '../types.ts';

export const formats = ['stylish', 'json', 'github', 'sarif'] as const;
export type Format = (typeof formats)[number];

export interface FormatOptions {
  cwd: string;
  /** Every rule's metadata, for SARIF's rule table. */
  rules?: readonly RuleMeta[] | undefined;
  /** Colour for terminals. */
  color?: boolean | undefined;
  toolVersion: string;
}

function relative(result: FileResult, cwd: string): string {
  return path.relative(cwd, result.file.path).split(path.sep).join('/') || result.file.path;
}

function severityWord(message: VFileMessage): 'error' | 'warning' {
  return message.fatal ? 'error' : 'warning';
}

function stylish(report: Report, options: FormatOptions): string {
  const paint = (code: number, text: string) => (options.color ? `\u001b[${code}m${text}\u001b[39m` : text);
  const dim = (text: string) => (options.color ? `\u001b[2m${text}\u001b[22m` : text);
  const lines: string[] = [];
  for (const result of report.files) {
    if (result.file.messages.length === 0 && result.suppressions.every((s) => s.silenced.length === 0)) continue;
    lines.push('', options.color ? `\u001b[4m${relative(result, options.cwd)}\u001b[24m` : relative(result, options.cwd));
    for (const message of result.file.messages) {
      const where = `${message.line ?? 1}:${message.column ?? 1}`.padEnd(8);
      const level = message.fatal ? paint(31, 'error  ') : paint(33, 'warning');
      lines.push(`  ${where}${level}  ${message.reason}  ${dim(String(message.ruleId))}`);
      const indent = ' '.repeat(19);
      if (message.note) lines.push(`${indent}${dim('Why:')} ${message.note}`);
      if (message.expected?.length && message.expected.length <= 3) lines.push(`${indent}${dim('Instead:')} ${message.expected.join(' / ')}`);
      if (message.url) lines.push(`${indent}${dim(message.url)}`);
    }
    for (const suppression of result.suppressions) {
      for (const silenced of suppression.silenced) {
        lines.push(`  ${`${suppression.line}:1`.padEnd(8)}${dim('silenced')} ${silenced}  ${dim(suppression.ruleId)}`, `${' '.repeat(19)}${dim('Reason:')} ${suppression.reason}`);
      }
    }
  }
  const total = report.errorCount + report.warningCount;
  const checked = `${report.files.length} file${report.files.length === 1 ? '' : 's'} checked`;
  if (total === 0) {
    lines.push(`${paint(32, '✔')} No problems (${checked}).`);
  } else {
    lines.push(
      '',
      paint(report.errorCount > 0 ? 31 : 33, `✖ ${total} problem${total === 1 ? '' : 's'} (${report.errorCount} error${report.errorCount === 1 ? '' : 's'}, ${report.warningCount} warning${report.warningCount === 1 ? '' : 's'}) in ${checked}.`),
    );
  }
  return `${lines.join('\n').replace(/^\n/, '')}\n`;
}

function eslintMessage(message: VFileMessage) {
  return {
    ruleId: message.ruleId ?? null,
    severity: message.fatal ? 2 : 1,
    message: message.reason,
    line: message.line ?? 1,
    column: message.column ?? 1,
    endLine: message.place && 'end' in message.place ? message.place.end.line : (message.line ?? 1),
    endColumn: message.place && 'end' in message.place ? message.place.end.column : (message.column ?? 1),
    why: message.note ?? null,
    expected: message.expected ?? [],
    url: message.url ?? null,
  };
}

/** ESLint's JSON formatter shape, one result per file, plus the rule's reason and page. */
function json(report: Report, options: FormatOptions): string {
  return `${JSON.stringify(
    report.files.map((result) => ({
      filePath: path.resolve(options.cwd, result.file.path),
      messages: result.file.messages.map(eslintMessage),
      suppressedMessages: result.suppressions.flatMap((s) =>
        s.silenced.map((reason) => ({ ruleId: s.ruleId, message: reason, line: s.line, suppressions: [{ kind: 'directive', justification: s.reason }] })),
      ),
      errorCount: result.file.messages.filter((m) => m.fatal).length,
      warningCount: result.file.messages.filter((m) => !m.fatal).length,
    })),
    null,
    2,
  )}\n`;
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

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
      const body = [m.message, m.why && `Why: ${m.why}`, m.expected.length > 0 && m.expected.length <= 3 && `Instead: ${m.expected.join(' / ')}`, m.url].filter(Boolean).join('\n');
      lines.push(`::${severityWord(message)} ${properties}::${escapeData(body)}`);
    }
  }
  lines.push(`${report.errorCount} error(s), ${report.warningCount} warning(s) in ${report.files.length} file(s).`);
  return `${lines.join('\n')}\n`;
}

/** SARIF 2.1.0, for code-scanning dashboards. */
function sarif(report: Report, options: FormatOptions): string {
  const rules = options.rules ?? [];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const document = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'fair-collections-lint',
            version: options.toolVersion,
            informationUri: pageUrl('rules/'),
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.name,
              shortDescription: { text: rule.description },
              fullDescription: { text: `${rule.description} ${rule.why}` },
              helpUri: ruleUrl(rule.id),
              defaultConfiguration: { level: rule.severity === 'error' ? 'error' : 'warning' },
              properties: { source: rule.source, suppressible: rule.suppressible },
            })),
          },
        },
        results: report.files.flatMap((result) => [
          ...result.file.messages.map((message) => {
            const m = eslintMessage(message);
            return {
              ruleId: m.ruleId ?? 'unknown',
              ...(ruleIndex.has(m.ruleId ?? '') ? { ruleIndex: ruleIndex.get(m.ruleId ?? '') } : {}),
              level: message.fatal ? 'error' : 'warning',
              message: { text: [m.message, m.why, m.expected.length > 0 && m.expected.length <= 3 ? `Instead: ${m.expected.join(' / ')}` : ''].filter(Boolean).join(' ') },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: relative(result, options.cwd) },
                    region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
                  },
                },
              ],
            };
          }),
          ...result.suppressions.flatMap((s) =>
            s.silenced.map((reason) => ({
              ruleId: s.ruleId,
              level: 'warning',
              message: { text: reason },
              locations: [{ physicalLocation: { artifactLocation: { uri: relative(result, options.cwd) }, region: { startLine: s.line } } }],
              suppressions: [{ kind: 'inSource', justification: s.reason }],
            })),
          ),
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
