import { addDays, dayWords, daysBetween, nextStep, whatToSend, type Advice, type LadderPlan } from '../catalog/what-to-send.ts';
import { jurisdictions, roleInText, type Jurisdiction } from '../model/vocabulary.ts';
import { alongsideParts, element, link } from './dom.ts';

/**
 * The "What do I send?" box in the browser: a due date or days past due, and
 * a situation, answered from the ladder the page carries (data attributes
 * written at build time). The tables beneath work without this script.
 */

interface Letter {
  id: string;
  title: string;
  channel: string;
  stage: string;
  jurisdictions: Jurisdiction[];
  url: string;
}

/** Today in the browser's own calendar, as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const formatDate = (date: string) => longDate.format(Date.parse(`${date}T00:00:00Z`));

function setUp(box: HTMLElement): void {
  const plan = JSON.parse(box.dataset['plan']!) as LadderPlan;
  const letters = JSON.parse(box.dataset['letters']!) as Letter[];
  const chapters = JSON.parse(box.dataset['chapters']!) as Record<string, string>;
  const form = box.querySelector('form')!;
  const due = form.elements.namedItem('due') as HTMLInputElement;
  const days = form.elements.namedItem('days') as HTMLInputElement;
  const situation = form.elements.namedItem('situation') as HTMLSelectElement;
  const where = form.elements.namedItem('where') as HTMLSelectElement;
  const answer = box.querySelector<HTMLElement>('.what-to-send-answer')!;
  form.hidden = false;

  function render(advice: Advice, dueDate: string, jurisdiction: Jurisdiction | undefined): void {
    // Each link hands the due date (and where the customer is, for its currency) on to the template's "Fill in a letter" form, which checks them before using them.
    const withDue = (url: string) => `${url}?${new URLSearchParams({ due_date: dueDate, ...(jurisdiction ? { where: jurisdiction } : {}) })}`;
    const parts: HTMLElement[] = [element('p', element('strong', `Day ${advice.day}`), `: ${dayWords(advice.day)} (due ${formatDate(dueDate)}).`)];
    const { stage } = advice;
    if (advice.outside === 'before') {
      const next = advice.next!;
      parts.push(element('p', 'Nothing to send yet. The first reminder, ', link(next.stage.name, chapters[next.stage.id]!), `, goes out on day ${next.day}: ${formatDate(addDays(dueDate, next.day))}.`));
    } else if (advice.outside === 'after') {
      const last = advice.replaces;
      parts.push(element('p', `The scheduled ladder has ended${last ? ` (its last step, “${last.name}”, ran to day ${last.days.to})` : ''}. The credit manager decides between referral and write-off`, ...(last ? [': see ', link(`the handbook on “${last.name}”`, chapters[last.id]!)] : []), '.'));
    } else if (stage) {
      const range = stage.days.to === undefined ? `from day ${stage.days.from}` : `days ${stage.days.from} to ${stage.days.to}`;
      // Who owns it: a plan is agreed, and a referral notice sent, by the credit manager only.
      const owner = ` Owner: the ${roleInText(stage.owner)}.`;
      if (stage.kind === 'step') parts.push(element('p', 'Current step: ', element('strong', stage.name), ` (${range}).${owner}`));
      else {
        const effect = advice.sequence === 'pause' ? 'pauses the scheduled reminders' : advice.sequence === 'stop' ? 'stops all collection on the account at once: no reminders, calls or payment requests' : 'runs alongside the scheduled reminders';
        parts.push(element('p', element('strong', stage.name), `: ${effect}${advice.replaces ? ` (the account had reached “${advice.replaces.name}”)` : ''}.${owner}`));
        if (advice.early) parts.push(element('p', `This path usually starts from ${dayWords(stage.days.from)}: check it applies this early.`));
      }
      if (stage.jurisdictions && !jurisdiction) parts.push(element('p', `For customers in ${stage.jurisdictions.join(', ')} only: choose where the customer is to see the step that applies elsewhere.`));
      const toSend = letters.filter((l) => l.stage === stage.id && (!jurisdiction || l.jurisdictions.includes(jurisdiction)));
      if (toSend.length > 0) {
        const list = element('ul', ...toSend.map((l) => element('li', link(l.title, withDue(l.url)), ` (${l.channel})`)));
        parts.push(element('p', toSend.length === 1 ? 'Send today:' : 'Send today, one of:'), list);
      } else parts.push(element('p', 'No template for this: see ', link(`the chapter on ${stage.name.toLowerCase()}`, chapters[stage.id]!), '.'));
      if (stage.kind === 'step' && advice.replaces) parts.push(element('p', `It follows “${advice.replaces.name}” (the step from day ${advice.replaces.days.from}).`));
    }
    const lettersOf = (id: string) => letters.filter((l) => l.stage === id && (!jurisdiction || l.jurisdictions.includes(jurisdiction))).map((l) => ({ ...l, url: withDue(l.url) }));
    parts.push(...alongsideParts(advice, lettersOf, chapters));
    if (advice.next && !advice.outside) {
      const later = advice.next.day > advice.next.stage.days.from ? ` (${plan.minimumGapDays} days after what you send today, not before)` : '';
      parts.push(element('p', 'Next step: ', element('strong', advice.next.stage.name), ` on day ${advice.next.day}${later}, ${formatDate(addDays(dueDate, advice.next.day))}, unless the account is settled or on a side path.`));
      // With where the customer is not known, a step for some places only is named as such, with what comes next elsewhere.
      const only = advice.next.stage.jurisdictions;
      const elsewhere = !jurisdiction && only ? jurisdictions.find((j) => !only.includes(j)) : undefined;
      if (elsewhere) {
        const other = nextStep(plan, advice.day, elsewhere);
        parts.push(element('p', `That step is for customers in ${only!.join(', ')} only. Elsewhere: `, ...(other ? [element('strong', other.stage.name), ` on day ${other.day}.`] : ['the scheduled ladder ends with the current step, and the credit manager then decides between referral and write-off.'])));
      }
    } else if (stage && advice.sequence === 'pause') parts.push(element('p', 'No scheduled reminder while this path is open.'));
    answer.replaceChildren(...parts);
  }

  function update(): void {
    if (days.value === '') {
      answer.replaceChildren();
      return;
    }
    if (!Number.isInteger(Number(days.value))) {
      answer.replaceChildren(element('p', 'Days past due is a whole number of days (negative before the due date).'));
      return;
    }
    const day = Number(days.value);
    const jurisdiction = (where.value || undefined) as Jurisdiction | undefined;
    render(whatToSend(plan, day, situation.value || undefined, jurisdiction), addDays(today(), -day), jurisdiction);
  }

  due.addEventListener('input', () => {
    days.value = due.value ? String(daysBetween(due.value, today())) : '';
    update();
  });
  days.addEventListener('input', () => {
    if (days.value !== '' && Number.isInteger(Number(days.value))) due.value = addDays(today(), -Number(days.value));
    update();
  });
  situation.addEventListener('change', update);
  where.addEventListener('change', update);
  update();
}

for (const box of document.querySelectorAll<HTMLElement>('.what-to-send')) setUp(box);
