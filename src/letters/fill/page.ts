/**
 * "Fill in a letter" on a template page (src/components/FillIn.astro): the
 * form fills the letter the page already shows, merge field by merge field,
 * and the result is copied (rich text and plain text), downloaded as an .eml
 * draft or printed. Nothing is sent anywhere: the only thing kept is the
 * sender's own details, in localStorage, until "Forget my details".
 */
import { addDays, daysBetween, type LadderPlan } from '../../catalog/what-to-send.ts';
import { dependsOn, derive, derivedFields, derivedHow, disagrees, isDerived, replyDays, type Derivation, type DerivedField, type Facts, type Money } from '../derive.ts';
import { isJurisdiction } from '../../model/vocabulary.ts';
import { checkValue, currencyOf, exampleInput, fillText, formatDate, formatMoney, isCurrency, isIsoDate, parseAmount, parseLongDate, sampleMark, senderFields, shiftDatesInText, today, type Checked, type Currency, type FillField } from './formats.ts';
import { buildEml, draftFileName, type Mailbox } from './mail.ts';

interface Config {
  id: string;
  channel: string;
  sendOffsetDays: number | null;
  /** The template's jurisdictions (its frontmatter): which fixed compensation the law sets. */
  jurisdictions: string[];
  /** The days of the template's stage: a step's window, or a side path's first day. */
  window: { stage: string; kind: 'step' | 'side'; from: number; to?: number | undefined };
  /** The example letter date the sample values are counted from (the page moves them to today). */
  letterDateExample: string;
  /** The catalogue's example due date, which the other example dates are written around. */
  dueExample: string;
  subject: string | null;
  text: string;
  fields: FillField[];
  plan: LadderPlan;
}

const storageKey = 'fair-collections:my-details';

type Control = HTMLInputElement | HTMLTextAreaElement;

function readStored(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '{}');
    if (!parsed || typeof parsed !== 'object') return {};
    // Only the sender's details are ever kept; anything else found under the key is ignored.
    return Object.fromEntries(Object.entries(parsed).filter(([name, value]) => senderFields.includes(name) && typeof value === 'string')) as Record<string, string>;
  } catch {
    return {};
  }
}

function writeStored(values: Record<string, string>): void {
  try {
    if (Object.keys(values).length === 0) localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, JSON.stringify(values));
  } catch {
    // Storage may be switched off; the form still works, it just does not remember.
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const kept = new Set(['p', 'br', 'strong', 'em', 'b', 'i', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'hr', 'thead', 'tbody', 'tr', 'del', 'code']);

/**
 * The letter's HTML for the clipboard and the .eml: only plain markup. Tables
 * carry HTML's own border and padding attributes, so that they paste as ruled
 * tables into mail programs (which drop style sheets); no style attributes,
 * which the page's Content-Security-Policy refuses when the browser parses
 * the copied HTML. Built as a string, never parsed into the page.
 */
function mailHtml(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return escapeHtml(node.textContent ?? '');
  if (!(node instanceof HTMLElement)) return '';
  const inner = () => [...node.childNodes].map(mailHtml).join('');
  const tag = node.tagName.toLowerCase();
  if (node.classList.contains('subject')) return '';
  if (tag === 'table') return `<table border="1" cellpadding="6" cellspacing="0">${inner()}</table>`;
  if (tag === 'th' || tag === 'td') return `<${tag} align="left" valign="top">${inner()}</${tag}>`;
  if (tag === 'a') {
    const href = node.getAttribute('href') ?? '';
    return /^(https?:|mailto:)/i.test(href) ? `<a href="${escapeHtml(href)}">${inner()}</a>` : inner();
  }
  if (tag === 'p' && /letterhead-(sender|date)/.test(node.className)) return `<p align="right">${inner()}</p>`;
  if (kept.has(tag)) return tag === 'br' || tag === 'hr' ? `<${tag}>` : `<${tag}>${inner()}</${tag}>`;
  if (tag === 'div' && node.classList.contains('notice')) return `<div>${inner()}</div>`;
  // Merge fields, scroll wrappers and other boxes: their content only.
  return inner();
}

function start(root: HTMLElement): void {
  const config = JSON.parse(root.dataset['config'] ?? '{}') as Config;
  const form = root.querySelector<HTMLFormElement>('#fill-form')!;
  const preview = root.querySelector<HTMLElement>('#fill-preview')!;
  const actions = root.querySelector<HTMLElement>('#fill-actions')!;
  const status = root.querySelector<HTMLElement>('#fill-status')!;
  const progress = root.querySelector<HTMLElement>('#fill-progress')!;
  const sampleBanner = root.querySelector<HTMLElement>('#fill-sample-mark')!;
  const currencySelect = root.querySelector<HTMLSelectElement>('#fill-currency');
  /**
   * Whether the currency came with the letter (one jurisdiction's, `data-fixed`) or with the page's address (where the
   * customer is): the sample's own currency does not replace it.
   */
  let currencyHandedOn = currencySelect?.dataset['fixed'] !== undefined;
  const controls = new Map<string, Control>();
  for (const control of form.querySelectorAll<Control>('[data-field]')) controls.set(control.dataset['field']!, control);
  const fieldsByName = new Map(config.fields.map((f) => [f.name, f]));
  /** The currencies of the letter's own jurisdictions: neither the sample nor ?where= switches the letter to another. */
  const ownCurrencies = new Set<string>(config.jurisdictions.filter(isJurisdiction).map((j) => currencyOf[j]));
  const labelOf = (name: string) => fieldsByName.get(name)?.label ?? (name === 'due_date' ? 'Due date' : name);

  /** Fields holding a value put there by "Fill with sample data" and not typed over since. */
  const fromSample = new Set<string>();
  /** Fields the clerk has left (or tried to use the letter with): "Fill this in" shows for them when empty. */
  const touched = new Set<string>();
  /** Worked-out fields the clerk has typed over: they keep what was typed (and are warned about when it disagrees) until cleared. */
  const overridden = new Set<string>();
  /** Typed figures that disagree with the worked-out ones, by field: shown at the field and repeated in the status on use. */
  const warnings = new Map<string, string>();
  let statusTimer: ReturnType<typeof setTimeout> | undefined;

  const currency = (): Currency => {
    const value = currencySelect?.value ?? 'GBP';
    return isCurrency(value) ? value : 'GBP';
  };

  function say(message: string): void {
    status.textContent = message;
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => (status.textContent = ''), 8000);
  }

  /** A message on using the letter, followed by any figure typed over that disagrees with the worked-out one: the clerk may know better, so the letter is still used. */
  function sayUsed(message: string): void {
    const checks = [...warnings].map(([name, text]) => `${labelOf(name)}: ${text}`);
    say(checks.length > 0 ? `${message} Check before sending: ${checks.join(' ')}` : message);
  }

  /** The figures the form holds that derivations read, each read by its catalogue format: typed fields, and worked-out ones only where typed over. Unreadable values count as not given. */
  function given(): Facts {
    const facts: Record<string, unknown> = {};
    for (const [name, control] of controls) {
      if (isDerived(name) && !overridden.has(name)) continue;
      const value = control.value.trim();
      const format = fieldsByName.get(name)?.format ?? (name === 'due_date' ? 'date' : undefined);
      if (value === '' || !format || !checkValue(format, value, currency()).ok) continue;
      if (format === 'date') facts[name] = value;
      else if (format === 'money') facts[name] = { cents: Math.round(parseAmount(value)! * 100), currency: currency() } satisfies Money;
      else if (format === 'percent') facts[name] = Number.parseFloat(value);
      else if (format === 'number') facts[name] = Number(value);
    }
    return facts as Facts;
  }

  /** A worked-out figure as its input takes it. */
  const inputOf = (value: NonNullable<Facts[DerivedField]>): string => (typeof value === 'object' ? (value.cents / 100).toFixed(2) : String(value));
  /** A worked-out figure as the letter writes it. */
  const wordsOf = (value: NonNullable<Facts[DerivedField]>): string =>
    typeof value === 'object' ? formatMoney(value.cents / 100, value.currency) : typeof value === 'string' ? formatDate(value) : String(value);

  /**
   * The worked-out fields (src/letters/derive.ts, the functions the samples
   * use): filled in as the clerk types, unless typed over; a typed figure
   * that disagrees is kept, with a warning at the field.
   */
  function compute(): Map<string, Checked> {
    const results = new Map<string, Checked>();
    const facts = given();
    const derivation: Derivation = derive(facts, { today: today(), jurisdictions: config.jurisdictions, plan: config.plan });
    const { computed, effective, atLeast } = derivation;
    warnings.clear();
    for (const name of derivedFields) {
      const control = controls.get(name);
      if (!control) continue;
      const value = computed[name];
      const auto = !overridden.has(name);
      if (auto) control.value = value === undefined ? '' : inputOf(value);
      control.dataset['computed'] = auto ? 'auto' : 'typed';
      const typed = facts[name];
      const warning =
        !auto && value !== undefined && disagrees(typed, value, atLeast.has(name))
          ? `${atLeast.has(name) ? 'Less than the minimum' : 'Not the worked-out figure'}, ${wordsOf(value)} (${derivedHow[name]}). Check it, or empty the box to use the worked-out figure.`
          : '';
      if (warning) warnings.set(name, warning);
      const box = document.getElementById(`fill-${name}-warn`);
      if (box && box.textContent !== warning) box.textContent = warning;
    }
    const days = effective.days_past_due;
    if (controls.has('days_past_due') && !overridden.has('days_past_due')) {
      if (days === undefined) results.set('days_past_due', { ok: false, empty: true, message: 'Enter the due date: days past due are worked out from it' });
      else if (days < 0) results.set('days_past_due', { ok: false, message: `The due date is ${-days} day${days === -1 ? '' : 's'} away: this letter is for an invoice past its due date` });
    }
    // A letter used outside its stage's days is the wrong letter: say so, and where to look.
    const warning = document.getElementById('fill-window');
    if (warning) {
      const { stage, kind, from, to } = config.window;
      const outside = days !== undefined && (days < from || (to !== undefined && days > to));
      warning.hidden = !outside;
      if (outside) {
        const range = kind === 'step' && to !== undefined ? `days ${from} to ${to} past the due date` : `from day ${from}`;
        warning.textContent = `This letter is for “${stage}”, ${range}; this invoice is ${days} day${Math.abs(days!) === 1 ? '' : 's'} ${days! < 0 ? 'before its due date' : 'past due'}. Check “What do I send?” on the template index for the right letter.`;
      }
    }
    const hint = document.getElementById('fill-next_step_date-hint');
    if (hint && controls.has('next_step_date')) {
      const due = effective.due_date;
      const next = derivation.nextStage;
      hint.textContent = !due
        ? 'Worked out from the due date and the ladder: enter the due date first, or type a date.'
        : next
          ? `Worked out: the ladder's next step, ${next.name}, falls due on day ${next.day} (${formatDate(addDays(due, next.day))}). Change it if you agreed another date.`
          : `Worked out: the ladder has no later step for this invoice, so it is set ${replyDays} days after the letter. Change it if you agreed another date.`;
    }
    return results;
  }

  function check(): Map<string, Checked> {
    const results = compute();
    for (const field of config.fields) {
      if (results.has(field.name)) continue;
      const control = controls.get(field.name);
      results.set(field.name, checkValue(field.format, control?.value ?? '', currency()));
    }
    // The due date asked for only to work out other fields must be a date too.
    const due = controls.get('due_date');
    if (due && !fieldsByName.has('due_date')) {
      const result = checkValue('date', due.value);
      if (!result.ok) results.set('due_date', result);
    }
    return results;
  }

  function showMessages(results: Map<string, Checked>): void {
    for (const [name, control] of controls) {
      const result = results.get(name);
      const message = document.getElementById(`fill-${name}-msg`);
      const problem = result && !result.ok && (!('empty' in result) || touched.has(name)) ? result.message : '';
      if (message && message.textContent !== problem) message.textContent = problem;
      if (problem) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
  }

  /** Whether any value in the letter came from the sample data, directly or worked out from it. */
  function isSample(): boolean {
    return fromSample.size > 0;
  }

  function render(results: Map<string, Checked>): void {
    // A worked-out figure is as made up as any sample value it is worked out from.
    const sampleNames = new Set(fromSample);
    for (const name of derivedFields) if (!overridden.has(name) && dependsOn[name].some((from) => sampleNames.has(from))) sampleNames.add(name);
    for (const span of preview.querySelectorAll<HTMLElement>('.merge-field[data-field]')) {
      const name = span.dataset['field']!;
      const result = results.get(name);
      const text = result?.ok ? result.text : `{{${name}}}`;
      const key = `${result?.ok ? 'v' : 'p'}${sampleNames.has(name) ? 's' : ''}:${text}`;
      if (span.dataset['shown'] === key) continue;
      span.dataset['shown'] = key;
      span.replaceChildren(...text.split('\n').flatMap((line, index) => (index === 0 ? [line] : [document.createElement('br'), line])));
      span.classList.toggle('is-filled', Boolean(result?.ok));
      span.classList.toggle('is-sample', Boolean(result?.ok) && sampleNames.has(name));
    }
    sampleBanner.hidden = !isSample();
    const missing = config.fields.filter((f) => !results.get(f.name)?.ok);
    const done = config.fields.length - missing.length;
    progress.textContent =
      missing.length === 0
        ? isSample()
          ? 'Every field is filled in, some with sample data: anything you copy, download or print is marked SAMPLE.'
          : 'Every field is filled in: the letter is ready.'
        : `${done} of ${config.fields.length} fields filled in. Still to do: ${missing.map((f) => f.label).join(', ')}.`;
  }

  function update(): Map<string, Checked> {
    const results = check();
    showMessages(results);
    render(results);
    return results;
  }

  /** The filled values, or undefined (with a message and focus on the first problem) while any field is empty or wrong. */
  function ready(): Record<string, string> | undefined {
    for (const name of controls.keys()) touched.add(name);
    const results = update();
    // In the order of the form, so the first problem named is the first one met.
    const problems = [...controls.keys()].flatMap((name) => {
      const result = results.get(name);
      return result && !result.ok ? [[name, result] as const] : [];
    });
    if (problems.length > 0) {
      const names = problems.map(([name]) => labelOf(name));
      say(`Not ready to use: ${problems.length === 1 ? 'one field needs' : `${problems.length} fields need`} attention (${names.slice(0, 4).join(', ')}${names.length > 4 ? ', …' : ''}).`);
      let first = problems[0]![0];
      if (isDerived(first) && !overridden.has(first) && !isIsoDate(controls.get('due_date')?.value ?? '')) first = 'due_date';
      const control = controls.get(first);
      if (control && !control.readOnly) control.focus();
      else controls.get('due_date')?.focus();
      return undefined;
    }
    return Object.fromEntries([...results].map(([name, result]) => [name, result.ok ? result.text : '']));
  }

  function subjectOf(values: Record<string, string>): string {
    const subject = fillText(config.subject ?? '', values);
    return isSample() ? `[${sampleMark}] ${subject}` : subject;
  }

  function bodyOf(values: Record<string, string>): { text: string; html: string } {
    const letter = preview.querySelector('.letter')!;
    const html = [...letter.childNodes].map(mailHtml).join('');
    const text = fillText(config.text, values);
    return isSample() ? { text: `${sampleMark}\n\n${text}`, html: `<p><strong>${sampleMark}</strong></p>${html}` } : { text, html };
  }

  async function copy(values: Record<string, string>): Promise<void> {
    const { text, html } = bodyOf(values);
    try {
      if (typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
        await navigator.clipboard.write([
          new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
        ]);
      } else {
        await navigator.clipboard.writeText(text);
      }
      sayUsed(isSample() ? 'Copied, marked SAMPLE: replace the sample values before sending.' : 'Letter copied: paste it into your email or document.');
    } catch {
      say('Copy failed: your browser did not allow it. Select the letter above and copy it instead.');
    }
  }

  async function copySubject(values: Record<string, string>): Promise<void> {
    try {
      await navigator.clipboard.writeText(subjectOf(values));
      sayUsed(isSample() ? 'Subject copied, marked SAMPLE.' : 'Subject copied: paste it into the subject line.');
    } catch {
      say('Copy failed: your browser did not allow it.');
    }
  }

  /** The sender for the draft's From, from the letter's own email field; never a sample value, which is no one's address. */
  function sender(values: Record<string, string>): Mailbox | undefined {
    const address = values['contact_email'];
    if (!address || fromSample.has('contact_email')) return undefined;
    return { address, name: fromSample.has('contact_name') ? undefined : values['contact_name'] };
  }

  function download(values: Record<string, string>): void {
    const eml = buildEml({ date: new Date(), from: sender(values), subject: subjectOf(values), ...bodyOf(values) });
    const url = URL.createObjectURL(new Blob([eml], { type: 'message/rfc822' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = draftFileName(config.id, isSample() ? 'SAMPLE' : (controls.get('invoice_number')?.value ?? ''));
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    sayUsed(isSample() ? 'Draft downloaded, marked SAMPLE.' : 'Draft downloaded: open the .eml file to send it from your mail program.');
  }

  function fillSample(): void {
    let filled = 0;
    // The sample invoice is as late as the template is sent, so the days past due read true; the
    // catalogue's other example dates move with it, so the invoice, reminders and promises keep their order.
    // The template's sample is dated on the example letter date; every date moves by as much as today is after it
    // (or, once the due date is typed, as much as the typed due date is after the sample's), so they keep their order.
    const exampleDue = parseLongDate(config.dueExample);
    const exampleLetter = parseLongDate(config.letterDateExample);
    const typedDue = controls.get('due_date')?.value ?? '';
    const shift = isIsoDate(typedDue) && exampleDue ? daysBetween(exampleDue, typedDue) : exampleLetter ? daysBetween(exampleLetter, today()) : 0;
    const due = isIsoDate(typedDue) ? typedDue : exampleDue && addDays(exampleDue, shift);
    for (const [name, control] of controls) {
      // Worked-out fields follow from the sample's other values.
      if (control.value.trim() !== '' || isDerived(name)) continue;
      const field = fieldsByName.get(name);
      let value: string;
      if (name === 'due_date') {
        if (!due) continue;
        value = due;
      } else if (field) {
        const example = exampleInput(field);
        value = field.format === 'date' && example.value ? addDays(example.value, shift) : field.format === 'multiline' ? shiftDatesInText(example.value, shift) : example.value;
        if (example.currency && ownCurrencies.has(example.currency) && currencySelect && !currencyHandedOn && ![...controls.keys()].some((n) => fieldsByName.get(n)?.format === 'money' && !fromSample.has(n) && controls.get(n)!.value.trim() !== '')) {
          currencySelect.value = example.currency;
        }
      } else continue;
      control.value = value;
      fromSample.add(name);
      filled++;
    }
    update();
    say(filled > 0 ? `${filled} empty field${filled === 1 ? '' : 's'} filled with sample data, marked SAMPLE until you type over them.` : 'Every field already has a value: clear the letter’s fields first to see the sample.');
  }

  function clearLetter(): void {
    for (const [name, control] of controls) {
      if (senderFields.includes(name)) continue;
      control.value = '';
      fromSample.delete(name);
      touched.delete(name);
    }
    overridden.clear();
    const dated = controls.get('letter_date');
    if (dated) dated.value = today();
    update();
    say('The letter’s fields are cleared; your own details stay.');
  }

  function forget(): void {
    writeStored({});
    for (const name of senderFields) {
      const control = controls.get(name);
      if (!control) continue;
      control.value = '';
      fromSample.delete(name);
      touched.delete(name);
    }
    update();
    say('Your details are forgotten: nothing is kept in this browser now.');
  }

  function remember(name: string, value: string): void {
    const stored = readStored();
    if (value.trim()) stored[name] = value.trim();
    else delete stored[name];
    writeStored(stored);
  }

  // Your own details, from the last time.
  const stored = readStored();
  for (const [name, value] of Object.entries(stored)) {
    const control = controls.get(name);
    if (control) control.value = value;
  }

  // A due date handed on by "What do I send?" (?due_date=YYYY-MM-DD): used only if it is a real date, and only as an input's value.
  const handed = new URLSearchParams(location.search);
  const dueControl = controls.get('due_date');
  const handedOn = handed.get('due_date') ?? '';
  if (dueControl && !dueControl.value && isIsoDate(handedOn)) dueControl.value = handedOn;
  // … and where the customer is (?where=US): its currency, which the sample then keeps (not for a letter of one jurisdiction,
  // whose own currency it keeps).
  const where = handed.get('where') ?? '';
  if (currencySelect && isJurisdiction(where) && !currencyHandedOn && ownCurrencies.has(currencyOf[where])) {
    currencySelect.value = currencyOf[where];
    currencyHandedOn = true;
  }

  // A letter is dated the day it is written, unless the clerk says otherwise.
  const letterDate = controls.get('letter_date');
  if (letterDate && !letterDate.value) letterDate.value = today();

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', (event) => {
    const control = event.target as Control;
    const name = control.dataset?.['field'];
    if (!name) {
      update();
      return;
    }
    fromSample.delete(name);
    // Typing over a worked-out figure keeps it; emptying the box (on leaving it) goes back to the worked-out one.
    if (isDerived(name)) overridden.add(name);
    if (senderFields.includes(name)) remember(name, control.value);
    update();
  });
  form.addEventListener('change', () => update());
  form.addEventListener('focusout', (event) => {
    const name = (event.target as HTMLElement).dataset?.['field'];
    if (name && (event.target as Control).value !== undefined) {
      touched.add(name);
      if (isDerived(name) && (event.target as Control).value.trim() === '') overridden.delete(name);
      update();
    }
  });
  root.querySelector('#fill-sample')?.addEventListener('click', fillSample);
  root.querySelector('#fill-clear')?.addEventListener('click', clearLetter);
  root.querySelector('#fill-forget')?.addEventListener('click', forget);
  actions.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const values = ready();
    if (!values) return;
    const action = button.dataset['action'];
    if (action === 'subject') void copySubject(values);
    else if (action === 'copy') void copy(values);
    else if (action === 'eml') download(values);
    else if (action === 'print') {
      sayUsed(isSample() ? 'Printing, marked SAMPLE.' : 'Printing the letter.');
      window.print();
    }
  });

  form.hidden = false;
  actions.hidden = false;
  root.classList.add('is-live');
  update();
}

const root = document.getElementById('fill-in');
if (root) start(root);
