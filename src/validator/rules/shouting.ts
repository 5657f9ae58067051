import { toString } from 'nlcst-to-string';
import { quotedWording } from '../phrases/select.ts';
import { spansOf } from '../phrases/stated.ts';
import { inSpans } from '../text/extract.ts';
import { lastAtOrBefore } from '../text/sorted.ts';
import type { Token } from '../text/tokens.ts';
import type { DocumentRule } from '../types.ts';
import { loadPhraseData } from './phrase-rules.ts';

/** A web or mail address written bare, as a whole word: a scheme, a mail address, or a domain with a path (`pay.example.com/#!!/x`). */
const address = /:\/\/|^mailto:|^www\.|@[\w-]+\.|^[\w-]+(?:\.[\w-]+)+\//i;

/**
 * Whether the word of `source` (up to white space, at most 200 characters each way) around an offset is an address.
 * Offsets come in document order, so the word last found answers every offset inside it: each word is read once.
 */
function addressTest(source: string): (offset: number) => boolean {
  let word: [number, number, boolean] = [0, 0, false];
  return (offset) => {
    if (offset >= word[0] && offset < word[1]) return word[2];
    let start = offset;
    while (start > 0 && offset - start < 200 && !/\s/.test(source[start - 1]!)) start--;
    let end = offset;
    while (end < source.length && end - offset < 200 && !/\s/.test(source[end]!)) end++;
    word = [start, Math.max(end, offset + 1), address.test(source.slice(start, end).replace(/^[(<"“‘']+/, ''))];
    return word[2];
  };
}

/** Characters of a shouted sentence quoted in its message. */
const quoted = 120;

/**
 * Whether a sentence in capitals is a warning against payment fraud in the sender's name and little more: at most a
 * label and a channel beside it ("IMPORTANT — WE NEVER CHANGE OUR BANK DETAILS BY EMAIL"), not a demand that carries one
 * ("OUR BANK DETAILS HAVE NOT CHANGED, SO PAY NOW OR FACE COURT"). `warning` holds the tokens of the document's
 * fraud warnings (the lexicon's `fraud-warning`).
 */
function isSecurityNotice(sentence: readonly Token[], warning: ReadonlySet<Token>): boolean {
  return sentence.some((t) => warning.has(t)) && sentence.filter((t) => hasLetter(t) && !warning.has(t)).length <= 4;
}

/** Codes and references (INV-2041, PO77120, U.S.) are names, not shouting. */
const codes = /\d|^(?:[A-Z]\.){2,}$/;
/** ISO 4217 currency codes, as the runtime knows them. */
const currencies: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/**
 * Whether a word in capitals is a code rather than a shouted word: it holds a digit or is an abbreviation with points
 * (`codes`), it is joined to digits by a slash or hyphen (the "SSL" of "SSL/1842"), or it is a currency code beside an
 * amount ("INR 14,62,800", "4,000 ZAR"). Reads a few characters either side.
 */
function isCode(token: Token, source: string): boolean {
  if (codes.test(token.raw)) return true;
  const start = token.first.position!.start.offset!;
  const end = token.last.position!.end.offset!;
  const after = source.slice(end, end + 3);
  if (/^[/-]\d/.test(after)) return true;
  return currencies.has(token.raw) && (/^\s?\d/.test(after) || /\d\s?$/.test(source.slice(Math.max(0, start - 2), start)));
}

/** Labels of a bank account's codes, which a bank prints in capitals ("IBAN NL00 BANK 0123 4567 89"). */
const bankLabels = /^(?:iban|bic|swift|bsb|ifsc|aba|rib|clabe)$/i;
/** Whether word `j` of `sentence` is a bank's label with its code after it ("IBAN NL00"). */
const isBankLabel = (sentence: readonly Token[], j: number, source: string) => bankLabels.test(sentence[j]!.raw) && sentence[j + 1] !== undefined && isCode(sentence[j + 1]!, source);
/**
 * A word of a payment's details is a code, in capitals as the bank or the payer wrote it: a bank's label before its code
 * ("IBAN NL00 …"), and after one in the sentence (`firstBankCode`, the first such label's index, found once per sentence,
 * or -1), a word between two codes ("NL00 BANK 0123") and the payment reference named after "reference" ("reference
 * VANDAM"). "PAY INVOICE 4410 NOW" has none of these.
 */
function inPaymentDetails(sentence: readonly Token[], i: number, source: string, firstBankCode: number): boolean {
  const token = sentence[i]!;
  const before = sentence[i - 1];
  const after = sentence[i + 1];
  const code = (t: Token | undefined) => t !== undefined && isCode(t, source);
  if (isBankLabel(sentence, i, source)) return true;
  // Only after a bank's label and code in the sentence: "PAY £2,300 BY 5 MAY" and "PAY NOW reference FINAL" are still shouted.
  if (firstBankCode < 0 || i < firstBankCode) return false;
  if (code(before) && code(after)) return true;
  return before !== undefined && /^(?:reference|ref)$/i.test(before.raw) && !before.caps && (after === undefined || after.sentence !== token.sentence || !after.caps);
}

/**
 * A company's legal form ends its registered name: a line with no verb that ends in one ("LAKESIDE COMMERCIAL
 * COLLECTIONS, INC.", a solicitor's heading "LETTER OF DEMAND — SGD 33,250.00 DUE TO LION CITY HYDRAULICS PTE LTD") is a
 * letterhead or a heading; "PAY NOW, ACME LTD" is still shouted.
 */
const companyForm = /^(?:inc|ltd|llc|llp|plc|limited|pty|pte|gmbh|corp|corporation|cc|co|company|ag|bv|nv|sa|srl|spa|sarl|kg|lp|bhd)\.?$/i;
const verbal = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';
/** A token with a letter in it: a word, not a number or a mark. */
const hasLetter = (t: Token) => /[a-z]/i.test(t.raw);
const modals = new Set(['will', 'shall', 'would', 'can', 'could', 'may', 'might', 'must', 'should']);
const hasVerb = (words: readonly Token[]) => words.some(verbal);
const nameWord = (t: Token | undefined) => t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN');
const isCompanyName = (letters: readonly Token[]) => letters.length <= 14 && companyForm.test(letters[letters.length - 1]?.raw ?? '') && !hasVerb(letters);

/**
 * A subject line ("RE: OUTSTANDING INVOICES AP/334 AND AP/341", "SUBJECT: SUSPENSION OF HAULAGE SERVICES"), or a record's
 * field naming a party as a ledger prints it ("Account: LAKEVIEW PROPERTY SVCS (acct 10447)"), names the letter's matter,
 * in capitals by a common convention: a label before a colon, then no verb. "RE: PAY NOW" is shouted.
 */
const subjectLabel = /^(?:re|subject|ref|regarding|attn|fao)$/i;
/** Nouns in -ing that name places, buildings and trades in subject lines ("UMHLANGA CROSSING", "HARBOUR BUILDING", "ACME ROOFING"). */
const nameGerunds = new Set(['crossing', 'landing', 'building', 'buildings', 'housing', 'clothing', 'flooring', 'roofing', 'plumbing', 'catering', 'printing', 'engineering', 'trading', 'holdings', 'shipping', 'packaging', 'marketing', 'consulting', 'training', 'parking', 'lighting', 'heating', 'racking', 'fencing', 'scaffolding', 'cladding', 'decking', 'paving', 'tiling', 'glazing', 'dwelling', 'mooring', 'moorings', 'siding', 'wiring', 'staffing', 'recruiting', 'logging', 'farming', 'mining', 'brewing', 'baking', 'bottling', 'landscaping', 'hauling', 'towing', 'trucking', 'cleaning', 'contracting', 'drilling', 'welding', 'plastering', 'surfacing', 'fabricating', 'machining']);
/** A record's field that names a party: its value is a name, all nouns and adjectives ("LAKEVIEW PROPERTY SVCS"), not a demand. */
const partyLabel = /^(?:account|customer|client|company|debtor|supplier|vendor|payee|party|name|bank|beneficiary|payment|remittance)$/i;
/** A field label's second word ("Bank details:", "Payment reference:", "Account name:"). */
const labelNoun = /^(?:details|reference|ref|name|number|info)$/i;
const nameTags = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'X']);
/** Whether the first `words` words are followed by a colon: a few characters read, whatever the file's length. */
const colonAfter = (letters: readonly Token[], words: number, source: string) => {
  const end = letters[words - 1]!.last.position!.end.offset!;
  return /^\s*:/.test(source.slice(end, end + 16));
};
/** The line opens with a subject line's label and its colon ("RE:", "Subject:"): what follows is its matter. */
const opensWithSubjectLabel = (letters: readonly Token[], source: string) => letters.length > 0 && subjectLabel.test(letters[0]!.raw) && colonAfter(letters, 1, source);
const isSubjectLine = (letters: readonly Token[], source: string) => {
  if (letters.length < 2) return false;
  const party = partyLabel.test(letters[0]!.raw);
  if (!party && !subjectLabel.test(letters[0]!.raw)) return false;
  // The label may be two words, the second a field's noun: "Bank details: BARCLAYS, SORT CODE 20-00-00".
  const labelWords = party && labelNoun.test(letters[1]!.raw) && !letters[1]!.caps ? 2 : 1;
  if (party && (letters.length > 9 + labelWords || !letters.slice(labelWords).every((t) => nameTags.has(t.pos)))) return false;
  // A "verb" right before "of" is a noun the tagger misread in capitals: "HIRE OF GENERATOR AND LIGHTING TOWERS"; so is one
  // inside a company's name, before its form ("RE: NYATI EXPRESS COURIERS LTD – ACCOUNT NEC-031", not "… LTD – PAY TODAY").
  // An infinitive after a noun completes the noun: "NOTICE OF INTENTION TO FILE A LIEN", "FAILURE TO PAY".
  const matter = letters.slice(labelWords);
  const nounsInfinitive = (i: number) => matter[i - 1]?.text === 'to' && nameWord(matter[i - 2]);
  // A noun in -ing that names a place, a building or a trade, after a name word: "RE: SHOP 12, UMHLANGA CROSSING – ARREARS",
  // "RE: KINGS LANDING PHASE 2". Any other -ing word there is a verb: "RE: YOUR ACCOUNTS TEAM STALLING", "SMITH BUILDERS SWINDLING".
  const namedGerund = (i: number) => nameGerunds.has(matter[i]!.raw.toLowerCase()) && nameWord(matter[i - 1]);
  return colonAfter(letters, labelWords, source) && !matter.some((t, i) => verbal(t) && matter[i + 1]?.text !== 'of' && !inCompanyName(matter, i) && !nounsInfinitive(i) && !namedGerund(i));
};

/** Whether word `i` of a line stands in a company's name: name words from it up to the company's form ("… COURIERS LTD"). */
const inCompanyName = (letters: readonly Token[], i: number) => {
  for (let j = i + 1; j < letters.length && j - i <= 6; j++) {
    if (companyForm.test(letters[j]!.raw)) return true;
    if (!nameWord(letters[j]) && !verbal(letters[j]!)) return false;
  }
  return false;
};

/**
 * Whether a line in capitals says something rather than naming it: a verb in its head, before its first preposition
 * ("PAY THIS INVOICE NOW", "YOUR ACCOUNT IS OVERDUE"), or a clause with a subject of its own after it ("FINAL WARNING
 * BEFORE WE ACT"). The tagger reads capitals poorly, so a verb inside the complement's noun phrase ("UNDER SECTION 8
 * OF THE INSOLVENCY ACT") is not taken for one.
 */
const saysSomething = (letters: readonly Token[]) => {
  // The tagger also reads some words of a name in capitals as verbs ("CANTERBURY PIVOT IRRIGATION LIMITED", "KLEIN KAROO
  // LODGE"): on a line with no pronoun or determiner, a verb between two words of a name, or last after one, is the name's.
  const bare = !letters.some((t) => t.pos === 'PRON' || t.pos === 'DET');
  // So is a participle before a noun, which describes it ("DUNNING NOTICE", "REVISED STATEMENT OF ACCOUNT").
  // A statute's name ends in "ACT" ("COMPANIES ACT 61 OF 1973", "THE INSOLVENCY ACT"), which the tagger may read as the verb.
  const inName = (i: number) =>
    (letters[i]!.text === 'act' && i > 0 && nameWord(letters[i - 1]) && (letters[i + 1] === undefined || letters[i + 1]!.text === 'of' || /^\d/.test(letters[i + 1]!.text))) ||
    (bare && letters[i]!.pos === 'VERB' && ((i > 0 && nameWord(letters[i - 1]) && (i === letters.length - 1 || nameWord(letters[i + 1]))) || (/(?:ING|ED)$/.test(letters[i]!.raw) && nameWord(letters[i + 1]))));
  // A line that opens on a participle and its preposition is a caption of how or under what a paper goes, with no subject:
  // "SENT BY REGISTERED POST AND EMAIL", "DELIVERED BY HAND TO THE REGISTERED OFFICE", "SERVED UNDER SECTION 123".
  // (A service verb and its own preposition, with no pronoun but its owner's ("AT ITS REGISTERED OFFICE") and nothing after a
  // dash or colon: not "DELIVERED BY HAND - PAY TODAY", "SENT TO YOUR BANK, YOUR CUSTOMERS AND YOUR FAMILY".)
  const first = letters[0];
  if (first && serviceVerbs.has(first.text) && servicePrepositions.has(letters[1]?.text ?? '') && !letters.some((t, i) => (t.pos === 'PRON' && t.text !== 'its' && t.text !== 'their') || (i > 0 && /[-:\u2013\u2014]/.test(t.punctuation)))) return false;
  // A pronoun right after a noun opens a clause that describes the noun ("WORDS WE DO NOT USE", "POINTS YOU MAY RAISE"):
  // its verb group is the noun's, not the line's; a verb after it is the line's again ("THE MONEY YOU OWE MUST BE PAID").
  // (Not one that promises with a modal: "THE PEOPLE YOU WILL BE DEALING WITH NEXT", "ACTION WE WILL TAKE AGAINST YOU".)
  const relative = letters.findIndex((t, i) => i > 0 && t.pos === 'PRON' && nameWord(letters[i - 1]) && !letters.slice(0, i).some(verbal));
  let own = letters;
  if (relative >= 0) {
    let end = relative + 1;
    while (end < letters.length && (letters[end]!.pos === 'AUX' || letters[end]!.pos === 'PART' || letters[end]!.pos === 'ADV')) end++;
    const modal = letters.slice(relative + 1, end).some((t) => modals.has(t.text));
    if (!modal) own = [...letters.slice(0, relative), ...letters.slice(end + 1)];
  }
  const head = own.findIndex((t) => t.pos === 'ADP');
  if ((head < 0 ? own : own.slice(0, head)).some((t, i) => verbal(t) && !inName(i))) return true;
  return head >= 0 && own.some((t, i) => i > head && verbal(t) && own[i - 1]!.pos === 'PRON');
};

/** How a paper goes, in a caption: "SENT BY REGISTERED POST", "DELIVERED BY HAND TO THE REGISTERED OFFICE", "SERVED UNDER SECTION 123". */
const serviceVerbs = new Set(['sent', 'delivered', 'served', 'issued', 'emailed', 'transmitted']);
const servicePrepositions = new Set(['by', 'to', 'via', 'under', 'on', 'at', 'upon', 'in', 'for', 'pursuant']);

/**
 * A title on a line of its own ("STATUTORY DEMAND UNDER SECTION 123(1)(a) OF THE INSOLVENCY ACT 1986", "NOTICE OF
 * WAREHOUSE LIEN AND SALE") names the document, in capitals by a common convention: at most `titleWords` words that
 * name rather than say (`saysSomething`), nothing else on its line or lines, and no full stop or mark after it. "YOUR
 * ACCOUNT IS OVERDUE" on a line of its own says something, so is still shouted. Reads at most `lineReach` characters
 * either side, whatever the file's length.
 */
// (A statutory title with the parties' names runs long: "LETTER OF DEMAND IN TERMS OF SECTION 345 OF THE COMPANIES ACT 61 OF
// 1973 – KAROO AGRI SUPPLIES (PTY) LTD" has 18 words.)
const titleWords = 22;
const lineReach = 40;
const isTitleLine = (sentence: readonly Token[], letters: readonly Token[], source: string) => {
  // A subject line is judged as one (isSubjectLine), not as a title: "RE: GOODS SEIZED" states its matter's verb.
  if (letters.length === 0 || letters.length > titleWords || opensWithSubjectLabel(letters, source) || saysSomething(letters)) return false;
  const start = sentence[0]!.first.position!.start.offset!;
  const end = sentence[sentence.length - 1]!.last.position!.end.offset!;
  const before = source.slice(Math.max(0, start - lineReach), start);
  const opensLine = /\n[ \t>#*_-]*$/.test(before) || (start <= lineReach && /^[ \t>#*_-]*$/.test(before));
  const after = /^[ \t*_)\]]*/.exec(source.slice(end, end + lineReach))![0].length + end;
  return opensLine && (after === source.length || source[after] === '\n' || source[after] === '\r');
};

/**
 * The tokens, and the words of them, of the line the shouted words are on when they are all on one line of a sentence that
 * runs on over a line break ("REMINDER - THIRD LEVEL⏎Reminder no. R-01042 | Customer: …", an ERP's printed heading with
 * its reference line under it, in one paragraph); otherwise the whole sentence's. A title is judged on its own line.
 */
function ownLine(sentence: readonly Token[], shouted: readonly Token[]): [Token[], Token[]] {
  const lineOf = (t: Token) => t.first.position!.start.line;
  const line = shouted[0] && lineOf(shouted[0]);
  const tokens = shouted.length > 0 && shouted.every((t) => lineOf(t) === line) ? sentence.filter((t) => lineOf(t) === line) : [...sentence];
  return [tokens, tokens.filter(hasLetter)];
}

export const shouting: DocumentRule = {
  meta: {
    id: 'shouting',
    name: 'Shouting',
    description: 'Sentences written in capitals, and runs of exclamation marks.',
    why: 'Capitals and strings of exclamation marks read as shouting: aggressive, and easy to mistake for a threat.',
    source: 'UK FCA CONC 7.3 (treating customers with due consideration); handbook, Worst practices we never use.',
    severity: 'error',
    suppressible: false,
    scope: 'language',
    examples: {
      valid: [
        { text: 'Invoice INV-2041 for the UK office is now 15 days overdue.', note: 'Invoice numbers and acronyms are not shouting.' },
        { text: 'Discussed invoices SSL/1842, SSL/1857 (INR 14,62,800) with the accounts head.', note: 'A code joined to its number, and a currency code beside an amount, are not shouting.' },
        { text: 'Thank you for your payment!', note: 'One exclamation mark is fine; in a draft message (--language-only), a run of them after thanks, congratulations or a welcome (the lexicon’s warmth), or right after a greeting or a reassurance (“morning Owen!!”, “no rush!!”: its warm-aside), is warmth too, while a template, the library’s formal letter, keeps one.' },
        { text: 'Enter `SHIP NOW!!` as the code at https://pay.example.com/#!!/invoices.', note: 'Capitals and marks inside a code span or a web address are the code’s, not shouting.' },
        { text: '```\nPAY-NOW!!! PLEASE SEND THE FILE TO OUR SERVER\n```', note: 'A code block is code, as a code span is.' },
        { text: 'NORTHERN COMMERCIAL COLLECTIONS LTD\n\nInvoice 4410 for £2,300 was due on 3 May.', note: 'A letterhead: a company’s name, ending in its legal form.' },
        { text: 'RE: OUTSTANDING INVOICES 4410 AND 4417 — HAULAGE OF TIMBER TO LEEDS\n\nDear Ms Obi,', note: 'A subject line: a label before a colon, then no verb.' },
        { text: 'RE: SHOP 12, UMHLANGA CROSSING – ARREARS R63,250.00\n\nDear Mr Naidoo,', note: 'A noun in -ing that names a place (“UMHLANGA CROSSING”) is part of a name, not a verb.' },
        { text: 'Account: LAKEVIEW PROPERTY SVCS (acct 10447). Contact log, Tue 7/15.', note: 'A record’s field naming a party as a ledger prints it: its value is a name.' },
        { text: 'Please pay to IBAN NL00 BANK 0123 4567 89, reference VANDAM.', note: 'A payment’s details are codes, in capitals as the bank prints them.' },
        { text: 'Bank details: BARCLAYS, SORT CODE 20-00-00, ACCOUNT 12345678.', note: 'A record’s field, its label two words: its value is a name and codes.' },
        { text: 'STATUTORY DEMAND UNDER SECTION 123(1)(a) OF THE INSOLVENCY ACT 1986\n\nTo: Harbour View Catering Ltd', note: 'A document’s title on a line of its own, with no verb.' },
        { text: 'SECTION 345(1)(a), COMPANIES ACT 61 OF 1973 – DEMAND\n\nBoland Glass Containers (Pty) Ltd has instructed us.', note: 'A statute’s name ends in “ACT”, a noun, whatever the tagger reads.' },
        { text: 'DELIVERED BY HAND TO THE REGISTERED OFFICE\n\nTo the Directors, Yarra Valley Event Hire Pty Ltd', note: 'A caption of how a paper is served opens on a participle and its preposition, with no subject: it names, it does not say.' },
        { text: 'Dear Mr Cole,\n\nINVOICE 2207 – KITCHEN REFIT, WILLOW LODGE\n\nThank you for your order.', note: 'A title that names a place: “LODGE” is a word of the name, not a verb, on a line with no pronoun or determiner.' },
        { text: 'REMINDER - SECOND LEVEL\nReminder no. R-00988 | Customer: Hallgarth Vets Ltd\n\nWe refer to our reminder of 8 July.', note: 'An accounting system’s printed heading, with its reference line under it in the same block: the title is judged on its own line.' },
        { text: 'DUNNING NOTICE - LEVEL 3\nCustomer no. 200417 | Date: 15.03.', note: 'A participle before a noun (“DUNNING NOTICE”) describes it: the line names, it does not say.' },
        { text: 'COLLECTIONS TRAINING – MODULE 4: WORDS WE DO NOT USE\nInternal, for new starters', note: 'A clause after a noun describes the noun (“WORDS WE DO NOT USE”): the line is still a title.' },
      ],
      invalid: [
        { text: 'PAY THIS INVOICE NOW.' },
        { text: 'This is overdue!!!' },
        { text: 'We need the money by Friday?!' },
        { text: '(PLEASE CALL OUR OFFICE TODAY.)', note: 'Brackets hold the writer’s own words.' },
        { text: 'SEND THE MONEY NOW, ACME LTD', note: 'A company’s name at its end does not make a shouted sentence a letterhead.' },
        { text: 'RE: PAY THIS INVOICE TODAY OR FACE THE CONSEQUENCES', note: 'A subject line that tells the reader what to do is shouted.' },
        { text: 'RE: INVOICE 4410 – YOUR ACCOUNTS TEAM STALLING\n\nDear Mr Naidoo,', note: 'A word in -ing that names no place, building or trade is a verb: the line says something.' },
        { text: 'Dear Sir, please note the following. Account: IMMEDIATE PAYMENT IN FULL TODAY.', note: 'A party’s field holds a name; a demand behind its label is shouted.' },
        { text: 'Dear Mr Hale,\n\nYOUR ACCOUNT IS NOW SERIOUSLY OVERDUE\n\nInvoice 4410 was due on 3 May.', note: 'A line of its own that says something, with a verb, is a shouted sentence, not a title.' },
        { text: 'Invoice 4410 is overdue. FINAL NOTICE BEFORE WE ACT.', note: 'Capitals that share their line with other words are no title.' },
        { text: 'THE MONEY YOU OWE MUST BE PAID TODAY\n\nInvoice 4410 was due on 3 May.', note: 'A verb after the clause that describes the noun is the line’s own: it says something.' },
        { text: 'ACTION WE WILL TAKE AGAINST YOUR COMPANY ON MONDAY\n\nInvoice 4410 is overdue.', note: 'A clause that promises with a modal (“WE WILL TAKE”) says something, after a noun too.' },
      ],
    },
  },
  check(context, report) {
    const { warmth, warmAside, fraudWarning } = loadPhraseData();
    let warningTokens: Set<Token> | undefined;
    const fraudWarningTokens = () =>
      (warningTokens ??= new Set(spansOf(context.words.tokens, 'fraud-warning', fraudWarning).flatMap(({ start, end }) => context.words.tokens.slice(start, end))));
    // Quotations are read as the wording rules read them (phrases/select.ts); where they are exempt, block quotes are
    // skipped whole below.
    const quotedExempt = quotedWording(context.kind);
    const quotesExempt = quotedExempt !== undefined;
    const exempt = (t: Token) => quotedExempt?.(t) === true;
    const words = context.words;
    // Code spans and bare addresses keep their own capitals and marks (`SELECT`, `https://…/a!!!`).
    const source = String(context.file.value);
    const inAddress = addressTest(source);
    const verbatim = (offset: number | undefined) => offset !== undefined && (inSpans(context.text.verbatim, offset) || inAddress(offset));
    for (const { start, end, data } of words.paragraphs) {
      // A code block's capitals and marks are the code's, as a code span's are.
      if ((quotesExempt && data.quoted) || data.context === 'code') continue;
      const tokens = words.tokens.slice(start, end).filter((t) => !t.field && !exempt(t) && !verbatim(t.first.position?.start.offset));
      const sentences = new Map<number, typeof tokens>();
      for (const token of tokens) {
        const sentence = sentences.get(token.sentence);
        if (sentence) sentence.push(token);
        else sentences.set(token.sentence, [token]);
      }
      for (const sentence of sentences.values()) {
        // A payment's details are codes in capitals, counted neither way.
        const firstBankCode = sentence.findIndex((_, j) => isBankLabel(sentence, j, source));
        const letters = sentence.filter((t, i) => hasLetter(t) && !inPaymentDetails(sentence, i, source, firstBankCode));
        const shouted = letters.filter((t) => t.caps && !isCode(t, source));
        // A short heading in capitals ("LETTER BEFORE ACTION") is a convention; a sentence or a long one is shouting.
        const label = data.context === 'heading' || data.context === 'title';
        // The counts first: the exemptions read the tagger's verbs and the lines around, for shouted sentences only.
        // A line in capitals whose sentence runs on below it is judged as a title on that line alone.
        const [lineTokens, lineLetters] = ownLine(sentence, shouted);
        const inCapitals = shouted.length >= (label ? 6 : 3) && shouted.length >= letters.length * 0.6;
        // In a message, thanks in capitals are warmth, as marks after them are ("PAYMENT RECEIVED — THANK YOU"), but only
        // their own stretch between punctuation: a demand with thanks tacked on still shouts ("PAY THIS INVOICE TODAY, THANK
        // YOU"). A warning against payment fraud in the sender's name is a security notice ("IMPORTANT: OUR BANK DETAILS
        // HAVE NOT CHANGED").
        const thanks = context.kind === 'draft' && warmOnly(sentence, shouted, warmth);
        if (inCapitals && !thanks && !isSecurityNotice(sentence, fraudWarningTokens()) && !isCompanyName(letters) && !isSubjectLine(letters, source) && !isTitleLine(lineTokens, lineLetters, source)) {
          const first = shouted[0]!.first;
          const last = shouted[shouted.length - 1]!.last;
          const actual = source.slice(first.position!.start.offset, last.position!.end.offset);
          report({
            // A report line stays readable however long the sentence: the place gives the rest.
            reason: `Sentence in capitals: “${actual.length > quoted ? `${actual.slice(0, quoted)}…` : actual}”`,
            place: { start: first.position!.start, end: last.position!.end },
            actual,
            expected: ['Write it in sentence case; use bold for the one fact that matters, such as the due date.'],
          });
        }
      }
    }
    for (const paragraph of words.paragraphs) {
      if ((quotesExempt && paragraph.data.quoted) || paragraph.data.context === 'code') continue;
      // Runs of ! (with ?): matched on the paragraph's text, located through its punctuation nodes.
      // Marks inside a quotation on a policy page or in a draft are the example's, not the writer's.
      const paragraphTokens = words.tokens.slice(paragraph.start, paragraph.end);
      const quotedOffsets = new Set(paragraphTokens.filter(exempt).map((t) => t.last.position!.end.offset));
      // A paragraph of named wording only (an item of a list a lead-in forbids, tokens.ts) keeps its example's marks.
      if (quotesExempt && paragraphTokens.length > 0 && paragraphTokens.every(exempt)) continue;
      // In a message, marks after thanks, congratulations or a welcome (the lexicon's warmth), or right after a greeting or a
      // reassurance (its warm-aside), are warmth, not shouting: "Thanks everyone!!", "morning Owen!!". A template is the
      // library's formal letter, whose house style keeps one mark, so --fix still offers ".".
      // Read only once a paragraph has a run of marks: most have none.
      let warmSentences: Set<number> | undefined;
      let asideEnds: Set<number> | undefined;
      const warm = (offset: number | undefined) => {
        if (context.kind !== 'draft') return false;
        warmSentences ??= new Set(paragraphTokens.filter((t) => warmth.has(t.text) || warmth.has(t.lemma)).map((t) => t.sentence));
        // A greeting or a reassurance warms only the marks right after it, two words at most ("No rush at all!!"): "Hi Sam,
        // this is 60 days overdue and you need to pay it today!!!" still shouts.
        asideEnds ??= new Set(spansOf(paragraphTokens, 'warm-aside', warmAside).map(({ end }) => end - 1));
        const at = lastAtOrBefore(paragraphTokens, (t) => t.last.position?.end.offset ?? 0, offset ?? 0);
        if (at < 0) return false;
        const sentence = paragraphTokens[at]!.sentence;
        // A set, looked up at the three tokens before the marks: a paragraph of a thousand greetings and marks stays linear.
        for (let end = at; end >= 0 && end >= at - 2; end--) if (asideEnds.has(end) && paragraphTokens[end]!.sentence === sentence) return true;
        return warmSentences.has(sentence);
      };
      const punctuation: { value: string; node: { position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } } } }[] = [];
      const collect = (node: { type: string; children?: unknown[] }) => {
        if (node.type === 'PunctuationNode') punctuation.push({ value: toString(node as never), node: node as never });
        node.children?.forEach((child) => collect(child as typeof node));
      };
      collect(paragraph.node as never);
      for (let i = 0; i < punctuation.length; i++) {
        let j = i;
        let run = '';
        while (j < punctuation.length && /^[!?]+$/.test(punctuation[j]!.value) && (j === i || punctuation[j - 1]!.node.position?.end.offset === punctuation[j]!.node.position?.start.offset)) {
          run += punctuation[j]!.value;
          j++;
        }
        if (((run.length >= 2 && run.includes('!')) || run.length >= 3) && !quotedOffsets.has(punctuation[i]!.node.position?.start.offset) && !verbatim(punctuation[i]!.node.position?.start.offset) && !warm(punctuation[i]!.node.position?.start.offset) && !(quotesExempt && marksQuoted(source, punctuation[i]!.node.position?.start.offset, punctuation[j - 1]!.node.position?.end.offset))) {
          const start = punctuation[i]!.node.position!.start;
          const end = punctuation[j - 1]!.node.position!.end;
          report({ reason: `Run of ${run.includes('!') ? 'exclamation' : 'question'} marks: “${run}”`, place: { start, end }, actual: run, expected: ['End the sentence with a full stop.'] });
        }
        i = Math.max(i, j - 1);
      }
    }
  },
};

/** Opening and closing quotation marks, straight and curly. */
const opening = new Set(['"', "'", '\u201c', '\u2018']);
const closing = new Set(['"', "'", '\u201d', '\u2019']);

/** Whether a run of marks is all its quotation holds: the marks named, not used (“Capitals and "!!!" in the portal”). */
function marksQuoted(source: string, start: number | undefined, end: number | undefined): boolean {
  return start !== undefined && end !== undefined && start > 0 && opening.has(source[start - 1]!) && closing.has(source[end] ?? '');
}

/**
 * Whether a sentence's capitals are its thanks: the stretches between
 * punctuation that hold a word of warmth (thanks, congratulations, a welcome)
 * hold all but two of its shouted words.
 */
function warmOnly(sentence: readonly Token[], shouted: readonly Token[], warmth: ReadonlySet<string>): boolean {
  const stretchOf = new Map<Token, number>();
  let stretch = 0;
  const warm = new Set<number>();
  for (const token of sentence) {
    if (token.clauseStart) stretch++;
    stretchOf.set(token, stretch);
    if (warmth.has(token.text) || warmth.has(token.lemma)) warm.add(stretch);
  }
  return warm.size > 0 && shouted.filter((t) => !warm.has(stretchOf.get(t)!)).length < 3;
}
