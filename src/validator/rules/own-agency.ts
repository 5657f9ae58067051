import { location } from 'vfile-location';
import type { DocumentRule } from '../types.ts';

/**
 * The letter speaks as a third party acting for a client: "our client" as a party ("our client, Calder …", "our client
 * has instructed us", "from our client to this agency"), not a creditor's own "client services team" or "you have been
 * our client since 2015"; "on behalf of our client", "we act for". Read anywhere in the document.
 */
const clientClaim = /\b(?:our|above-named)\s+client\b(?!\s+(?:services?|portal|area|base|list|since|support|account|accounts|relationship|care|team|number|reference|manager)\b)|\bwe\s+act\s+(?:for|on\s+behalf\s+of)\b/i;

/** The company written as the client or the payee: "Our client: Calder …", "our client – Calder …", "pay Calder …", "payments directly to Calder …". */
const clientOrPayee = String.raw`(?:\bclient\b[\s,:(–—-]*(?:is\s+)?|\b(?:pay|payable\s+to|payment\s+to|payments\s+(?:\w+\s+)?to|remit\s+to)\s+)`;

/**
 * A company's name as written: capitalised words, an ampersand between them, at most six; it ends at a full stop. Each
 * gap is one run of blanks, read one way only (a run that two quantifiers could share would be tried every way: a name
 * before a long run of spaces took minutes).
 */
const name = String.raw`[A-Z][\w&'’-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'’-]*){0,5}`;

/**
 * The sender said to be a name, brand or part of another company: "Northern Commercial Recovery is a trading style of
 * Calder Office Supplies Ltd", "(a trading name of Calder Office Interiors Ltd)", "Northgate Recovery Services is operated
 * by the accounts receivable team of Lakehead Lab Supply Ltd". The company is the first group.
 */
const partOf = new RegExp(String.raw`\b(?:a|an|the)\s+(?:[A-Za-z-]+\s+){0,2}?(?:trading\s+(?:style|name)|brand|division|department|arm|unit|team)\s+of\s+(${name})`, 'g');

/**
 * A company whose own business is collecting, lending or law, or a group holding the sender: a real agency's or law
 * firm's owner ("Stratton Recoveries is a trading name of Stratton Holdings Ltd"), not the creditor.
 */
const collectingOwner = /\b(?:recovery|recoveries|collections?|collectors?|credit|debt|debts|legal|law|solicitors?|attorneys?|advocates?|holdings?|group|finance|financial|capital|partners|llp)\b/i;

/**
 * Whether the company's name (its first two words) is written as the client or the payee elsewhere in the letter than
 * in the disclosure at [from, to): the letter's own creditor. One pass over the text.
 */
function namedAsClient(source: string, owner: string, from: number, to: number): boolean {
  const words = owner.split(/\s+/).slice(0, 2).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const written = new RegExp(String.raw`${clientOrPayee}${words.join(String.raw`\s+`)}(?![\w&])`, 'gi');
  for (const found of source.matchAll(written)) if (found.index < from || found.index >= to) return true;
  return false;
}

/**
 * The words before a disclosure, in its sentence and line (at most 120 characters), that it is about: the sender's name
 * ("Northern Commercial Recovery is a trading style of …"), or the client's ("our client, Westgate Supplies (a trading
 * name of Harrow Joinery Ltd)").
 */
function subjectOf(source: string, at: number): string {
  const before = source.slice(Math.max(0, at - 120), at);
  const start = Math.max(before.lastIndexOf('\n'), ...['. ', '? ', '! '].map((end) => before.lastIndexOf(end) + 1));
  return before.slice(start + 1);
}

/** Words of a company's name that say only what kind of company it is. */
const companyForm = /\b(?:ltd|limited|llc|llp|inc|plc|pty|gmbh|corp|corporation|co)\b\.?/gi;

/** Disclosures read a document, each with one pass over the text (`namedAsClient`): the rule stays linear in it. */
const disclosureLimit = 10;
/** Reports at most this many a document. */
const reportLimit = 3;

/**
 * A creditor's own team writing as if it were an agency or a law firm acting for a client: the letter speaks of "our
 * client" as a party, or acts for one, and says that the sender is a trading name, brand or part of a company that is no
 * collector's, lender's or lawyer's and that the letter names as the client or the payee ("Our client: Calder Office
 * Supplies Ltd … Northern Commercial Recovery is a trading style of Calder Office Supplies Ltd"): the creditor itself,
 * which the customer is told to think has handed the debt to someone else. Not an agency's footer naming its own owner
 * ("… a trading name of Stratton Holdings Ltd", "… of RWS Ltd", "Moorgate is a trading name of Moorgate Ltd"), nor the
 * client's own trading name ("our client, Westgate Supplies (a trading name of Harrow Joinery Ltd)"). Conservative by
 * design: a disclosure in other words ("trading as", "a subsidiary of") is not read. Policy pages, which describe the practice,
 * are not read. One pass over the text for each expression.
 */
export const ownAgency: DocumentRule = {
  meta: {
    id: 'own-agency',
    name: 'An agency that is the creditor itself',
    description: 'A letter that speaks of "our client" does not also say the sender is a trading name, brand or team of the company it names as client or payee (one that is not a collector, lender or law firm): the creditor itself.',
    why: 'A creditor writing as its own "agency" or "legal department" makes the customer believe a third party has taken the debt on, with the pressure that carries: the false status the FDCPA calls flat-rating, and a misleading appearance of independent collection.',
    source: 'FDCPA §807(14) (a name other than the true one), §812 (furnishing deceptive forms); OFT Debt collection guidance 3.7; handbook, Worst practices we never use.',
    severity: 'error',
    suppressible: false,
    scope: 'language',
    policyPages: 'none',
    examples: {
      valid: [
        { text: 'We act for our client, Calder Office Supplies Ltd, who has instructed us to recover invoice 4410. Stratton Recoveries is a trading name of Stratton Holdings Ltd.', note: "An agency's footer naming its own owner." },
        { text: 'This letter comes from the credit control team of Calder Office Supplies Ltd. Please pay invoice 4410 by 3 May.', note: 'The creditor writing as itself.' },
      ],
      invalid: [
        {
          text: 'Our client: Calder Office Supplies Ltd. We have been instructed by our client to recover the balance. Northern Commercial Recovery is a trading style of Calder Office Supplies Ltd.',
          note: 'The "agency" is the creditor under another name.',
        },
        { text: 'Your account has been transferred from our client to this agency. Please pay Lakehead Lab Supply Ltd directly. Northgate Recovery Services is operated by the accounts team of Lakehead Lab Supply Ltd.', note: "The agency is the creditor's own team." },
      ],
    },
  },
  check(context, report) {
    if (context.kind === 'chapter') return;
    const source = String(context.file.value ?? '');
    if (!clientClaim.test(source)) return;
    const place = location(context.file);
    let reported = 0;
    let read = 0;
    for (const match of source.matchAll(partOf)) {
      if (++read > disclosureLimit) break;
      const owner = match[1]!.replace(companyForm, '').replace(/[\s.,]+$/, '').trim();
      if (owner.length < 3 || /^the$/i.test(owner) || collectingOwner.test(owner)) continue;
      // About the client, not the sender; or the sender's own legal entity ("Moorgate is a trading name of Moorgate Ltd").
      const subject = subjectOf(source, match.index);
      if (/\bclient\b/i.test(subject) || subject.toLowerCase().includes(owner.split(/\s+/)[0]!.toLowerCase())) continue;
      if (!namedAsClient(source, owner, match.index, match.index + match[0].length)) continue;
      if (++reported > reportLimit) break;
      const start = place.toPoint(match.index);
      const end = place.toPoint(match.index + match[0].length);
      report({
        reason: `The letter speaks as an agent acting for a client, yet says the sender is part of ${owner}, the creditor's own business: a creditor's team posing as an agency`,
        place: start && end ? { start, end } : undefined,
        actual: match[0],
        expected: ['Write as the creditor, under its own name; say "we will refer the account to <agency>" only when an independent agency is instructed.'],
      });
    }
  },
};
