import { location } from 'vfile-location';
import type { DocumentRule } from '../types.ts';

/**
 * The letter speaks as a third party acting for a client: "our client", "Client:", "we act for", "we are instructed",
 * "this agency" (not "this office", which a creditor's own letters say). Read anywhere in the document.
 */
const clientClaim = /\b(?:our|above-named)\s+client\b|\bclient\s*:|\bwe\s+(?:act|are\s+acting)\b|\bwe\s+(?:are|have\s+been)\s+instructed\b|\bthis\s+agency\b/i;

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
const collectingWords = String.raw`(?:recover\w*|collect\w*|credit|debt|debts|legal|law|solicitors?|attorneys?|advocates?|holdings?|group|finance|financial|capital|partners)\b`;
const collectingOwner = new RegExp(String.raw`\b${collectingWords}`, 'i');

/**
 * Whether the company's name (its first two words) is written elsewhere in the letter than in the disclosure at
 * [from, to): as the client or the payee, so the letter's own creditor; not as the first words of the sender's own
 * agency name ("Apex Recoveries is a trading name of Apex Ltd"). One pass over the text.
 */
function namedElsewhere(source: string, owner: string, from: number, to: number): boolean {
  const words = owner.split(/\s+/).slice(0, 2).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const written = new RegExp(String.raw`\b${words.join(String.raw`\s+`)}\b(?!\s+${collectingWords})`, 'gi');
  for (const found of source.matchAll(written)) if (found.index < from || found.index >= to) return true;
  return false;
}

/** Words of a company's name that say only what kind of company it is. */
const companyForm = /\b(?:ltd|limited|llc|llp|inc|plc|pty|gmbh|corp|corporation|co)\b\.?/gi;

/** Disclosures read a document, each with one pass over the text (`namedElsewhere`): the rule stays linear in it. */
const disclosureLimit = 10;
/** Reports at most this many a document. */
const reportLimit = 3;

/**
 * A creditor's own team writing as if it were an agency or a law firm acting for a client: the letter speaks of "our
 * client" or of being instructed, and says elsewhere that the sender is a trading name, brand or part of a company that is
 * no collector's, lender's or lawyer's and that the letter names elsewhere, as the client or the payee ("Our client: Calder
 * Office Supplies Ltd … Northern Commercial Recovery is a trading style of Calder Office Supplies Ltd"): the creditor
 * itself, which the customer is told to think has handed the debt to someone else. An agency's footer naming its own
 * owner ("… a trading name of Stratton Holdings Ltd", "… of RWS Ltd") is no such thing. Policy pages, which describe the practice,
 * are not read. One pass over the text for each expression.
 */
export const ownAgency: DocumentRule = {
  meta: {
    id: 'own-agency',
    name: "The creditor's own team posing as an agency",
    description: 'A letter that speaks of "our client" or of being instructed does not also say the sender is a trading name, brand or team of a company that is not a collector, lender or law firm: the creditor itself.',
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
      if (owner.length < 2 || collectingOwner.test(owner) || !namedElsewhere(source, owner, match.index, match.index + match[0].length)) continue;
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
