import type { PlainResult } from '../validator/serialize.ts';
import type { WorkerAnswer, WorkerRequest } from './worker.ts';

/**
 * The "Check a letter" page: sends the text to the checker's worker as the
 * writer types (the newest text only, one check at a time), underlines each
 * problem in the text and lists it with why, what to write instead and the
 * rule's page. The text stays in this tab: it is not stored or sent (the
 * browser's spell check is off: some send the text to a server).
 */

type Message = PlainResult['messages'][number];

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const textarea = byId<HTMLTextAreaElement>('letter');
const backdrop = byId<HTMLDivElement>('backdrop');
const area = byId<HTMLDivElement>('checker-area');
const status = byId<HTMLParagraphElement>('checker-status');
const list = byId<HTMLOListElement>('problems');
const form = byId<HTMLFormElement>('checker-options');
const stageBox = byId<HTMLDivElement>('checker-stage');
const stageSelect = byId<HTMLSelectElement>('stage');
const fileInput = byId<HTMLInputElement>('file');
const fileName = byId<HTMLSpanElement>('file-name');
const work = byId<HTMLDivElement>('checker-work');

const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
let ready = false;
let running: (WorkerRequest & { typedAt: number }) | undefined;
let pending: (WorkerRequest & { typedAt: number }) | undefined;
let nextId = 1;
/** Results shown so far: a test or benchmark waits for this to change. */
let shown = 0;
/** The file opened: its name until the writer switches kind, clears or replaces the text; its bytes while the text is as opened. */
let opened: { name: string; bytes: Uint8Array; value: string } | undefined;
/** Shows that a check is under way when it takes long enough to notice (a long text), so no underline sits on edited words. */
let slowCheck: ReturnType<typeof setTimeout> | undefined;

function kind(): 'draft' | 'template' {
  return (form.elements.namedItem('kind') as RadioNodeList).value === 'template' ? 'template' : 'draft';
}

function request(typedAt: number): WorkerRequest & { typedAt: number } {
  // A file as opened is checked from its bytes, as npm run lint reads it (the text box turns its line endings into \n).
  const bytes = opened && textarea.value === opened.value ? opened.bytes : undefined;
  return { id: nextId++, text: textarea.value, bytes, kind: kind(), stage: kind() === 'draft' ? stageSelect.value || undefined : undefined, name: opened?.name, typedAt };
}

function send(next: WorkerRequest & { typedAt: number }): void {
  running = next;
  const { typedAt: _typedAt, ...message } = next;
  worker.postMessage(message);
}

/** Checks the current text: now if the worker is free, else once the check under way ends (only the newest text waits). */
function schedule(typedAt = performance.now()): void {
  stageBox.hidden = kind() !== 'draft';
  if (!ready) return;
  const next = request(typedAt);
  if (running) pending = next;
  else send(next);
  clearTimeout(slowCheck);
  slowCheck = setTimeout(() => {
    paintBackdrop(textarea.value, []);
    setStatus('Checking…', 'checking');
  }, 150);
}

worker.addEventListener('message', (event: MessageEvent<WorkerAnswer | { ready: true }>) => {
  const answer = event.data;
  if ('ready' in answer) {
    ready = true;
    schedule();
    return;
  }
  const done = running;
  running = undefined;
  if (pending) {
    send(pending);
    pending = undefined;
  } else if (done && done.id === answer.id) {
    // Only the newest text is shown: a result for older text would underline the wrong words.
    if ('error' in answer) showFailure(answer.error);
    else show(answer.result, answer.ms, performance.now() - done.typedAt);
  }
});
worker.addEventListener('error', (event) => showFailure(event.message || 'the checker could not start'));

/** Changes the status line only when its text changes: it is a live region, and a screen reader would repeat it at every keystroke. */
function setStatus(text: string, state: string): void {
  if (status.textContent !== text) status.textContent = text;
  status.dataset['state'] = state;
}

function showFailure(reason: string): void {
  clearTimeout(slowCheck);
  paintBackdrop(textarea.value, []);
  list.replaceChildren();
  setStatus(`The checker failed: ${reason}. Please report this; npm run lint checks the same text.`, 'failed');
}

/** UTF-16 offset of each line's start, for turning line:column into a place in the text. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

interface Span {
  start: number;
  end: number;
  message: Message;
  index: number;
}

function spanOf(message: Message, index: number, starts: number[], length: number): Span | undefined {
  const place = message.place;
  if (!place) return undefined;
  const at = (point: { line: number; column: number }) => Math.min(length, (starts[point.line - 1] ?? length) + point.column - 1);
  if ('start' in place) {
    const start = at(place.start);
    return { start, end: Math.max(start + 1, at(place.end)), message, index };
  }
  const start = at(place);
  // A point: underline the word there.
  const word = /^[^\s]*/.exec(textarea.value.slice(start, start + 80))?.[0].length ?? 1;
  return { start, end: start + Math.max(1, word), message, index };
}

/** The text again, with each problem's words marked: errors over warnings where they overlap. */
function paintBackdrop(text: string, spans: readonly Span[]): void {
  const events: { at: number; delta: 1 | -1; span: Span }[] = [];
  for (const span of spans) events.push({ at: span.start, delta: 1, span }, { at: span.end, delta: -1, span });
  events.sort((a, b) => a.at - b.at || a.delta - b.delta);
  const fragment = document.createDocumentFragment();
  const active = new Set<Span>();
  let from = 0;
  const flush = (to: number) => {
    if (to <= from) return;
    const piece = text.slice(from, to);
    if (active.size === 0) fragment.append(piece);
    else {
      const mark = document.createElement('mark');
      const spansHere = [...active];
      mark.className = spansHere.some((s) => s.message.fatal) ? 'error' : 'warning';
      mark.dataset['problem'] = String(Math.min(...spansHere.map((s) => s.index)));
      mark.textContent = piece;
      fragment.append(mark);
    }
    from = to;
  };
  for (const event of events) {
    flush(event.at);
    if (event.delta === 1) active.add(event.span);
    else active.delete(event.span);
  }
  flush(text.length);
  // A final newline needs a character after it to take up its line, as it does in the text area.
  fragment.append('\u200b');
  backdrop.replaceChildren(fragment);
  syncScroll();
}

/** Keeps the marked copy under the text: the same wrapping width (less the text area's scroll bar, where it takes room) and scroll position. */
function syncScroll(): void {
  const style = getComputedStyle(textarea);
  const scrollBar = textarea.offsetWidth - textarea.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
  backdrop.style.paddingRight = `${parseFloat(style.paddingRight) + Math.max(0, scrollBar)}px`;
  backdrop.scrollTop = textarea.scrollTop;
  backdrop.scrollLeft = textarea.scrollLeft;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function show(result: PlainResult, checkMs: number, roundTripMs: number): void {
  clearTimeout(slowCheck);
  const text = textarea.value;
  const starts = lineStarts(text);
  const messages = result.messages
    .map((message, index) => ({ message, index }))
    .sort((a, b) => line(a.message) - line(b.message) || column(a.message) - column(b.message));
  const spans = messages.map(({ message }, i) => spanOf(message, i, starts, text.length)).filter((span): span is Span => span !== undefined);
  paintBackdrop(text, spans);
  list.replaceChildren(...messages.map(({ message }, i) => problemItem(message, i, spans.find((s) => s.index === i))));
  const errors = result.messages.filter((m) => m.fatal).length;
  const warnings = result.messages.length - errors;
  // A draft is checked for its wording; a letter still holding {{fields}} is not ready to send, whatever its wording.
  const unfilled = kind() === 'draft' ? [...new Set([...text.matchAll(/\{\{\s*([a-z][a-z0-9_]*)\s*\}\}/g)].map((m) => `{{${m[1]}}}`))] : [];
  const toFill = unfilled.length > 0 ? ` ${plural(unfilled.length, 'merge field')} still to fill in before sending: ${unfilled.slice(0, 3).join(', ')}${unfilled.length > 3 ? ', …' : ''}.` : '';
  setStatus(
    text.trim() === '' && result.messages.length === 0
      ? 'Type or paste a letter to check it.'
      : result.messages.length === 0
        ? `${kind() === 'draft' ? 'No problems in the wording.' : 'No problems.'}${toFill}`
        : `${[errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(' and ')}.${toFill}`,
    errors ? 'errors' : warnings || unfilled.length > 0 ? 'warnings' : 'clean',
  );
  status.dataset['checkMs'] = checkMs.toFixed(1);
  status.dataset['roundTripMs'] = roundTripMs.toFixed(1);
  status.dataset['results'] = String(++shown);
}

function line(message: Message): number {
  const place = message.place;
  return place ? ('start' in place ? place.start.line : place.line) : 0;
}
function column(message: Message): number {
  const place = message.place;
  return place ? ('start' in place ? place.start.column : place.column) : 0;
}

function problemItem(message: Message, index: number, span: Span | undefined): HTMLLIElement {
  const item = document.createElement('li');
  item.className = `problem ${message.fatal ? 'error' : 'warning'}`;
  item.id = `problem-${index}`;
  const head = document.createElement('p');
  head.className = 'problem-head';
  const severity = document.createElement('span');
  severity.className = 'problem-severity';
  severity.textContent = message.fatal ? 'Error' : 'Warning';
  const where = document.createElement('button');
  where.type = 'button';
  where.className = 'problem-where';
  where.textContent = message.place ? `Line ${line(message)}, column ${column(message)}` : 'The whole file';
  if (span) where.addEventListener('click', () => select(span));
  else where.disabled = true;
  const reason = document.createElement('span');
  reason.className = 'problem-reason';
  reason.textContent = message.reason;
  head.append(severity, ' ', where, ' ', reason);
  item.append(head);
  if (message.note) item.append(detail('Why', message.note));
  if (message.expected && message.expected.length > 0) item.append(detail('Instead', message.expected.join(' · ')));
  if (message.url && message.ruleId) {
    const rule = document.createElement('p');
    rule.className = 'problem-rule';
    // In a new tab: the letter here is not kept when the page is left.
    const link = document.createElement('a');
    link.href = message.url;
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = message.ruleId;
    const newTab = document.createElement('span');
    newTab.className = 'visually-hidden';
    newTab.textContent = ' (opens in a new tab)';
    link.append(newTab);
    rule.append('Rule: ', link);
    item.append(rule);
  }
  return item;
}

function detail(label: string, text: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = `${label}: `;
  paragraph.append(strong, text);
  return paragraph;
}

function select(span: Span): void {
  textarea.focus();
  textarea.setSelectionRange(span.start, span.end);
}

async function open(file: File): Promise<void> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  fileName.textContent = file.name;
  // A template file is checked as one; anything else as a draft.
  (form.elements.namedItem('kind') as RadioNodeList).value = /\.mdx$/i.test(file.name) ? 'template' : 'draft';
  textarea.value = new TextDecoder().decode(bytes);
  opened = { name: file.name, bytes, value: textarea.value };
  // The same file may be opened again after it is edited elsewhere.
  fileInput.value = '';
  schedule();
}

function forgetFile(): void {
  opened = undefined;
  fileName.textContent = '';
}

// Pasting over the whole text is another letter: the opened file's name no longer applies.
textarea.addEventListener('beforeinput', (event) => {
  if (/^insertFrom/.test(event.inputType) && textarea.selectionStart === 0 && textarea.selectionEnd === textarea.value.length) forgetFile();
});
textarea.addEventListener('input', () => {
  if (textarea.value === '') forgetFile();
  schedule();
});
textarea.addEventListener('scroll', syncScroll);
form.addEventListener('change', (event) => {
  if (event.target === fileInput) {
    const file = fileInput.files?.[0];
    if (file) void open(file);
    return;
  }
  if ((event.target as HTMLInputElement).name === 'kind') forgetFile();
  schedule();
});
form.addEventListener('submit', (event) => event.preventDefault());
// A dropped file is opened; dropped text goes into the text as usual.
const carriesFile = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
area.addEventListener('dragover', (event) => {
  if (!carriesFile(event)) return;
  event.preventDefault();
  area.classList.add('dropping');
});
area.addEventListener('dragleave', () => area.classList.remove('dropping'));
area.addEventListener('drop', (event) => {
  area.classList.remove('dropping');
  const file = event.dataTransfer?.files[0];
  if (!file) return;
  event.preventDefault();
  void open(file);
});
new ResizeObserver(syncScroll).observe(textarea);
// Without this script the page shows only how to check a letter otherwise.
form.hidden = false;
work.hidden = false;
schedule();
