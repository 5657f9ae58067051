import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  CodeActionKind,
  CompletionItemKind,
  DidChangeWatchedFilesNotification,
  MarkupKind,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type CompletionItem,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type Range,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { contentPaths } from '../project.ts';
import { kindByLocation } from '../validator/files.ts';
import type { PlainResult } from '../validator/serialize.ts';
import { toDiagnostic, toRange } from './diagnostics.ts';
import { fixesFor } from '../validator/fix.ts';
import type { FieldInfo, ProjectData, WorkerAnswer, WorkerRequest } from './protocol.ts';

/** Settings a client may pass as `initializationOptions`. */
export interface ServerOptions {
  /** The stage to check drafts for (as `--stage`); default: the latest, where everything may be mentioned as notice. */
  stage?: string | undefined;
  /** How long typing must pause before a document is checked, in ms (default 250). */
  debounceMs?: number | undefined;
  /** A check that takes longer than this (ms, default 60 000) is abandoned and the checking thread restarted. */
  checkTimeoutMs?: number | undefined;
}

type Kind = 'template' | 'chapter' | 'draft';

/** Files the validator reads as drafts when they are not templates or chapters (as the command line does with a folder). */
const draftExtensions = ['.md', '.mdx', '.markdown', '.txt'];
const draftLanguages: Record<string, string> = { markdown: '.md', mdx: '.mdx', plaintext: '.txt' };

function uriPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The folder itself or the nearest one above it that holds the content data (a workspace opened on templates/ is still the project). */
function projectAbove(folder: string): string | undefined {
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, contentPaths.fields))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * The project the workspace is: the first workspace folder (or the root URI
 * or path) in or under a folder with the content data (content/fields.yaml),
 * else the first of them, else the server's working folder.
 */
export function workspaceRoot(params: InitializeParams): string {
  const folders = (params.workspaceFolders ?? []).map((folder) => uriPath(folder.uri)).filter((p): p is string => !!p);
  const candidates = [...folders, params.rootUri ? uriPath(params.rootUri) : undefined, params.rootPath ?? undefined].filter((p): p is string => !!p);
  for (const candidate of candidates) {
    const found = projectAbove(candidate);
    if (found) return found;
  }
  return candidates[0] ?? process.cwd();
}

/** The checking thread: one request at a time, restarted after a failure or a check that runs too long. */
class Checker {
  private worker: Worker | undefined;
  private nextId = 1;
  private pending = new Map<number, { worker: Worker; resolve: (answer: WorkerAnswer) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }>();

  private readonly log: (text: string) => void;
  timeoutMs = 60_000;

  constructor(log: (text: string) => void) {
    this.log = log;
  }

  /** Starts the thread, which loads the validator while the client gets ready. */
  warm(): void {
    this.worker ??= this.start();
  }

  /** Every request still waiting on `worker` fails with `error`; the next request starts a new thread. */
  private abandon(worker: Worker, error: Error): void {
    if (this.worker === worker) this.worker = undefined;
    for (const [id, waiting] of this.pending) {
      if (waiting.worker !== worker) continue;
      clearTimeout(waiting.timer);
      this.pending.delete(id);
      waiting.reject(error);
    }
  }

  private start(): Worker {
    // Its stdout and stderr are read here: nothing a dependency prints may reach the protocol's stdout.
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { stdout: true, stderr: true, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    worker.stdout.on('data', (chunk: Buffer) => this.log(String(chunk)));
    worker.stderr.on('data', (chunk: Buffer) => this.log(String(chunk)));
    worker.on('message', (answer: WorkerAnswer) => {
      const waiting = this.pending.get(answer.id);
      if (!waiting) return;
      this.pending.delete(answer.id);
      clearTimeout(waiting.timer);
      waiting.resolve(answer);
    });
    worker.on('error', (error) => {
      this.log(`The checking thread failed: ${error.message}`);
      this.abandon(worker, error);
    });
    worker.on('exit', (code) => this.abandon(worker, new Error(`the checking thread stopped (exit code ${code})`)));
    worker.unref();
    return worker;
  }

  request<T extends WorkerRequest['type']>(request: Omit<Extract<WorkerRequest, { type: T }>, 'id'>): Promise<WorkerAnswer> {
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        // A thread stuck in a check cannot be interrupted any other way: it is stopped, and what waited on it fails.
        this.abandon(worker, new Error(`the check took longer than ${Math.round(this.timeoutMs / 1000)} s`));
        void worker.terminate();
      }, this.timeoutMs);
      this.pending.set(id, { worker, resolve, reject, timer });
      worker.postMessage({ ...request, id });
    });
  }

  stop(): Promise<number> | undefined {
    const worker = this.worker;
    this.worker = undefined;
    return worker?.terminate();
  }
}

/** What was last published for a document: its fixes, kept to answer code actions. */
interface Published {
  version: number;
  fixes: { diagnostic: Diagnostic; range: Range; flagged: string; newText: string; title: string; preferred: boolean }[];
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/**
 * The language server: diagnostics for templates, chapters and drafts as the
 * writer types (the newest text of each document only; a result for a text
 * that has since changed is dropped), the catalogue's merge fields after
 * `{{`, and quick fixes where the validator names the one replacement.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const log = (text: string) => connection.console.log(text.replace(/\n$/, ''));
  let root = process.cwd();
  let options: ServerOptions = {};
  let canWatch = false;
  // Started at once: the validator's code loads while the client is still starting.
  const checker = new Checker(log);
  checker.warm();
  let initialized!: () => void;
  const ready = new Promise<void>((resolve) => (initialized = resolve));
  let fields: FieldInfo[] = [];
  let dataStamp: string | undefined;
  let told = false;
  let publishedData = new Set<string>();
  const timers = new Map<string, NodeJS.Timeout>();
  /** Documents whose newest text waits for a check, in the order they became due. */
  const due = new Set<string>();
  let running: string | undefined;
  const published = new Map<string, Published>();

  function kindOf(document: TextDocument): { kind: Kind; path: string } | undefined {
    const file = uriPath(document.uri);
    if (file) {
      const located = kindByLocation(file, root);
      if (located === 'template' || located === 'chapter') return { kind: located, path: file };
      if (located === 'data') return undefined;
      return draftExtensions.includes(path.extname(file).toLowerCase()) ? { kind: 'draft', path: file } : undefined;
    }
    // An unsaved buffer: a draft, by its language.
    const extension = draftLanguages[document.languageId];
    return extension ? { kind: 'draft', path: path.join(root, `draft${extension}`) } : undefined;
  }

  function publish(uri: string, version: number | undefined, result: PlainResult | undefined, text: string): void {
    const bom = text.startsWith('\uFEFF');
    const entry: Published = { version: version ?? 0, fixes: [] };
    const messages = result?.messages ?? [];
    // The fixes of every message at once: the checked text is indexed once, not once a message.
    const fixes = result ? fixesFor(messages, result.value) : [];
    let document: TextDocument | undefined;
    const diagnostics = messages.map((message, i) => {
      const diagnostic = toDiagnostic(message, bom);
      const fix = fixes[i];
      if (fix) {
        const range = toRange({ start: fix.start, end: fix.end }, bom);
        document ??= TextDocument.create('', '', 0, text);
        entry.fixes.push({ diagnostic, range, flagged: text.slice(document.offsetAt(range.start), document.offsetAt(range.end)), newText: fix.text, title: fix.title, preferred: fix.preferred });
      }
      return diagnostic;
    });
    published.set(uri, entry);
    void connection.sendDiagnostics(version === undefined ? { uri, diagnostics } : { uri, version, diagnostics });
  }

  function failed(uri: string, version: number, text: string, error: Error): void {
    log(`Could not check ${uri}: ${error.message}`);
    publish(uri, version, { path: '', kind: 'draft', value: text, messages: [{ reason: `Could not check this text: ${error.message}`, ruleId: 'internal-error', source: 'fair-collections', fatal: true, place: { line: 1, column: 1 }, actual: undefined, expected: undefined, url: undefined, note: undefined }], suppressions: [] }, text);
  }

  async function refreshProject(): Promise<void> {
    let answer: WorkerAnswer;
    try {
      answer = await checker.request<'project'>({ type: 'project', root });
      // Nothing is published before the client has said it is ready.
      await ready;
    } catch (error) {
      log(`Could not read the content data: ${(error as Error).message}`);
      return;
    }
    if (answer.type !== 'project') {
      if (answer.type === 'error') log(`Could not read the content data: ${answer.error}`);
      return;
    }
    applyProject(answer.data);
  }

  function applyProject(data: ProjectData): void {
    const changed = dataStamp !== undefined && dataStamp !== data.stamp;
    dataStamp = data.stamp;
    fields = data.fields;
    // The data files' problems, as `npm run lint` reports them, whether or not they are open.
    const now = new Set<string>();
    // Said once: the settings and the folder do not change while the server runs.
    if (!told) {
      told = true;
      if (options.stage && data.stages.length > 0 && !data.stages.includes(options.stage)) log(`Unknown stage "${options.stage}" in the settings, so drafts are checked for the latest stage. Stages: ${data.stages.join(', ')}`);
      if (!data.isProject) {
        log(`${root} has no ${contentPaths.fields} or other content data: drafts are checked for their wording only`);
        // Shown as well as logged: most editors hide the log, and a writer would otherwise take the missing checks for a clean bill.
        // A notification (window/showMessage): nothing for the writer to answer, unlike showInformationMessage's request.
        void connection.sendNotification(ShowMessageNotification.type, {
          type: MessageType.Info,
          message: `Fair Collections: no ${contentPaths.fields} found at or above ${root}, so the project checks (merge fields, stage notices, field completions) are off; drafts are checked for their wording only. Open the folder that holds ${path.posix.dirname(contentPaths.fields)}/ to turn them on.`,
        });
      }
    }
    for (const file of data.isProject ? data.dataFiles : []) {
      const uri = pathToFileURL(file.path).href;
      now.add(uri);
      void connection.sendDiagnostics({ uri, diagnostics: file.messages.map((m) => toDiagnostic(m)) });
    }
    for (const uri of publishedData) if (!now.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    publishedData = now;
    if (changed) {
      for (const document of documents.all()) if (kindOf(document)) due.add(document.uri);
      pump();
    }
  }

  /** Checks the next ready document, if no check is under way. */
  function pump(): void {
    if (running) return;
    for (const uri of due) {
      due.delete(uri);
      const document = documents.get(uri);
      const target = document && kindOf(document);
      if (!document || !target) continue;
      running = uri;
      const { version } = document;
      const text = document.getText();
      checker
        .request<'check'>({ type: 'check', root, path: target.path, kind: target.kind, text, stage: options.stage })
        .then(
          (answer) => {
            // Only the result for the document's newest text is published; a newer text is already waiting for its check.
            if (documents.get(uri)?.version !== version) return;
            if (answer.type === 'check') {
              publish(uri, version, answer.result, text);
              // The content data changed on disk: its problems, the fields and the other open documents are read again.
              if (dataStamp !== undefined && answer.stamp !== dataStamp) void refreshProject();
            } else if (answer.type === 'error') failed(uri, version, text, new Error(answer.error));
          },
          (error: Error) => {
            if (documents.get(uri)?.version === version) failed(uri, version, text, error);
          },
        )
        .finally(() => {
          running = undefined;
          pump();
        });
      return;
    }
  }

  /** Checks a document once typing pauses; a first look at a document is checked at once. */
  function schedule(document: TextDocument): void {
    if (!kindOf(document)) return;
    clearTimeout(timers.get(document.uri));
    const delay = published.has(document.uri) ? (options.debounceMs ?? 250) : 0;
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        due.add(document.uri);
        pump();
      }, delay),
    );
  }

  connection.onInitialize((params): InitializeResult => {
    root = path.resolve(workspaceRoot(params));
    options = (params.initializationOptions as ServerOptions | undefined) ?? {};
    canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    checker.timeoutMs = options.checkTimeoutMs ?? checker.timeoutMs;
    // The content data loads while the client finishes starting.
    void refreshProject();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        completionProvider: { triggerCharacters: ['{'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'fair-collections-lsp' },
    };
  });

  connection.onInitialized(() => {
    log(`Fair Collections: checking against ${root}`);
    initialized();
    // Told of changes on disk: the content data, and the other templates the checks across templates read.
    if (canWatch) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${contentPaths.templates}/**/*.mdx` }, { globPattern: '**/content/*.yaml' }] }).catch((error: Error) => log(`Could not watch files: ${error.message}`));
    }
  });

  documents.onDidChangeContent((event) => schedule(event.document));
  documents.onDidSave(() => void refreshProject());
  documents.onDidClose((event) => {
    clearTimeout(timers.get(event.document.uri));
    timers.delete(event.document.uri);
    due.delete(event.document.uri);
    published.delete(event.document.uri);
    // A data file keeps its problems: they are the project's, not the open buffer's.
    if (!publishedData.has(event.document.uri)) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });
  connection.onDidChangeWatchedFiles((params) => {
    void refreshProject();
    // A template changed on disk: open templates are checked again against it (ids, the schedule).
    if (params.changes.some((change) => uriPath(change.uri) && kindByLocation(uriPath(change.uri)!, root) === 'template')) {
      for (const document of documents.all()) if (kindOf(document)?.kind === 'template') due.add(document.uri);
      pump();
    }
  });

  connection.onCompletion((params): CompletionItem[] => {
    const document = documents.get(params.textDocument.uri);
    const target = document && kindOf(document);
    // Chapters hold no merge fields (they would show as {{name}} to readers).
    if (!document || !target || target.kind === 'chapter') return [];
    const line = document.getText({ start: { line: params.position.line, character: 0 }, end: { line: params.position.line + 1, character: 0 } });
    const before = line.slice(0, params.position.character);
    const open = /\{\{\s*([A-Za-z0-9_]*)$/.exec(before);
    if (!open) return [];
    const typed = open[1]!;
    const closed = /^[A-Za-z0-9_]*\s*\}\}/.test(line.slice(params.position.character));
    const range = { start: { line: params.position.line, character: params.position.character - typed.length }, end: params.position };
    return fields.map((field, index) => ({
      label: field.name,
      kind: CompletionItemKind.Field,
      detail: `${field.label} (${field.format})`,
      documentation: { kind: MarkupKind.Markdown, value: `${field.description}\n\nExample: ${field.example}` },
      sortText: String(index).padStart(4, '0'),
      filterText: field.name,
      textEdit: { range, newText: closed ? field.name : `${field.name}}}` },
    }));
  });

  connection.onCodeAction((params): CodeAction[] => {
    // Asked only for other kinds ('' asks for all).
    if (params.context.only && !params.context.only.some((kind) => kind === CodeActionKind.Empty || kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`))) return [];
    const document = documents.get(params.textDocument.uri);
    const entry = published.get(params.textDocument.uri);
    if (!document || !entry) return [];
    const text = document.getText();
    return entry.fixes
      .filter((fix) => overlaps(fix.range, params.range))
      // The text may have changed since the check: a fix applies only where the flagged text is still there.
      .filter((fix) => text.slice(document.offsetAt(fix.range.start), document.offsetAt(fix.range.end)) === fix.flagged)
      .map((fix) => ({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [fix.diagnostic],
        isPreferred: fix.preferred,
        edit: { changes: { [document.uri]: [{ range: fix.range, newText: fix.newText }] } },
      }));
  });

  connection.onShutdown(async () => {
    for (const timer of timers.values()) clearTimeout(timer);
    await checker.stop();
  });

  documents.listen(connection);
  connection.listen();
}
