import { whatToSend, type LadderPlan } from '../catalog/what-to-send.ts';
import { daysInQuery } from './search-days.ts';
import { alongsideParts, element, link } from './dom.ts';

/**
 * The search page's answer to a query that states days past due ("20 days
 * late"): the ladder's step for that day and its templates, above Pagefind's
 * results (why: src/site/search-days.ts). The plan, letters and chapter links
 * are written into the box's data attributes at build time.
 */

interface Letter {
  title: string;
  channel: string;
  stage: string;
  url: string;
}

/** Returns the function to call with each query: it shows the answer, or hides the box when the query states no days. */
export function searchAnswer(box: HTMLElement): (query: string) => void {
  const plan = JSON.parse(box.dataset['plan']!) as LadderPlan;
  const letters = JSON.parse(box.dataset['letters']!) as Letter[];
  const chapters = JSON.parse(box.dataset['chapters']!) as Record<string, string>;
  const whatToSendHref = box.dataset['whatToSend']!;
  let shown: number | undefined;

  return (query) => {
    const day = daysInQuery(query);
    if (day === shown) return;
    shown = day;
    box.hidden = day === undefined;
    if (day === undefined) {
      box.replaceChildren();
      return;
    }
    const advice = whatToSend(plan, day);
    const parts: HTMLElement[] = [element('h2', `What to send at ${day} day${day === 1 ? '' : 's'} past due`)];
    const { stage } = advice;
    if (stage) {
      const toSend = letters.filter((l) => l.stage === stage.id);
      const where = stage.jurisdictions ? `; for customers in ${stage.jurisdictions.join(', ')}` : '';
      parts.push(element('p', 'The ladder’s step: ', element('strong', stage.name), ` (days ${stage.days.from}${stage.days.to === undefined ? ' on' : `–${stage.days.to}`}${where}).`));
      if (toSend.length > 0) parts.push(element('p', toSend.length === 1 ? 'Send:' : 'Send one of:'), element('ul', ...toSend.map((l) => element('li', link(l.title, l.url), ` (${l.channel})`))));
      else parts.push(element('p', 'No template for this step: see ', link(`the chapter on ${stage.name.toLowerCase()}`, chapters[stage.id]!), '.'));
    } else {
      const last = advice.replaces;
      parts.push(element('p', 'The ladder has ended', ...(last ? [` (its last step, “${last.name}”, runs to day ${last.days.to}): the credit manager decides between referral and write-off; see `, link(`the handbook on “${last.name}”`, chapters[last.id]!)] : []), '.'));
    }
    parts.push(...alongsideParts(advice, (id) => letters.filter((l) => l.stage === id), chapters));
    parts.push(element('p', 'A dispute, a promise or a payment plan changes the answer: ', link('What do I send?', whatToSendHref)));
    box.replaceChildren(...parts);
  };
}
