/** Small DOM builders for the site's browser scripts: elements made from text, never from HTML strings. */
import type { Advice } from '../catalog/what-to-send.ts';
import { roleInText } from '../model/vocabulary.ts';

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.append(...children);
  return node;
}

export function link(text: string, href: string): HTMLAnchorElement {
  const a = element('a', text);
  a.href = href;
  return a;
}

/** A letter as the answer boxes list it: its title, where it is and its channel. */
export interface LetterLink {
  title: string;
  url: string;
  channel: string;
}

/**
 * "Alongside, from day 15: Collection call": each side path the account is on by its days alone (the ladder's
 * `scheduled`), with its templates, or its chapter when it has none; then each its owner may take (`offered`: "If the
 * credit manager decides, from day 30: Statutory interest and compensation"), only where one of its letters applies
 * (none in the US). Shared by "What do I send?" and the search answer.
 */
export function alongsideParts(advice: Pick<Advice, 'alongside' | 'offered'>, lettersOf: (stage: string) => LetterLink[], chapters: Record<string, string>): HTMLElement[] {
  const letterLinks = (letters: LetterLink[]) => letters.flatMap((l, i) => [...(i > 0 ? [', '] : []), link(l.title, l.url), ` (${l.channel})`]);
  const scheduled = advice.alongside.map((stage) => {
    const letters = lettersOf(stage.id);
    const what = letters.length > 0 ? [': ', ...letterLinks(letters)] : [': see ', link(`the chapter on ${stage.name.toLowerCase()}`, chapters[stage.id]!)];
    return element('p', `Alongside, from day ${stage.days.from}: `, element('strong', stage.name), ...what, '.');
  });
  const offered = advice.offered.flatMap((stage) => {
    const letters = lettersOf(stage.id);
    if (letters.length === 0) return [];
    return [element('p', `If the ${roleInText(stage.owner)} decides, from day ${stage.days.from}: `, element('strong', stage.name), ' (', link('when', chapters[stage.id]!), '): ', ...letterLinks(letters), '.')];
  });
  return [...scheduled, ...offered];
}
