import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type MessageConnection,
  type PublishDiagnosticsParams,
  type TextEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { workspaceRoot } from '../../src/lsp/server.ts';
import { validate } from '../../src/validator/engine.ts';
import { formatReport } from '../../src/validator/report/format.ts';
import { projectRoot } from '../helpers/project.ts';

/**
 * The language server driven as an editor drives it: spawned over stdio
 * (scripts/lsp.ts, the package's bin), spoken to with the protocol library's
 * own client-side connection. Its diagnostics are compared with the command
 * line's JSON report on the same files, in a copy of the project.
 */

let root: string;
let server: ChildProcess;
let client: MessageConnection;
let stderr = '';
const registered: string[] = [];
const published: PublishDiagnosticsParams[] = [];
const waiters: { test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];

/** The first publication, from now or earlier, for `uri` that passes `test`. */
function diagnosticsFor(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, since = 0): Promise<PublishDiagnosticsParams> {
  const earlier = published.slice(since).find((p) => p.uri === uri && test(p));
  if (earlier) return Promise.resolve(earlier);
  return new Promise((resolve) => waiters.push({ test: (p) => p.uri === uri && test(p), resolve }));
}

let nextVersion = 1;
const texts = new Map<string, TextDocument>();

async function open(uri: string, text: string, languageId = 'mdx'): Promise<PublishDiagnosticsParams> {
  const version = nextVersion++;
  const since = published.length;
  texts.set(uri, TextDocument.create(uri, languageId, version, text));
  await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  return diagnosticsFor(uri, (p) => p.version === version, since);
}

async function edit(uri: string, edits: TextEdit[]): Promise<PublishDiagnosticsParams> {
  const version = nextVersion++;
  const since = published.length;
  const before = texts.get(uri)!;
  texts.set(uri, TextDocument.create(uri, before.languageId, version, TextDocument.applyEdits(before, edits)));
  // Incremental changes, applied in order: later edits first, so each range is still where it was.
  const ordered = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
  await client.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: ordered.map((e) => ({ range: e.range, text: e.newText })) });
  return diagnosticsFor(uri, (p) => p.version === version, since);
}

async function close(uri: string): Promise<void> {
  texts.delete(uri);
  await client.sendNotification('textDocument/didClose', { textDocument: { uri } });
}

/** The command line's JSON report (what `npm run lint -- --format json` prints), by file. */
async function cliReport(options: { paths?: string[]; languageOnly?: boolean } = {}) {
  const report = await validate({ root, workers: 0, ...options });
  const files = JSON.parse(formatReport(report, 'json', { cwd: root, toolVersion: 'test' })) as { filePath: string; messages: CliMessage[] }[];
  return new Map(files.map((file) => [file.filePath, file.messages.map(asDiagnostic)]));
}

type CliMessage = { ruleId: string; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number; why: string | null; expected: string[]; url: string | null };

/** The command line's JSON message as the diagnostic an editor should get: the same place (0-based), rule, severity and link; what the terminal prints under it. */
function asDiagnostic(m: CliMessage): Diagnostic {
  const instead = m.expected.length > 0 && m.expected.length <= 3 ? `Instead: ${m.expected.join(' / ')}` : undefined;
  return {
    range: { start: { line: m.line - 1, character: m.column - 1 }, end: { line: m.endLine - 1, character: m.endColumn - 1 } },
    severity: m.severity === 2 ? 1 : 2,
    source: 'fair-collections',
    code: m.ruleId,
    ...(m.url ? { codeDescription: { href: m.url } } : {}),
    message: [m.message, m.why && `Why: ${m.why}`, instead].filter(Boolean).join('\n'),
  };
}

const uriOf = (file: string) => pathToFileURL(path.join(root, file)).href;

/** Each template with harm, a misspelt field and an emoji in front (columns are UTF-16 units, as editors count). */
function spoil(text: string): string {
  return text.replace(/\n---\n\n/, '\n---\n\n😀 Pay by {{due_dat}} or else. 👍🏽 You people are deadbeats.\n\n');
}

/** The server as an editor starts it (scripts/lsp.ts, the package's bin) in `cwd`, and a client connection to it, not yet listening. */
function spawnServer(cwd: string): { server: ChildProcess; client: MessageConnection } {
  const server = spawn(process.execPath, [path.join(projectRoot, 'scripts', 'lsp.ts')], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  return { server, client: createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!)) };
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'fair-lsp-'));
  for (const folder of ['content', 'templates']) await cp(path.join(projectRoot, folder), path.join(root, folder), { recursive: true });
  // Half the templates are spoilt on disk, so the command line and the server see the same text.
  const names = (await readdir(path.join(root, 'templates'))).sort();
  for (const name of names.filter((_, i) => i % 2 === 0)) {
    const file = path.join(root, 'templates', name);
    await writeFile(file, spoil(await readFile(file, 'utf8')));
  }
  // The checks across templates: a reminder moved to day 11 leaves the 15-day follow-up too close (reported on the follow-up), and an id that is not the file's name.
  const edits: [string, string, string][] = [
    ['reminder-7-days.mdx', 'sendOffsetDays: 7\n', 'sendOffsetDays: 11\n'],
    ['statement-of-account.mdx', 'id: statement-of-account\n', 'id: statement-of-accounts\n'],
  ];
  for (const [name, from, to] of edits) {
    const file = path.join(root, 'templates', name);
    const text = await readFile(file, 'utf8');
    expect(text).toContain(from);
    await writeFile(file, text.replace(from, to));
  }
  // A chapter with a merge field (only letters have them) and harm outside any example.
  const chapter = path.join(root, 'content', 'handbook', 'accommodation.mdx');
  await writeFile(chapter, (await readFile(chapter, 'utf8')).replace(/\n---\n\n/, '\n---\n\nSend it by {{due_date}}. 😀 Pay now or else, you deadbeats.\n\n'));
  await writeFile(path.join(root, 'draft.md'), 'Dear Ms Chen,\n\nPay by Friday, or else. We will tell every supplier in the region.\n');

  ({ server, client } = spawnServer(root));
  server.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
  client.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    published.push(params);
    for (const waiter of [...waiters]) {
      if (!waiter.test(params)) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(params);
    }
  });
  client.onNotification('window/logMessage', () => {});
  client.onRequest('client/registerCapability', (params: { registrations: { method: string }[] }) => {
    registered.push(...params.registrations.map((r) => r.method));
    return null;
  });
  client.listen();
  const result = await client.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'fair-collections' }],
    capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    initializationOptions: { debounceMs: 20 },
  });
  expect(result).toMatchObject({ capabilities: { completionProvider: { triggerCharacters: ['{'] }, codeActionProvider: expect.anything() } });
  await client.sendNotification('initialized', {});
});

afterAll(async () => {
  if (client) {
    await client.sendRequest('shutdown').catch(() => {});
    await client.sendNotification('exit').catch(() => {});
    client.dispose();
  }
  server?.kill();
  if (root) await rm(root, { recursive: true, force: true });
});

describe('fair-collections-lsp', () => {
  it('publishes for every template, and for chapters, exactly what npm run lint reports: ranges, rules, severities, messages, links', async () => {
    // As a run over the whole project reports them: the checks across templates see every template.
    // Two chapters (one spoilt, one as written) of twelve: chapters are long, and the machine is shared.
    const chapters = ['accommodation.mdx', 'bankruptcy.mdx'].map((name) => path.join(root, 'content', 'handbook', name));
    const cli = await cliReport({ paths: [path.join(root, 'templates'), ...chapters] });
    const files = [...(await readdir(path.join(root, 'templates'))).map((name) => path.join(root, 'templates', name)), ...chapters].sort();
    let problems = 0;
    for (const file of files) {
      const uri = pathToFileURL(file).href;
      const { diagnostics } = await open(uri, await readFile(file, 'utf8'));
      expect(diagnostics, path.relative(root, file)).toEqual(cli.get(file) ?? []);
      problems += diagnostics.length;
      for (const d of diagnostics) expect(d.codeDescription?.href).toMatch(new RegExp(`/rules/${String(d.code)}/$`));
      await close(uri);
    }
    // The spoilt half: harm, the misspelt field, each after an emoji; and what only the other templates show.
    const templates = files.filter((file) => file.startsWith(path.join(root, 'templates'))).length;
    expect(problems).toBeGreaterThanOrEqual(Math.ceil(templates / 2) * 3);
    expect(cli.get(path.join(root, 'templates', 'follow-up-15-days.mdx'))!.map((d) => d.code)).toContain('sequence');
    expect(cli.get(path.join(root, 'templates', 'statement-of-account.mdx'))!.map((d) => d.code)).toContain('duplicate-id');
    expect(cli.get(path.join(root, 'content', 'handbook', 'accommodation.mdx'))!.map((d) => d.code)).toContain('mdx-lockdown');
  }, 240_000); // Twenty-five checks and a lint run: generous on a shared machine, not a target.

  it('says why and what to write instead, as the command line does, and locates after emoji in UTF-16 units', async () => {
    const text = '---\ntitle: x\n---\n\n👨‍👩‍👧 Pay now, or else.\n';
    const { diagnostics } = await open(uriOf('notes/emoji.md'), text, 'markdown');
    const coercion = diagnostics.find((d) => d.code === 'coercion')!;
    expect(coercion.severity).toBe(1);
    expect(coercion.message).toMatch(/^Vague menace or ultimatum: “or else”\nWhy: .+\nInstead: .+/);
    const line = text.split('\n')[4]!;
    expect(coercion.range.start).toEqual({ line: 4, character: line.indexOf('or else') });
    expect(coercion.range.end).toEqual({ line: 4, character: line.indexOf('or else') + 'or else'.length });
    await close(uriOf('notes/emoji.md'));
  });

  it('checks a draft as npm run lint -- --language-only does, and follows edits with the newest text only', async () => {
    const file = path.join(root, 'draft.md');
    const uri = pathToFileURL(file).href;
    // Also with Windows line endings and an emoji: lines and UTF-16 columns as the editor counts them.
    const crlf = path.join(root, 'draft-crlf.md');
    await writeFile(crlf, '---\r\ntitle: 🇬🇧 x\r\n---\r\n\r\n👍🏽 Dear Ms Chen,\r\n\r\n😀 Pay by Friday, or else. We will tell every supplier in the region.\r\n');
    const cli = await cliReport({ paths: [file, crlf], languageOnly: true });
    const first = await open(uri, await readFile(file, 'utf8'), 'markdown');
    expect(first.diagnostics).toEqual(cli.get(file));
    expect(first.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['coercion']));
    const windows = await open(pathToFileURL(crlf).href, await readFile(crlf, 'utf8'), 'markdown');
    expect(windows.diagnostics).toEqual(cli.get(crlf));
    expect(windows.diagnostics.map((d) => d.range.start.line)).toEqual([6, 6]);
    await close(pathToFileURL(crlf).href);

    // Typing: three quick edits; whatever is published last is for the last text.
    const line = texts.get(uri)!.getText().split('\n')[2]!;
    const since = published.length;
    void edit(uri, [{ range: { start: { line: 2, character: line.indexOf(', or else') }, end: { line: 2, character: line.indexOf(', or else') + ', or else'.length } }, newText: '' }]);
    void edit(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: 'Thank you. ' }]);
    const last = await edit(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'Hello.\n' }]);
    expect(texts.get(uri)!.getText()).toBe('Hello.\nDear Ms Chen,\n\nThank you. Pay by Friday. We will tell every supplier in the region.\n');
    expect(last.diagnostics.map((d) => d.code)).not.toContain('coercion');
    expect(last.diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([['publicity', 3]]);
    // Versions only go forward: no result for an older text after a newer one.
    const versions = published.slice(since).filter((p) => p.uri === uri).map((p) => p.version!);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(versions.at(-1)).toBe(last.version);
    await close(uri);
  });

  it('offers the catalogue’s merge fields after {{, with label and format', async () => {
    const uri = uriOf('templates/reminder-7-days.mdx');
    const text = await readFile(path.join(root, 'templates', 'reminder-7-days.mdx'), 'utf8');
    await open(uri, text);
    const line = text.split('\n').findIndex((l) => l.startsWith('Dear '));
    await edit(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: 'Re {{inv' }]);
    const items = (await client.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character: 'Re {{inv'.length } })) as CompletionItem[];
    const invoice = items.find((i) => i.label === 'invoice_number')!;
    expect(invoice.detail).toBe('Invoice number (text)');
    expect(invoice.textEdit).toEqual({ range: { start: { line, character: 5 }, end: { line, character: 8 } }, newText: 'invoice_number}}' });
    expect(items.map((i) => i.label)).toContain('due_date');
    // Nowhere else: not outside a field.
    expect(await client.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character: 2 } })).toEqual([]);
    await close(uri);
  });

  it('fixes a misspelt merge field with the quick fix the validator names, and the problem goes', async () => {
    const uri = uriOf('templates/courtesy-reminder.mdx');
    const clean = await readFile(path.join(projectRoot, 'templates', 'courtesy-reminder.mdx'), 'utf8');
    const { diagnostics } = await open(uri, clean.replace('{{due_date}}', '{{due_dat}}'));
    const misspelt = diagnostics.find((d) => d.code === 'merge-fields')!;
    expect(misspelt.message).toMatch(/^Unknown merge field \{\{due_dat\}\}; did you mean \{\{due_date\}\}\?/);
    const actions = (await client.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: misspelt.range, context: { diagnostics: [misspelt] } })) as CodeAction[];
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ title: 'Replace {{due_dat}} with {{due_date}}', kind: 'quickfix', isPreferred: true });
    const after = await edit(uri, actions[0]!.edit!.changes![uri]!);
    expect(texts.get(uri)!.getText()).toBe(clean);
    expect(after.diagnostics).toEqual([]);
    // Harm has no quick fix.
    const harmful = await edit(uri, [{ range: { start: { line: 13, character: 0 }, end: { line: 13, character: 0 } }, newText: 'Pay now, or else.\n\n' }]);
    const coercion = harmful.diagnostics.find((d) => d.code === 'coercion')!;
    expect(await client.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: coercion.range, context: { diagnostics: [coercion] } })).toEqual([]);
    await close(uri);
  });

  it('survives a megabyte, broken MDX and binary junk, and goes on checking', async () => {
    const huge = await open(uriOf('notes/huge.md'), `${'Pay now, or else. '.repeat(60_000)}\n`, 'markdown');
    expect(huge.diagnostics.map((d) => [d.code, String(d.message).split('\n')[0]])).toEqual([['read-error', expect.stringMatching(/^File is \d+ KB; the limit is 256 KB/)]]);
    const broken = await open(uriOf('templates/broken.mdx'), '---\nid: [\n---\n\n<Notice id={x} {...y}>\n{ unclosed\n\n{{\n`');
    expect(broken.diagnostics.length).toBeGreaterThan(0);
    let junk = '';
    for (let i = 0; i < 4096; i++) junk += String.fromCharCode((i * 7919) % 65_536);
    const binary = await open(uriOf('notes/junk.txt'), junk, 'plaintext');
    expect(binary.diagnostics.map((d) => d.code)).toEqual(['read-error']);
    const nested = await open(uriOf('notes/nested.md'), `${'> '.repeat(5000)}x\n${'['.repeat(100_000)}\n${'*'.repeat(100_000)}\n`, 'markdown');
    expect(nested.diagnostics.length).toBeGreaterThan(0);
    for (const name of ['notes/huge.md', 'templates/broken.mdx', 'notes/junk.txt', 'notes/nested.md']) await close(uriOf(name));
    // Still up: a harmful draft is still found.
    const after = await open(uriOf('notes/after.md'), 'Pay now, or else.\n', 'markdown');
    expect(after.diagnostics.map((d) => d.code)).toContain('coercion');
    await close(uriOf('notes/after.md'));
    expect(server.exitCode).toBeNull();
  });

  it('publishes the data files’ errors when the content data breaks, and recovers', async () => {
    const fieldsFile = path.join(root, 'content', 'fields.yaml');
    const fieldsUri = pathToFileURL(fieldsFile).href;
    const good = await readFile(fieldsFile, 'utf8');
    await writeFile(fieldsFile, good.replace('format: date', 'format: [not, a, format]'));
    const since = published.length;
    await client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fieldsUri, type: 2 }] });
    const broken = await diagnosticsFor(fieldsUri, (p) => p.diagnostics.length > 0, since);
    expect(broken.diagnostics[0]).toMatchObject({ severity: 1, source: 'fair-collections' });
    // A template is still checked (for what can be checked without the data), and the server stays up.
    const uri = uriOf('templates/reminder-7-days.mdx');
    const { diagnostics } = await open(uri, await readFile(path.join(root, 'templates', 'reminder-7-days.mdx'), 'utf8'));
    expect(Array.isArray(diagnostics)).toBe(true);
    await close(uri);
    await writeFile(fieldsFile, good);
    const again = published.length;
    await client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fieldsUri, type: 2 }] });
    await diagnosticsFor(fieldsUri, (p) => p.diagnostics.length === 0, again);
    expect(stderr).toBe('');
  });

  it('finds the project from a workspace opened on one of its folders', () => {
    const params = (folder: string) => ({ processId: null, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'x' }] });
    expect(workspaceRoot(params(path.join(root, 'templates')))).toBe(root);
    expect(workspaceRoot(params(root))).toBe(root);
    expect(workspaceRoot(params(tmpdir()))).toBe(tmpdir());
  });

  it('checks open templates again when another template changes on disk', async () => {
    expect(registered).toContain('workspace/didChangeWatchedFiles');
    const uri = uriOf('templates/follow-up-15-days.mdx');
    const before = await open(uri, await readFile(path.join(root, 'templates', 'follow-up-15-days.mdx'), 'utf8'));
    expect(before.diagnostics.map((d) => d.code)).toContain('sequence');
    // The reminder goes back to day 7 on disk: the follow-up is a week after it again.
    const reminder = path.join(root, 'templates', 'reminder-7-days.mdx');
    await writeFile(reminder, (await readFile(reminder, 'utf8')).replace('sendOffsetDays: 11\n', 'sendOffsetDays: 7\n'));
    const since = published.length;
    await client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(reminder).href, type: 2 }] });
    const after = await diagnosticsFor(uri, () => true, since);
    expect(after.diagnostics.map((d) => d.code)).not.toContain('sequence');
    await close(uri);
  });

  it('applies fair-collections.yaml as npm run lint does, and reloads it when it changes', async () => {
    const configFile = path.join(root, 'fair-collections.yaml');
    const configUri = pathToFileURL(configFile).href;
    await writeFile(configFile, 'rules:\n  equality: error\n');
    let since = published.length;
    await client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 1 }] });
    await diagnosticsFor(configUri, () => true, since).catch(() => undefined);
    const uri = uriOf('templates/config-check.mdx');
    const text = (await readFile(path.join(root, 'templates', 'reminder-7-days.mdx'), 'utf8')).replace(/\nDear /, '\nPlease ask your chairman to call us.\n\nDear ').replace(/^id: .*$/m, 'id: config-check');
    const { diagnostics } = await open(uri, text);
    // The command line reads the same text from disk.
    await writeFile(path.join(root, 'templates', 'config-check.mdx'), text);
    const cli = (await cliReport({ paths: [path.join(root, 'templates', 'config-check.mdx')] })).get(path.join(root, 'templates', 'config-check.mdx'))!;
    expect(diagnostics.filter((d) => d.code === 'equality')).toEqual(cli.filter((d) => d.code === 'equality'));
    expect(diagnostics.filter((d) => d.code === 'equality').map((d) => d.severity)).toEqual([1]);
    await close(uri);
    await rm(path.join(root, 'templates', 'config-check.mdx'));
    // A config that tries to silence harm is refused on the config file itself.
    await writeFile(configFile, 'rules:\n  threats: "off"\n');
    since = published.length;
    await client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    const refused = await diagnosticsFor(configUri, (p) => p.diagnostics.length > 0, since);
    expect(refused.diagnostics[0]).toMatchObject({ severity: 1, code: 'config', range: { start: { line: 1 } } });
    await rm(configFile);
    await client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 3 }] });
  });

  it('runs the config’s retext plugins on drafts, where a suppression naming one silences it, as npm run lint -- --language-only does', async () => {
    // The plugin is installed in the project, as the config requires.
    await symlink(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'));
    await writeFile(path.join(root, 'package.json'), '{ "private": true }\n');
    const configFile = path.join(root, 'fair-collections.yaml');
    const configUri = pathToFileURL(configFile).href;
    await writeFile(configFile, 'plugins: [retext-passive]\n');
    const since = published.length;
    await client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 1 }] });
    await diagnosticsFor(configUri, () => true, since);
    const file = path.join(root, 'drafts', 'a.md');
    const text = '<!-- fair-collections-disable-next-line retext-passive -- quoting the customer -->\nThe cheque was lost in the post.\n\nThe letter was sent by courier.\n';
    await mkdir(path.dirname(file));
    await writeFile(file, text);
    const cli = (await cliReport({ paths: [file], languageOnly: true })).get(file);
    const { diagnostics } = await open(pathToFileURL(file).href, text, 'markdown');
    // The whole message, its why included: the command line completes a plugin's messages as the server does.
    expect(diagnostics).toEqual(cli);
    expect(String(diagnostics[0]?.message)).toMatch(/\nWhy: Reported by retext-passive/);
    // Silenced on the line after the comment; still reported where nothing silences it.
    expect(diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([['retext-passive', 3]]);
    await close(pathToFileURL(file).href);
    // unlink: the link only, never the project's node_modules it points at.
    await unlink(path.join(root, 'node_modules'));
    for (const made of [configFile, path.join(root, 'drafts'), path.join(root, 'package.json')]) await rm(made, { recursive: true, force: true });
    await client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 3 }] });
  });
});

describe('fair-collections-lsp in a folder that is not a project', () => {
  it('checks drafts for wording, and says once, where the writer sees it, that the project checks are off and why', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'fair-lsp-plain-'));
    const { server: plain, client: connection } = spawnServer(folder);
    const shown: { type: number; message: string }[] = [];
    const logged: string[] = [];
    const drafts: PublishDiagnosticsParams[] = [];
    connection.onNotification('window/showMessage', (params: { type: number; message: string }) => void shown.push(params));
    connection.onNotification('window/logMessage', (params: { message: string }) => void logged.push(params.message));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => void drafts.push(params));
    connection.listen();
    try {
      await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'plain' }], capabilities: {} });
      await connection.sendNotification('initialized', {});
      const until = async (done: () => boolean) => {
        while (!done()) await new Promise((resolve) => setTimeout(resolve, 50));
      };
      for (const [i, name] of ['a.md', 'b.md'].entries()) {
        const uri = pathToFileURL(path.join(folder, name)).href;
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: 'Pay now, or else.\n' } });
        await until(() => drafts.filter((p) => p.uri === uri).length > 0);
        expect(drafts.find((p) => p.uri === uri)!.diagnostics.map((d) => d.code), name).toContain('coercion');
        if (i === 0) await until(() => shown.length > 0);
      }
      // Once for the workspace, not once a document; an information, with what is off and why; the log keeps its line.
      expect(shown).toEqual([{ type: 3, message: expect.stringContaining(`no content/fields.yaml found at or above ${folder}, so the project checks (merge fields, stage notices, field completions) are off`) }]);
      expect(logged).toContainEqual(expect.stringContaining(`${folder} has no content/fields.yaml or other content data`));
    } finally {
      await connection.sendRequest('shutdown').catch(() => {});
      await connection.sendNotification('exit').catch(() => {});
      connection.dispose();
      plain.kill();
      await rm(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
