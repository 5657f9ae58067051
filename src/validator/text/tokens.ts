import type { Paragraph, Root, Sentence, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { stemmer } from 'stemmer';
import type { BlockData, FieldSpan } from './extract.ts';
import { fieldPlaceholder } from './extract.ts';
import { deLeet, expandContraction } from './normalize.ts';
import { tag, type Tagged } from './grammar.ts';
import { markClauses } from './clauses.ts';
import { markRetractedWording } from './retraction.ts';
import { markClockTimes } from './clock.ts';
import { lastAtOrBefore } from './sorted.ts';
import { articles } from './word-classes.ts';

/** A word as the phrase matcher sees it. One nlcst word may give several (contractions). */
export interface Token {
  /** Lower-case, normalised. */
  text: string;
  /** `text` without hyphens and apostrophes, as word lists write words ("threeway"). */
  plain: string;
  /** What the phrase index looks the token up by: `w:word`, `s:stem`, `p:part of speech` or `f:field`. */
  keys: string[];
  /** Stems of every reading of the word (leetspeak gives several). */
  stems: string[];
  /** As written. */
  raw: string;
  /** The nlcst words it came from, for positions. */
  first: Word;
  last: Word;
  /** Sentence number within the document; phrases never span sentences. */
  sentence: number;
  /** Paragraph (block) number within the document. */
  paragraph: number;
  /** Punctuation or a sentence start comes right before it. */
  clauseStart: boolean;
  /** Written in capitals (two letters or more). */
  caps: boolean;
  /** Inside quotation marks or parentheses. */
  literal: boolean;
  /**
   * Inside a quotation that reports or names wording rather than using it:
   * after a short label and a colon ("Old wording: “…”"), within two words
   * after a word of saying or naming ("never write “…”", "said that “…”"),
   * anywhere after a verb of saying in its sentence ("you told us they would
   * “…”") or a noun of saying and "that" ("any suggestion that we will “…”"),
   * or listed after one of these. Scare quotes
   * inside the writer's own clause (`we will “pay you a visit”`) are not.
   */
  mention: boolean;
  /** Which quotation of the document the word is in (between double quotation marks), counting from 1; 0 outside one. */
  quotation: number;
  /** Part of speech (Universal Dependencies tag from wink-nlp: NOUN, VERB, AUX, PRON, SCONJ …). */
  pos: string;
  /** A given name that is also a word the rules read, read here as the name ("Hi Sue,"): see readNamesAsNames. */
  givenName?: true;
  /** Dictionary form, lower case: "was" → "be", "sent" → "send", "'ll" → "will". */
  lemma: string;
  /** Clause number within the document (see clauses.ts); negation reaches to the end of its own clause only. */
  clause: number;
  /** The clause states a condition: it opens with if, unless, provided, in case, failing which. */
  condition: boolean;
  /** The block is a blockquote. */
  quoted: boolean;
  /** Punctuation written right before it ("," in "Friday, bailiffs"), for clause breaks. */
  punctuation: string;
  /** Spelled with a mask: a letter or two followed by * - # @ _ ("f---", "a***", "sh*t"). */
  masked: boolean;
  /** Set when the word stands for a merge field. */
  field?: string | undefined;
  /** A clock time starts here: its hour of the day, minutes as a fraction (7.5 is 7:30 am), as clock.ts reads it. */
  hour?: number | undefined;
}

export interface Paragraphs {
  tokens: Token[];
  /** Each paragraph's data and its range of tokens. */
  paragraphs: { data: BlockData; node: Paragraph; start: number; end: number }[];
}

interface Item {
  word: Word;
  sentence: Sentence;
  index: number;
  sentenceNumber: number;
  /** Between double quotation marks. */
  inQuotes: boolean;
  /** Which quotation of the paragraph, counting from 1; 0 outside quotes. */
  quote: number;
  /** Length of the white space before it (0 after punctuation or at the start). */
  gap: number;
  clauseStart: boolean;
  /** Punctuation between the previous word of the sentence and this one. */
  punctuation: string;
  /** Followed directly by mask characters ("f---", "a***"). */
  masked: boolean;
  /** Offsets of the word in the paragraph's text, for aligning part-of-speech tags. */
  start: number;
  end: number;
}

/** Verbs of saying: a quotation anywhere after one in its sentence is reported speech ("you told us they would “…”"). */
const reportingVerbs = new Set(['said', 'says', 'saying', 'told', 'tells', 'accused', 'accuses', 'mentioned', 'mentions', 'wrote', 'writes', 'claimed', 'claims', 'threatened', 'threatens', 'warned', 'stated', 'states', 'described', 'quoted', 'complained', 'alleged', 'reported', 'replied', 'answered', 'promised', 'shouted', 'texted', 'emailed']);

/**
 * Nouns of saying: followed by "that", they report what the clause after them says ("any suggestion that we will
 * “send the bailiffs”", "the statement that …"), as a verb of saying does.
 */
const sayingNouns = new Set(['suggestion', 'suggestions', 'statement', 'statements', 'claim', 'claims', 'threat', 'threats', 'implication', 'hint', 'remark', 'remarks', 'impression', 'allegation', 'allegations']);

/** What the customer raised, whose content "is that …" gives: "your complaint, as I understand it, is that …". */
const complaintNouns = new Set(['complaint', 'complaints', 'concern', 'concerns', 'grievance', 'allegation', 'allegations', 'recollection', 'version']);

/** "Introduced myself as", "introduce yourself as", "presented himself as": what follows is the speaker's own way of putting it. */
const selfIntroduction = (verb: string | undefined, object: string | undefined) =>
  verb !== undefined && /^(?:introduc|present)/.test(verb) && object !== undefined && /^(?:my|your|our|him|her|them)sel(?:f|ves)$/.test(object);

/** Who a quotation is put down to after "from" when it is the customer's side's: "from your marketing director". */
const speakers = new Set(['your', 'their', 'his', 'her']);
/** Verbs that say something of a quotation standing as their subject: "“final warning” often isn't true", "“or else” sounds like a threat". */
const quotedSubjectVerbs = new Set(['often', 'usually', 'always', 'never', "isn't", 'means', 'meant', 'implies', 'implied', 'suggests', 'suggested', 'sounds', 'sounded', 'reads', 'looks', 'comes', 'counts', 'amounts', 'breaches', 'breaks', 'misstates', 'overstates']);
/** Labels that name wording quoted after their colon: "Old wording: “…”", "Example: “…”". */
const wordingLabels = new Set(['wording', 'example', 'examples', 'phrase', 'phrases', 'quote', 'quoted']);
/** Labels of a rewrite's or a review's wording when they are their line's only word: "Before: “…”", "Original: “…”", "Avoid: “…”". */
const lineLabels = new Set(['before', 'original', 'old', 'draft', 'avoid', 'bad', 'wrong', 'incorrect', 'rejected']);

/**
 * Words after which a quotation names wording rather than using it: "never
 * write “…”", "such as “…”"; the verbs of saying are among them.
 */
const mentionWords = new Set([
  ...reportingVerbs,
  'say', 'saying', 'write', 'written', 'writing', 'read', 'reads', 'as', 'like', 'phrase', 'phrases', 'wording', 'words', 'word', 'line', 'lines',
  'sentence', 'sentences', 'term', 'terms', 'called', 'titled', 'entitled', 'headed', 'marked', 'labelled', 'labeled', 'use', 'uses', 'used', 'using', 'avoid', 'avoids', 'replace', 'replaces', 'replaced',
  'remove', 'removed', 'delete', 'deleted', 'include', 'includes', 'included', 'including', 'example', 'examples', 'e.g', 'e.g.', 'eg', 'asked', 'put', 'message', 'subject', 'heading', 'quote', 'ask', 'asks', 'tell',
]);

/**
 * Nouns of a message, and the words that give a message's wording after one: a quotation so given names wording ("we
 * don't end letters with “or else”", "a text saying “…”"). Not after a colon, which as often opens the writer's own
 * message ("Left him a voicemail, roughly: “…”"), nor where a verb of being or a possessive stands between ("this
 * letter is your “final warning”").
 */
/** Words after which "you" is a subject: a sentence's or clause's opening ("as you said", "and you wrote"). */
const subjectOpeners = new Set(['as', 'and', 'but', 'when', 'that', 'what', 'because', 'since', 'then', 'so', 'which', 'where', 'who', 'yesterday', 'today']);
const messageNouns = new Set(['sms', 'text', 'texts', 'email', 'emails', 'e-mail', 'voicemail', 'voicemails', 'letter', 'letters', 'note', 'notes', 'post', 'posts', 'comment', 'comments', 'review', 'reviews', 'tweet', 'tweets', 'caption', 'headline', 'sign', 'banner', 'chat', 'message', 'messages', 'notice', 'pop-up', 'popup', 'whatsapp', 'whatsapps', 'e-mails', 'mail', 'mails']);
/** Possessives that make a message someone else's: a speaker's, or a thing's. */
const othersOwn = new Set([...speakers, 'its']);
/** Verbs by which a message to come reaches its readers: "staff will see this message", "each driver will get a text". */
const showingVerbs = new Set(['see', 'get', 'receive', 'show', 'display', 'shown', 'displayed', 'seeing', 'getting', 'receiving']);
const messageLinks = new Set(['with', 'saying', 'reading', 'containing', 'captioned']);
/**
 * A message's author named after it ("the SMS sent to you by one of our agents", "a voicemail left by the caller", "the SMS
 * you received from Vantage Recoveries"): its wording, quoted after a colon, is that author's.
 */
const authoring = new Set(['sent', 'left', 'written', 'posted', 'recorded', 'signed', 'typed', 'drafted', 'received', 'got']);
const writerObjects = new Set(['me', 'us', 'myself', 'ourselves']);
/** The writer coming upon a message rather than sending it: "I have seen the WhatsApps sent to Mr Tan: “…”" quotes them. */
const perceiving = new Set(['seen', 'saw', 'see', 'read', 'reviewed', 'noticed', 'found', 'received', 'heard', 'checked']);
const ownWording = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'your', 'our', 'my', 'this', 'final', 'last']);
/** The writer as a subject, and the words that deny what it does: "we'll send a text saying “…”" is the writer's own message, "we never end letters with “…”" a rule about wording. */
const writerWords = new Set(['we', 'i', "we'll", "i'll", "we've", "i've", "we're", "i'm", "we'd", "i'd"]);
const denials = new Set(['not', 'never', 'no', "don't", 'dont', "won't", "shouldn't", 'cannot', "can't", "mustn't", 'avoid']);
/** Words that give an example ("such as", "like", "e.g."), and the modals that make the writer's statement a step to come. */
const exemplifying = new Set(['as', 'like', 'example', 'examples', 'e.g', 'e.g.', 'eg', 'including']);
/** Words that reject wording: its examples, given after them, are named ("we will ban phrases like “…”"). */
const rejecting = new Set(['ban', 'banning', 'retire', 'retiring', 'stop', 'stopping', 'avoid', 'avoiding', 'remove', 'removing', 'audit', 'auditing', 'apologise', 'apologize', 'apologising', 'apologizing', 'drop', 'dropping', 'replace', 'replacing', 'forbid', 'forbidding', 'review', 'reviewing', 'check', 'checking', 'flag', 'flagging', 'correct', 'correcting', 'withdraw', 'withdrawing', 'delete', 'deleting', 'rewrite', 'rewriting']);
/** Nouns for wording, whose examples name wording once a word rejects it: "we will ban phrases like “…”". */
const wordingNouns = new Set(['phrase', 'phrases', 'wording', 'words', 'word', 'line', 'lines', 'sentence', 'sentences', 'term', 'terms', 'language', 'expressions', 'expression']);
const futureModals = new Set(['will', 'shall', 'going']);
const demonstratives = new Set(['this', 'that', 'it']);
/** Short words that are whole words, never the first letters of a masked one. */
const shortWords = new Set(['i', 'us', 'we', 'me', 'it', 'on', 'in', 'at', 'of', 'or', 'an', 'is', 'by', 'if', 'my', 'no', 'up', 'do', 'go', 'be', 'ok']);
/** Verbs that give someone's recorded lines again ("read a few lines back to you", "play it back"). */
const readOutVerbs = new Set(['read', 'reading', 'play', 'playing', 'played', 'quote', 'quoting']);
/** A quotation's first word that speaks for the sender's side. */
const senderVoice = new Set(['we', "we'll", "we're", "we've", "we'd", 'our', 'us']);
/** Words that join a new clause, ending the one before. */
const clauseJoins = new Set(['and', 'but', 'so', 'or', 'then', 'because']);
/** Words that open a further item of a list of named things: "calling his staff “clowns”, his company “…”". */
const listHeads = new Set(['his', 'her', 'their', 'your', 'its', 'our', 'my', 'the', 'a', 'an', 'this', 'that']);

/**
 * Verbs of naming someone something, whose object stands between them and the name: "calling a customer a “scrounger”",
 * "describing the firm as “cowboys”". A quotation up to four words after one is named wording.
 */
const namingVerbs = new Set(['calling', 'describe', 'describes', 'describing', 'label', 'labels', 'labelling', 'labeling', 'branding']);
/** The same verbs in the forms that need their subject told: after "you", the customer named something ("you called it “a shambles”"). */
const customerNaming = new Set(['called', 'call', 'described', 'labelled', 'labeled', 'branded']);

/** Marks that set off an item of a list written without list syntax: "✗ “Pay up or else.”", "• “…”" (✗ ✘ ✓ ✔ ❌ • · ▪ ●). */
const marks = '\\u2717\\u2718\\u2713\\u2714\\u274c\\u2022\\u00b7\\u25aa\\u25cf';
/** One such mark, wherever it stands: between quotations, it lists them as a comma does. */
const itemMark = new RegExp(`[${marks}]`, 'u');
/** Only such marks (and spaces) before a line's first word: the line is an item. */
const itemMarks = new RegExp(`^[\\s${marks}]*[${marks}]\\s*$`, 'u');

/**
 * A script's instructions to speak: opening a clause ("Say: “…”", "If they
 * hang up, ask: “…”"), or labelling its parts ("Opening: “…”"), they introduce
 * the caller's own words, which are checked like the rest of the letter.
 * "Never say “…”" names wording instead.
 */
const scriptVerbs = new Set(['say', 'ask', 'tell', 'read', 'reply', 'respond', 'answer', 'explain', 'add', 'continue', 'close', 'open', 'start', 'finish', 'end', 'leave', 'opening', 'opener', 'closing', 'greeting', 'intro']);
/** Verbs that open a script's instruction: "Call the general contractor on each site and say: “…”". */
const instructionLeads = new Set(['call', 'ring', 'phone', 'email', 'text', 'contact', 'tell', 'ask', 'message', 'visit', 'write']);
/** Words that may stand before a script's verb in its clause ("Then say: …", "Politely ask: …"); negations may not. */
const scriptLeads = /^(?:then|now|next|first|finally|always|just|simply|\w+ly)$/;
/** Verbs of saying a line to someone (not "read", "close"), and the modals of the writer's own speech to come. */
const lineVerbs = new Set(['say', 'tell', 'ask', 'reply', 'respond', 'answer', 'explain']);
const futureOwn = new Set(['will', 'shall', 'would']);
/** Verbs of wording that a negation before them turns into a ban on what follows ("Never say: “…”"). */
const deniedLineVerbs = new Set([...lineVerbs, 'write', 'use', 'text', 'email', 'put']);

/**
 * Whether `verb` is the writer's own line to come, not wording reported: a verb of saying after "we" or "I" and a
 * future modal ("we will say: “…”", "I'll tell them: “…”"). Others' lines stay mentions, however modal ("debt
 * collectors might say: “…”", advice to the reader, "you can say: “…”"), and so does a denial between them ("we will
 * never say").
 */
function toSay(wordBefore: string | undefined, previousWord: string | undefined, verb: string): boolean {
  if (previousWord === undefined || !lineVerbs.has(verb)) return false;
  if (/^(?:we|i)'ll$/.test(previousWord)) return true;
  return futureOwn.has(previousWord) && (wordBefore === 'we' || wordBefore === 'i');
}

/**
 * Text-message spellings read as the words they stand for ("ur lads r coming round 2day", "gonna tell ppl"), in lower
 * case only: a capital "U" or "R" is more likely an initial. Apostrophe-less contractions ("dont", "wont") are left
 * to the patterns that name them.
 */
const shorthand: Record<string, readonly string[]> = {
  u: ['you'], ya: ['you'], yu: ['you'], ur: ['your'], yr: ['your'], yer: ['your'], r: ['are'], ppl: ['people'], wot: ['what'], wat: ['what'],
  bout: ['about'], '2day': ['today'], '2moro': ['tomorrow'], '2morrow': ['tomorrow'], '2mrw': ['tomorrow'], '2nite': ['tonight'], tonite: ['tonight'],
  b4: ['before'], coz: ['because'], cuz: ['because'], pls: ['please'], plz: ['please'], m8: ['mate'], m8s: ['mates'], n: ['and'],
  gonna: ['going', 'to'], wanna: ['want', 'to'], gotta: ['got', 'to'], im: ['i', 'am'], ive: ['i', 'have'], youre: ['you', 'are'], theyre: ['they', 'are'],
  didnt: ['did', 'not'], doesnt: ['does', 'not'], isnt: ['is', 'not'], wasnt: ['was', 'not'], arent: ['are', 'not'], havent: ['have', 'not'], hasnt: ['has', 'not'],
  wont: ['will', 'not'], cant: ['can', 'not'], wouldnt: ['would', 'not'], shouldnt: ['should', 'not'], couldnt: ['could', 'not'], wud: ['would'], shud: ['should'], cud: ['could'], thru: ['through'],
};
function textese(raw: string): readonly string[] | undefined {
  return raw === raw.toLowerCase() && Object.hasOwn(shorthand, raw) ? shorthand[raw] : undefined;
}

/**
 * "No." and "Nos." before a number are the numero sign, read as "number" ("Claim No. 2024-CC-041187", "Invoice Nos. 55
 * and 56"), and so is a bare "No" after a word ("Invoice No 5512"): none of them is the negation "no". At the start of a
 * sentence, or before an ordinal ("no 3rd party"), a bare "no" stays a word of its own.
 */
function numeroSign(raw: string, next: string | undefined, afterWord: boolean, period: boolean): readonly string[] | undefined {
  if (next === undefined || /^\d+(st|nd|rd|th)$/i.test(next)) return undefined;
  const plural = /^nos\.?$/i.test(raw);
  if (!plural && !/^no\.?$/i.test(raw)) return undefined;
  // A code in capitals after "No." (not "NO." in a line of capitals) and a word before it, in the same sentence, is a
  // reference too: "Claim No. CC/88213/BH", "case no. CC2027-031188".
  const code = period && afterWord && raw !== raw.toUpperCase() && /^[A-Z][A-Z0-9]*(?:[-/][A-Z0-9]+)*$/.test(next);
  if (!/^#?\d/.test(next) && !code) return undefined;
  return period || afterWord ? [plural ? 'numbers' : 'number'] : undefined;
}

const openQuotes = new Set(['\u201C', '\u00AB', '\u201E']);
const closeQuotes = new Set(['\u201D', '\u00BB']);
/**
 * Single quotation marks, the British style ('…', ‘…’), share their characters with the apostrophe, so one counts only
 * where a quotation can stand: it opens after a space, a bracket or a dash and before a word ("headed 'Last warning'"),
 * and closes a quotation it opened after a word and before a space or punctuation. An apostrophe inside a word
 * ("don't") or after one ("the customers' accounts", outside a single quotation) is neither.
 */
const singleOpens = new Set(["'", '\u2018']);
const singleCloses = new Set(["'", '\u2019']);
const beforeSingleOpen = /^(?:|[\s([{\u2014\u2013-])$/;
const wordChar = /^[\p{L}\p{N}]$/u;

/**
 * Verbs that, ending a paragraph with a colon, announce someone else's wording in the paragraph after ("messages that
 * … say:"), unless a condition comes first ("if the customer says …:" leads to a script's reply), the writer is a
 * subject ("this is what I want said:") or it is an instruction to speak ("say:", "read the following:").
 */
const announcing = new Set([...reportingVerbs, 'say', 'read', 'reads']);
/** Words that open what was said, after its verb: "says they can't pay", "said that …". */
const contentWords = new Set(['that', 'they', 'he', 'she', 'we', 'it', 'i', 'you', 'there', 'this']);
const announcingConditions = new Set(['if', 'when', 'whenever', 'unless', 'once', 'should']);

/**
 * A paragraph's words and quotations. `labelBlock`: the paragraph is a table cell or list item, whose opening quotation
 * names wording. `announced`: the paragraph before ended with a colon after someone else's verb of saying (see
 * `announcing`), so a quotation opening this one reports their wording.
 */
function itemsOf(
  paragraph: Paragraph,
  sentenceBase: number,
  labelBlock: boolean,
  announced: boolean,
): { items: Item[]; sentences: number; quotes: number; text: string; mentions: Set<number>; namedQuotes: Set<number>; announces: boolean } {
  const items: Item[] = [];
  let sentenceNumber = sentenceBase;
  // Quotations may span sentences ("Pay now. Or else."), so the state lives at paragraph level.
  let inQuotes = false;
  const closed = new Set<number>();
  let quote = 0;
  /** The quotation closed right before the next word, if any: what is said of it ("“final warning” often isn't true") makes it a mention. */
  let justClosed: number | undefined;
  /** The quotation closed right before a "from", whose next word may name the customer's side as its speaker. */
  let quotedFrom: number | undefined;
  /** The open quotation was opened by a single quotation mark, so only one closes it. */
  let single = false;
  const mentions = new Set<number>();
  /**
   * Quotations that name wording even when they fill their paragraph: options listed ("A) “…”"), and a quotation the
   * paragraph before announced (`announced`).
   */
  const namedQuotes = new Set<number>();
  const text: string[] = [];
  let offset = 0;
  const append = (value: string) => {
    text.push(value);
    offset += value.length;
  };
  /** The last sentence so far has someone else's verb of saying (see `announced`). */
  let reportsSaying = false;
  /** An earlier sentence of the paragraph reads or plays someone's lines back ("I'm going to read a few lines back to you."). */
  let readingBack = false;
  /** The quotation just opened after a read-back, whose first word is yet to be read. */
  let readBackQuote: number | undefined;
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') {
      append(toString(child));
      continue;
    }
    let gap = 0;
    let clauseStart = true;
    let punctuation = '';
    let previousWord: string | undefined;
    let wordBefore: string | undefined;
    /** The number the sentence's first quotation will have: a quotation before it is in another sentence. */
    const firstQuote = quote + 1;
    /** Words since the last word of saying or naming in the sentence: "said that “…”" is a mention too. */
    let wordsSinceMention = Infinity;
    let wordsSinceNaming = Infinity;
    /** Words since a noun of a message, while none of them makes the quotation the writer's own. */
    let wordsSinceMessage = Infinity;
    /** The writer is a subject in the sentence so far, and whether a denial followed it. */
    let writerActs = false;
    let denied = false;
    /** The writer's subject has taken a future modal ("we will", "I'll"), undenied: examples it gives are its own steps. */
    let writerWill = false;
    /** Wording named since the writer's subject, after a word that rejects it ("we will stop using phrases like …"): its examples are named, not used. */
    let wordingNamed = false;
    let rejected = false;
    /** The last message named is one the writer sends: its wording, given after it, is the writer's own. */
    let ownMessage = false;
    /**
     * A message to come that others will see or get, no one else's: "staff will see this message", not "your message", nor
     * one the sender forwards or reads out ("I will forward this message to our legal team", "every collector will read this note").
     */
    let messageToCome = false;
    /** A future verb of showing or getting read so far in the sentence ("will see", "will get"). */
    let shownToCome = false;
    /**
     * The writer's verb in this clause perceives a message ("I have seen …"), so a message it names is not the writer's to
     * send, and that message's wording after a colon is quoted: "I have seen the WhatsApps sent to Mr Tan: “…”".
     */
    let perceived = false;
    let perceivedMessage = false;
    /** A future modal earlier in the sentence: a message to come ("your staff will get texts with “…”") is the sender's. */
    let future = false;
    /**
     * Words since the last quotation closed, and whether the first of them opens a parallel item after a comma ("calling his
     * staff “clowns”, his company “…”"): the next quotation names wording as the last one did.
     */
    let wordsAfterClose = Infinity;
    let parallelItem = false;
    /** Words since a message's noun, and since a verb of authoring right after it: "the SMS (was) sent | to you by …". */
    let sinceMessageNoun = Infinity;
    let sinceMessageAuthor = Infinity;
    /** The sentence names a message's author other than the writer ('by': the author's word is next). */
    let othersMessage: boolean | 'by' = false;
    /** The last words join what follows to what came before: "or", "and", or an article after one of them or a comma. */
    let joined = false;
    let reported = false;
    /**
     * The verb of reporting has the reader as its subject ("you wrote", "as you said") or the reader's message ("your email
     * of yesterday, which says"): what it reports is the reader's words. Not "the voicemail we left you says".
     */
    let readerMessage = false;
    let readerSubject = false;
    let readerReports = false;
    /** The customer's complaint or concern stands in the sentence ("your complaint … is that …"). */
    let complaintSubject = false;
    /**
     * The last word of saying has the writer as its subject ("I told him “…”", "we said “…”"): what the writer said to
     * the customer is the writer's own wording, reported or not.
     */
    let ownSpeech = false;
    let wordsInSentence = 0;
    /** Words since the sentence's start or the paragraph's last line break. */
    let wordsInLine = 0;
    let sawMentionWord = false;
    /** A verb of saying, with no condition before it ("if the customer says …:" introduces a script's reply). */
    let sawSaying = false;
    let supposing = false;
    /** An instruction to speak ("say:", "read the following:"): what follows is a script, the writer's own wording. */
    let sawScript = false;
    /** Words since a verb of reading or playing out, for "read a few lines back". */
    let sinceReadOut = Infinity;
    let readsBack = false;
    /** The sentence opens with a quotation: after a read-back, such sentences are the lines read, one after another. */
    let opensWithQuote = false;
    /** Words since a script's instruction to speak opened a clause. */
    let wordsSinceScript = Infinity;
    /** The sentence opens with an instruction ("Call the contractor … and say:"). */
    let instruction = false;
    /** The clause's first word led it ("Then …"), so a script verb may come second. */
    let scriptLead = false;
    /**
     * Parentheses open at this point of the sentence, and how many were open at the verb of saying that made `reported`: a
     * verb inside them whose words follow it there reports only those ("Script, step 6 (customer says they can't pay today):
     * “…”" is the script's line); one whose words do not ("(you wrote to our director):", "(you told us “…”)") reports the
     * quotation, inside or after them.
     */
    let parens = 0;
    /** A verb of saying inside the open parentheses whose words have not followed it there. */
    let sayingInParens = false;
    let reportedAt = 0;
    child.children.forEach((node, index) => {
      const value = toString(node);
      if (node.type === 'WordNode') {
        const next = child.children[index + 1];
        // One "@" alone is an address's first half ("emailed ap@ twice"), not a mask; "sh@t" and "f@#k" still are. A dash
        // joined to the next word is a range or a break ("9 am–5 pm", "Mo–Fr"), not a mask ("what the f— is this").
        const mask = next !== undefined && next.type !== 'WordNode' && next.type !== 'WhiteSpaceNode' ? toString(next) : '';
        const joinsNext = child.children[index + 2]?.type === 'WordNode';
        // A dash after a whole short word that ends its line or sentence is speech broken off ("can I—", "gone quiet on us—"), as
        // transcripts write it, not a mask.
        const afterMask = child.children[index + 2];
        const brokenOff = (afterMask === undefined || (afterMask.type === 'WhiteSpaceNode' && toString(afterMask).includes('\n'))) && shortWords.has(value.toLowerCase());
        const masked = value.length <= 2 && /^[a-z]+$/i.test(value) && (/^(?:[*#_]+|-{2,})$/.test(mask) || (mask === '@' && joinsNext) || (/^[–—]+$/.test(mask) && !joinsNext && !brokenOff));
        items.push({ word: node, sentence: child, index, sentenceNumber, inQuotes, quote: inQuotes ? quote : 0, gap, clauseStart, punctuation, masked, start: offset, end: offset + value.length });
        const lower = value.toLowerCase();
        // A quotation that is the subject of what follows is named, not used: "“Final warning” often isn't true", "“or else”
        // reads as a threat". (Not after its sentence ended: "“Pay now.” Is that clear?")
        if (justClosed !== undefined && !inQuotes && quotedSubjectVerbs.has(lower) && !/[.!?]/.test(punctuation)) mentions.add(justClosed);
        // … and one the customer's side is put after as its speaker: "(“love it!!” from your marketing director, 2 May)" (the
        // quotation's own marks are its speaker's; not "“deadbeats” from all of us at Kestrel").
        if (quotedFrom !== undefined && speakers.has(lower)) mentions.add(quotedFrom);
        quotedFrom = justClosed !== undefined && !inQuotes && lower === 'from' && !/[.!?]/.test(punctuation.slice(Math.max(punctuation.lastIndexOf('"'), punctuation.lastIndexOf('\u201d')) + 1)) ? justClosed : undefined;
        justClosed = undefined;
        joined = lower === 'or' || lower === 'and' || (articles.has(lower) && (joined || /[,/]/.test(punctuation)));
        // (Or joined by "and" to an instruction that opened the sentence: "call the contractor on each site and say: “…”".)
        if (wordsInSentence === 0) instruction = instructionLeads.has(lower);
        const scriptLine = ((clauseStart || scriptLead || (previousWord === 'and' && instruction)) && scriptVerbs.has(lower)) || toSay(wordBefore, previousWord, lower);
        wordsSinceScript = !inQuotes && scriptLine ? 0 : wordsSinceScript + 1;
        scriptLead = clauseStart && scriptLeads.test(lower);
        // A comma or a joining word ends the perceiving verb's clause: "I've seen your email, and my answer is: “…”" is the writer's.
        if ((clauseStart && /[,;]/.test(punctuation)) || clauseJoins.has(lower)) perceived = perceivedMessage = false;
        if (!inQuotes) wordsAfterClose++;
        if (wordsAfterClose === 1) parallelItem = /,/.test(punctuation) && listHeads.has(lower);
        gap = 0;
        clauseStart = false;
        punctuation = '';
        // … or the reader's own message, read by the writer ("we were unhappy to read in your mail that “…”").
        if (lower === 'that' && previousWord !== undefined && (sayingNouns.has(previousWord) || (perceived && messageNouns.has(previousWord) && wordBefore === 'your'))) reported = true;
        // The customer's complaint given as the subject's content: "your complaint, as I understand it, is that … “…”". The
        // complaint must be the subject of that "is": a clause joined by "but" or "and", or a verb of its own, ends it ("your
        // complaint is noted, but the position is that …").
        if (lower === 'that' && complaintSubject && (previousWord === 'is' || previousWord === 'was')) reported = true;
        // A line read back that speaks for the sender ("“We will take the minibuses on Monday.”") is the sender's own again.
        if (inQuotes && readBackQuote === quote) {
          if (senderVoice.has(lower)) {
            mentions.delete(quote);
            readingBack = false;
          }
          readBackQuote = undefined;
        }
        if (!inQuotes && readOutVerbs.has(lower)) sinceReadOut = 0;
        else sinceReadOut++;
        if (!inQuotes && lower === 'back' && sinceReadOut <= 5) readsBack = true;
        if (complaintSubject && (lower === 'but' || lower === 'and' || lower === 'however' || (previousWord !== undefined && (previousWord === 'is' || previousWord === 'was') && lower !== 'that'))) complaintSubject = false;
        if (previousWord === 'your' && complaintNouns.has(lower)) complaintSubject = true;
        // The writer's own words: "I said “…”", and a caller introducing itself ("introduced myself as ‘calling from the county
        // court’", "introduce yourself as ‘calling from the legal side’").
        // And the writer's own steps given by example: "we will take steps such as “…”", "we'll act, e.g. “…”" (not "staff
        // must not use lines such as “…”", nor "we never write, e.g., “…”").
        if (mentionWords.has(lower)) ownSpeech = (reportingVerbs.has(lower) && (previousWord === 'i' || previousWord === 'we')) || (lower === 'as' && selfIntroduction(wordBefore, previousWord)) || (exemplifying.has(lower) && writerWill && !denied && !wordingNamed);
        wordBefore = previousWord;
        previousWord = lower;
        wordsSinceMention = mentionWords.has(previousWord) ? 0 : wordsSinceMention + 1;
        // The customer's own naming, reported back to them: "you called last Friday's delivery “a disgrace”".
        // And the writer's own naming denied, as guidance has it: "we never call a customer a “deadbeat”".
        // … and a thing named by a word others use: "some people call this “black list”" (not the writer's own: "we call this “…”").
        wordsSinceNaming = namingVerbs.has(previousWord) || (customerNaming.has(previousWord) && (wordBefore === 'you' || denials.has(wordBefore ?? ''))) || (demonstratives.has(previousWord) && (wordBefore === 'call' || wordBefore === 'calls') && !writerActs) ? 0 : wordsSinceNaming + 1;
        if (futureModals.has(previousWord) || previousWord.endsWith("'ll") || (previousWord === 'expect' && wordsInSentence === 0)) future = true;
        if (future && showingVerbs.has(previousWord)) shownToCome = true;
        if (writerWords.has(previousWord)) [writerActs, denied, writerWill, wordingNamed, rejected, perceived, perceivedMessage] = [true, false, previousWord.endsWith("'ll"), false, false, false, false];
        else if (writerActs && perceiving.has(previousWord)) perceived = true;
        else if (denials.has(previousWord)) denied = true;
        else if (writerActs && futureModals.has(previousWord)) writerWill = true;
        // "We won't hesitate to …" is no denial: the writer will.
        else if (previousWord === 'hesitate' && denied) [denied, writerWill] = [false, true];
        // Wording named after a word that rejects it ("we will ban phrases like …"), not wording the writer will use ("we will
        // use language such as …").
        else if (rejecting.has(previousWord)) rejected = true;
        else if (wordingNouns.has(previousWord) && rejected) wordingNamed = true;
        // A message another wrote: its author named after it, not the writer ("sent by me").
        if (othersMessage === 'by') othersMessage = writerObjects.has(previousWord) ? false : true;
        if (messageNouns.has(previousWord)) {
          ownMessage = !perceived && (writerActs || future) && !denied;
          messageToCome = shownToCome && !perceived && !denied && !othersOwn.has(wordBefore ?? '');
          perceivedMessage = perceived;
          wordsSinceMessage = 0;
          sinceMessageNoun = 0;
          sinceMessageAuthor = Infinity;
        } else {
          wordsSinceMessage = ownWording.has(previousWord) ? Infinity : wordsSinceMessage + 1;
          sinceMessageNoun++;
          sinceMessageAuthor = authoring.has(previousWord) && sinceMessageNoun <= 3 ? 0 : sinceMessageAuthor + 1;
          if ((previousWord === 'by' || previousWord === 'from') && sinceMessageAuthor <= 3 && othersMessage === false) othersMessage = 'by';
        }
        wordsInSentence++;
        wordsInLine++;
        if (mentionWords.has(previousWord)) sawMentionWord = true;
        // Inside parentheses, a verb of saying announces what follows them only if its words are not given there: "(you wrote
        // to our director on 3 May): “…”" does; "(customer says they can't pay today): “…”" does not.
        if (parens > 0 && sayingInParens && contentWords.has(previousWord)) sayingInParens = false;
        if (announcing.has(previousWord) && !supposing) {
          if (parens === 0) sawSaying = true;
          else sayingInParens = true;
        }
        if (announcingConditions.has(previousWord)) supposing = true;
        if (wordsSinceScript === 0) sawScript = true;
        if (reportingVerbs.has(previousWord)) {
          reported = true;
          reportedAt = parens;
          readerReports = readerMessage || (wordBefore === 'you' && readerSubject);
        }
        if (previousWord === 'you') readerSubject = wordBefore === undefined || subjectOpeners.has(wordBefore);
        if (wordBefore === 'your' && messageNouns.has(previousWord)) readerMessage = true;
      } else if (node.type === 'WhiteSpaceNode') {
        gap += value.length;
        // A line break inside a paragraph starts a new line of a heading block or an address: a new clause.
        if (value.includes('\n')) {
          clauseStart = true;
          wordsInLine = 0;
        }
      } else {
        gap = 0;
        const chars = [...value];
        // The characters either side of a mark, read only for a single quotation mark (one node each side, so linear).
        const beside = (at: number): [string, string] => [
          at > 0 ? chars[at - 1]! : index > 0 ? toString(child.children[index - 1]!).slice(-1) : '',
          at + 1 < chars.length ? chars[at + 1]! : index + 1 < child.children.length ? toString(child.children[index + 1]!).slice(0, 1) : '',
        ];
        chars.forEach((char, at) => {
          if (char === '(') parens++;
          else if (char === ')' && parens > 0) {
            if (--parens < reportedAt && !sayingInParens) reported = false;
            if (parens === 0 && sayingInParens) sawSaying = true;
            sayingInParens = false;
          }
          const [before, after] = singleOpens.has(char) || singleCloses.has(char) ? beside(at) : ['', ''];
          const opensSingle = !inQuotes && singleOpens.has(char) && beforeSingleOpen.test(before) && wordChar.test(after);
          const closesSingle = inQuotes && single && singleCloses.has(char) && before !== '' && !/\s/.test(before) && !wordChar.test(after);
          const opens = (char === '"' && !inQuotes) || openQuotes.has(char) || opensSingle;
          if (opens && !inQuotes) {
            quote++;
            // Set off by a colon or comma, opening the sentence, or after a word of saying or naming: a mention.
            // … or a further quotation in a list of them ("such as “…”, “…” or “…”").
            // A slash lists them as a comma does ("“You could be arrested” / “this is fraud”"), and an article may stand
            // between ("a “parasite” or a “liar”").
            // (A comma lists after a quotation of this sentence, or after a connective opening it ("Likewise, “liar” …"): in "I'm
            // told you call yourself a “planner”. | Given that …, “parasite” seems more accurate", the comma ends a clause.)
            const listed = (joined || (/[,/]/.test(punctuation) && (quote - 1 >= firstQuote || wordsInSentence <= 2)) || itemMark.test(punctuation) || (parallelItem && wordsAfterClose <= 3)) && mentions.has(quote - 1);
            // A colon after a short label, or after a word of saying or naming ("Old wording: “…”", "Words we never use
            // about customers: “…”"), introduces one; so does a table cell or list item that opens with it. A comma or a
            // sentence start alone does not ("Pay now, “or else”" and "“We will tell your bank.”" are the writer's own).
            const colon = punctuation.includes(':') && (wordsInSentence <= 4 || sawMentionWord || othersMessage === true || perceivedMessage);
            // An option's letter or number opening its line ("A) “…”", "2) “…”") lists wording, as a list item does.
            const option = wordsInLine === 1 && punctuation.includes(')') && previousWord !== undefined && /^(?:[a-z]|\d{1,2})$/.test(previousWord);
            const scripted = wordsSinceScript <= 3;
            // A quotation opening a paragraph the one before announced, or opening a table cell or list item.
            // … or opening a sentence after one that reads lines back ("I'm going to read a few lines back to you. “…” “…”").
            if (previousWord === undefined) opensWithQuote = true;
            // (A line read back in the sender's own voice is no one else's: its first word decides, below.)
            if (previousWord === undefined && readingBack) readBackQuote = quote;
            const announcedQuote = previousWord === undefined && ((announced && sentenceNumber === sentenceBase) || readingBack);
            const opensParagraph = announcedQuote || (previousWord === undefined && labelBlock);
            // … and so does a colon after a word for wording, or after a verb of saying that is its line's only word ("Old
            // wording: “…”", "Said: “…”"), however much of its paragraph the quotation fills. Not a transcript's channel
            // ("Voicemail, 16:42: “…”"), nor a speaker named ("Caller said: “…”": in a call note, often our own collector).
            // … or after a denied verb of saying opening its line ("Never say: “…”", "Don't write: “…”"): the wording banned.
            const denied = previousWord !== undefined && deniedLineVerbs.has(previousWord) && wordsInLine <= 3 && denials.has((wordBefore ?? '').replace('\u2019', "'"));
            const labelled = punctuation.includes(':') && previousWord !== undefined && (wordingLabels.has(previousWord) || ((reportingVerbs.has(previousWord) || lineLabels.has(previousWord)) && wordsInLine === 1) || denied);
            if (option || announcedQuote || labelled) namedQuotes.add(quote);
            // A line opened by an item's mark is a list item, however the list is written.
            const item = wordsInLine === 0 && itemMarks.test(punctuation);
            // A message's wording after its noun names wording, unless the writer sends it: "we'll send a text saying “…”".
            const messageWording = wordsSinceMessage <= 2 && messageLinks.has(previousWord ?? '');
            // … and right after a message the writer sends, its wording is the writer's own: "we will send you a message: “…”".
            // … and so is a message to come, announced by a colon later in its sentence: "every one of your 118 staff will see this
            // message when they open the app: “…”" (what the sender will show or send, not wording it names).
            const ownMessageWording = (ownMessage && (messageWording || (writerWill && sinceMessageNoun <= 2))) || (messageToCome && punctuation.includes(':') && sinceMessageNoun <= 12);
            // An article before the quotation is the name's own ("he called a customer an “absolute galah”"), no distance from the
            // verb, where the writer is not the one naming ("I called your MD an “idiot”" is the writer's own word).
            const article = articles.has(previousWord ?? '') && !writerActs ? 1 : 0;
            if (!scripted && !ownSpeech && !ownMessageWording && (colon || option || opensParagraph || item || wordsSinceMention - article <= 2 || wordsSinceNaming - article <= 4 || messageWording || listed || reported)) {
              mentions.add(quote);
              // The reader's own words reported are theirs however much of the paragraph they fill: not a transcript.
              if (readerReports) namedQuotes.add(quote);
            }
          }
          const wasIn = inQuotes;
          if (opensSingle) {
            inQuotes = true;
            single = true;
          } else if (closesSingle) inQuotes = false;
          else if (single) {
            // Inside a single quotation, double marks are quotations within it, not its end.
          } else if (char === '"') inQuotes = !inQuotes;
          else if (openQuotes.has(char)) inQuotes = true;
          else if (closeQuotes.has(char)) inQuotes = false;
          if (wasIn && !inQuotes) {
            closed.add(quote);
            justClosed = quote;
            wordsAfterClose = 0;
            single = false;
          }
        });
        // The comma of a number ("£7,600", read as 7 | , | 600) is part of the number, not a break.
        const [previousNode, nextNode] = [child.children[index - 1], child.children[index + 1]];
        const digitComma = value === ',' && previousNode !== undefined && nextNode !== undefined && /\d$/.test(toString(previousNode)) && /^\d{3}/.test(toString(nextNode));
        if (!digitComma) punctuation += value;
        if (!digitComma && /[,;:()\u2014\u2013]/.test(value)) clauseStart = true;
      }
      append(value);
    });
    reportsSaying = sawSaying && !ownSpeech && !sawScript && !writerActs;
    readingBack = readsBack || (readingBack && opensWithQuote);
    sentenceNumber++;
  }
  // A quotation mark never closed in its paragraph quotes nothing ("Re: ““invoice 12. We will tell your bank.").
  for (const item of items) {
    if (item.inQuotes && !closed.has(item.quote)) {
      item.inQuotes = false;
      item.quote = 0;
    }
  }
  const joined = text.join('');
  return { items, sentences: sentenceNumber - sentenceBase, quotes: quote, text: joined, mentions, namedQuotes, announces: reportsSaying && joined.trimEnd().endsWith(':') };
}

/**
 * The tags of the wink-nlp tokens inside item `item`'s word: `tagged` is in
 * text order and `cursor` only moves forward, so a paragraph is aligned in one pass.
 */
function tagsWithin(tagged: readonly Tagged[], cursor: { at: number }, start: number, end: number): Tagged[] {
  while (cursor.at < tagged.length && tagged[cursor.at]!.start < start) cursor.at++;
  const within: Tagged[] = [];
  for (let i = cursor.at; i < tagged.length && tagged[i]!.start < end; i++) within.push(tagged[i]!);
  return within;
}

/**
 * Runs of three or more single letters ("P A Y  N O W") are read as words;
 * a gap of two or more spaces separates one word from the next.
 */
function joinSpacedLetters(items: Item[]): { raw: string; from: Item; to: Item }[] {
  const single = (item: Item) => /^[a-z]$/i.test(toString(item.word));
  const out: { raw: string; from: Item; to: Item }[] = [];
  let i = 0;
  while (i < items.length) {
    let end = i + 1;
    if (single(items[i]!)) while (end < items.length && single(items[end]!) && items[end]!.gap >= 1 && items[end]!.gap <= 3) end++;
    if (end - i < 3) {
      out.push({ raw: toString(items[i]!.word), from: items[i]!, to: items[i]! });
      i++;
      continue;
    }
    let groupStart = i;
    for (let k = i + 1; k <= end; k++) {
      if (k === end || items[k]!.gap >= 2) {
        const group = items.slice(groupStart, k);
        out.push({ raw: group.map((item) => toString(item.word)).join(''), from: group[0]!, to: group[group.length - 1]! });
        groupStart = k;
      }
    }
    i = end;
  }
  return out;
}

/** Sign-offs a name follows, plural nouns that are no subject: "Kind regards, Sue". */
const signOffs = new Set(['regards', 'wishes', 'thanks', 'cheers', 'greetings']);
/** Subjects after which a listed name's capitalised form is the verb: "or we Sue", "they Sue". */
const subjects = new Set(['we', 'they', 'i', 'you', 'he', 'she']);
/** Words before "to" that make it the infinitive's: "no choice but to Sue", "we will have to Sue" (not "send it to Sue"). */
const infinitiveLeads = new Set(['have', 'has', 'had', 'going', 'need', 'needs', 'want', 'wants', 'forced', 'obliged', 'but', 'able', 'intend', 'plan', 'prepared', 'ready', 'decide', 'decided', 'choice', 'option', 'right']);

/**
 * A given name that is also a word the rules read (the lexicon's `given-names`: "Sue", "Rob", "Mick") is, capitalised,
 * read as the name: its own word, no stem, part of speech PROPN, so "Hi Sue," "ask for Sue in accounts", "You spoke to
 * Rob on Monday" and "Can Sue call me back?" name no lawsuit or theft. It stays the verb where a verb stands: after a
 * subject pronoun, a modal or "not" inside its clause ("or we Sue", "we will Sue", not "Can Sue call …"), after the
 * infinitive's "to" ("no choice but to Sue"), or after a plural noun at the end of its sentence ("or our lawyers Sue.");
 * and never before a verb or a surname ("Sue will call", "Sue Patel"); after an article it is the common word ("a
 * Dick"). Only listed names: any other capitalised verb keeps the tagger's reading ("or we Seize stock"). Linear in the
 * paragraph's tokens.
 */
function readNamesAsNames(tokens: Token[], start: number, end: number, names: ReadonlySet<string>): void {
  if (names.size === 0) return;
  for (let i = start; i < end; i++) {
    const token = tokens[i]!;
    // (A set lookup first: every word passes here, and few are names.)
    const listed = names.has(token.text) || (token.text.endsWith("'s") && names.has(token.text.slice(0, -2)));
    if (!listed || token.field || !/^[A-Z][a-z]+(?:['’]s)?$/.test(token.raw)) continue;
    const before = i > start && tokens[i - 1]!.sentence === token.sentence ? tokens[i - 1]! : undefined;
    const after = i + 1 < end && tokens[i + 1]!.sentence === token.sentence ? tokens[i + 1]! : undefined;
    const nameAfter = after !== undefined && after.punctuation === '' && (after.pos === 'VERB' || after.pos === 'AUX' || /^[A-Z]/.test(after.raw));
    const opensClause = (t: Token) => t.clauseStart || tokens[i - 2]?.sentence !== t.sentence;
    const verb =
      before !== undefined &&
      !nameAfter &&
      (subjects.has(before.text) ||
        before.text === 'not' ||
        before.text === 'never' ||
        (before.pos === 'AUX' && !opensClause(before)) ||
        (before.text === 'to' && infinitiveLeads.has(tokens[i - 2]?.text ?? '')) ||
        (before.pos === 'NOUN' && before.text.endsWith('s') && !signOffs.has(before.text) && after === undefined));
    // After an article it is the common word, not the name: "don't be a Dick about it".
    if (verb || before?.pos === 'DET') continue;
    token.givenName = true;
    token.pos = 'PROPN';
    token.lemma = token.text;
    token.stems = [];
    token.keys = wordKeysOf(token.text, token.plain, [], 'PROPN');
  }
}

/**
 * "'d" is "had" before a participle ("you'd heard that suppliers share lists", "we'd been told", "you'd better") and
 * "would" before a bare verb ("we'd hate to"): the contraction is read as "would" word by word (normalize.ts), and
 * mended here once the next word's tag is known. A verb whose form is not its lemma ("heard", "sent") is not bare.
 */
function readPastPerfects(tokens: Token[], start: number, end: number): void {
  for (let i = start; i + 1 < end; i++) {
    const token = tokens[i]!;
    if (token.text !== 'would' || !/'d$/i.test(token.raw.replace(/\u2019/g, "'"))) continue;
    let next = i + 1;
    // An adverb may stand between: "you'd already paid", "we'd never been told".
    if (tokens[next]!.pos === 'ADV' && next + 1 < end) next++;
    const verb = tokens[next]!;
    if (verb.sentence !== token.sentence) continue;
    const participle = verb.text === 'been' || verb.text === 'better' || (verb.pos === 'VERB' && verb.lemma !== verb.text && /(?:ed|en|wn|ne|ht|ard|ld|nt|ung|ade|id|ot|ost|ft|pt)$/.test(verb.text));
    if (!participle) continue;
    const stems = [stem('had')];
    tokens[i] = { ...token, text: 'had', plain: 'had', lemma: 'have', stems, keys: wordKeysOf('had', 'had', stems, token.pos) };
  }
}

/** A word token's index keys (`w:word`, `s:stem`, `p:part of speech`, and the word without hyphens and apostrophes). */
function wordKeysOf(text: string, plain: string, stems: readonly string[], pos: string): string[] {
  const keys = [`w:${text}`, ...stems.map((s) => `s:${s}`), `p:${pos}`];
  if (plain !== text) keys.push(`w:${plain}`);
  return keys;
}

const stemCache = new Map<string, string>();
export function stem(word: string): string {
  let result = stemCache.get(word);
  if (result === undefined) {
    result = stemmer(word);
    stemCache.set(word, result);
  }
  return result;
}

/**
 * The merge field a word stands for. `fields` is sorted by start (spans do
 * not overlap), so each lookup is a binary search rather than a scan of
 * every field of the document.
 */
function fieldAt(fields: readonly FieldSpan[], word: Word): string | undefined {
  const offset = word.position?.start.offset;
  if (offset === undefined) return undefined;
  const field = fields[lastAtOrBefore(fields, (f) => f.start, offset)];
  return field && offset < field.end ? field.name : undefined;
}

/**
 * The index of the paragraph holding token `index`, or -1: a binary search
 * over `paragraphs` (in document order, each a token range [start, end)).
 */
export function paragraphOf(paragraphs: Paragraphs['paragraphs'], index: number): number {
  const at = lastAtOrBefore(paragraphs, (p) => p.start, index);
  return at >= 0 && index < paragraphs[at]!.end ? at : -1;
}

const singleDelimiters = ['-', '\u2013', '\u2014', ':', ';'];
const delimiterPairs: Record<string, string[]> = {
  ',': [','], '-': ['-'], '\u2013': ['\u2013'], '\u2014': ['\u2014'], '"': ['"'], "'": ["'"],
  '\u2018': ['\u2019'], '\u201A': ['\u2019'], '\u2019': ['\u2019', '\u201A'], '\u201C': ['\u201D'], '\u201D': ['\u201D'], '\u201E': ['\u201D', '\u201C'],
  '\u00AB': ['\u00BB'], '\u00BB': ['\u00AB'], '\u2039': ['\u203A'], '\u203A': ['\u2039'], '(': [')'], '[': [']'], '{': ['}'], '\u27E8': ['\u27E9'], '\u300C': ['\u300D'],
};
const openDelimiters = Object.keys(delimiterPairs);

/** The first punctuation next to `index` in direction `step`, over white space only; undefined at a word. */
function delimiterBeside(siblings: Sentence['children'], index: number, step: 1 | -1, delimiters: readonly string[]): string | undefined {
  for (let i = index + step; i > -1 && i < siblings.length; i += step) {
    const sibling = siblings[i]!;
    if (sibling.type === 'WordNode' || sibling.type === 'SourceNode') return undefined;
    if (sibling.type !== 'WhiteSpaceNode') {
      const value = toString(sibling);
      return delimiters.includes(value) ? value : undefined;
    }
  }
  return undefined;
}

/**
 * nlcst-is-literal's test (a word set off by quotes, brackets, dashes or a
 * colon), given where the sentence's first and last words are: the package
 * counts the words before and after the word each time, which is quadratic in
 * a long sentence.
 */
function isLiteral(sentence: Sentence, index: number, firstWord: number, lastWord: number): boolean {
  const siblings = sentence.children;
  if (index <= firstWord && delimiterBeside(siblings, index, 1, singleDelimiters) !== undefined) return true;
  if (index >= lastWord && delimiterBeside(siblings, index, -1, singleDelimiters) !== undefined) return true;
  const opening = delimiterBeside(siblings, index, -1, openDelimiters);
  return opening !== undefined && delimiterBeside(siblings, index, 1, delimiterPairs[opening]!) !== undefined;
}

/** Index of the first and last word of each sentence, for `isLiteral`. */
const wordBounds = new WeakMap<Sentence, [number, number]>();
function boundsOf(sentence: Sentence): [number, number] {
  let bounds = wordBounds.get(sentence);
  if (!bounds) {
    const children = sentence.children;
    let first = children.findIndex((node) => node.type === 'WordNode');
    let last = -1;
    for (let i = children.length - 1; i >= 0; i--) {
      if (children[i]!.type === 'WordNode') {
        last = i;
        break;
      }
    }
    if (first === -1) first = children.length;
    wordBounds.set(sentence, (bounds = [first, last]));
  }
  return bounds;
}

function literalAt(sentence: Sentence, index: number): boolean {
  const [first, last] = boundsOf(sentence);
  return isLiteral(sentence, index, first, last);
}

const noNames: ReadonlySet<string> = new Set();

export interface TokenizeOptions {
  /** Given names that are also words the rules read (the lexicon's `given-names`), read as names where a name stands. */
  names?: ReadonlySet<string> | undefined;
  /**
   * The document is a draft, a letter as its writer sends it. A paragraph
   * that is one quotation from end to end (a voicemail transcript), or a
   * message that is all block quote, is then the message itself rather than
   * a quoted example (policy pages quote examples whole); and in a dialogue,
   * the lines given to the customer ("Customer: …") are the customer's words,
   * reported (`mention`), not the writer's (a template's words all reach the
   * customer, whatever label they carry).
   */
  draft?: boolean | undefined;
  /**
   * Other systems' names for catalogue fields (`customer_name` → `customer_contact_name`): a field written by one reads as
   * the catalogue's, so the rules' `{{customer_company}}` finds `{{company_name}}` too.
   */
  fieldAliases?: ReadonlyMap<string, string> | undefined;
  /**
   * Fields that name the addressee (the lexicon's `addressee-fields`): each reads as "you", or "your" with a possessive
   * ("{{customer_company}}'s premises"), so a rule written for "you" reads a template the same.
   */
  addressee?: ReadonlySet<string> | undefined;
}

/**
 * The label of a line the customer speaks in a call note, chat log or transcript, as regular-expression source:
 * "Customer:", "Client (Rory, Rory's Bikes):", "Debtor:", "Them:" (the other side of a chat kept as "Me: / Them:"). Not
 * "Caller:", which names our own collector in an outbound call note as often as the customer. The contact-log rule reads
 * it after a line's time ("10:04 Customer: …").
 */
export const customerSpeaker = String.raw`(?:the[ \t]+)?(?:customer|client|debtor|cust|them)(?:[ \t]*\([^)\n]{0,80}\))?[*_]*[ \t]*:`;
/** A line that opens with the customer's label. */
const customerTurn = new RegExp(String.raw`^[ \t>*_-]*` + customerSpeaker, 'gim');
/** A heading naming a call script: "Call script: 30–60 days", "Outbound call scripts", "Voicemail script", "Script for 60+ day calls". */
const callScriptTitle = /\b(?:call|phone|telephone|outbound|inbound|collections?|agent|dunning|voicemail|dialler|dialer)\s+scripts?\b|^\W*scripts?\s+(?:for\b|:)/i;
/** A heading about scripts rather than one: "Call script guidance", "Phone script: lines we've retired". */
const aboutScripts = /\b(?:guidance|guide|training|changes?|changed|feedback|retired|avoid|policy|policies|review|rules|standards|audit|banned|examples?|complaints?|don'?ts)\b/i;
/**
 * A line before a block quote in a script that gives the quote to someone else or to a ban: "If they say:", "Customer:",
 * "Never say:", "Old wording:".
 */
const notOurLine = /\b(?:they|customer|customers|client|debtor|caller|he|she)\s+(?:says?|said|writes?|wrote|asks?|asked|tells?|told)\b|\bif they\b|\b(?:never|don'?t|do not|not|no longer)\s+(?:say|use|write)\b|\b(?:avoid|banned|retired|removed|old (?:line|wording|script)|instead of|complained|complaint)\b|^\W*(?:customer|client|debtor|them|they)\W*$/i;
/**
 * A line our side speaks: "Agent: …", "Collector (Alisha, Cyclelink):", "Me: …". Only a text with one is a dialogue: a
 * statement's "Customer: Harwood Leisure Ltd" heads a document and quotes no one.
 */
const ownTurn = /^[ \t>*_-]*(?:agent|collector|me|us|rep|csr|advisor|adviser|operator|credit controller|credit control|ar)(?:[ \t]*\([^)\n]{0,80}\))?[*_]*[ \t]*:/im;

/** The spans of `text` (a paragraph) that lines given to the customer hold, after their label, in order. */
function customerTurns(text: string): [start: number, end: number][] {
  const turns: [number, number][] = [];
  for (const label of text.matchAll(customerTurn)) {
    const start = label.index + label[0].length;
    const end = text.indexOf('\n', start);
    turns.push([start, end === -1 ? text.length : end]);
  }
  return turns;
}

/** Nouns that name the word after them: "he used the word liar", "the term fraud". */
const wordNames = new Set(['word', 'term', 'expression', 'epithet', 'insult', 'slur']);
/** Verbs of using or hearing a word, by lemma: "used the word", "called him the word", "heard the term". */
const wordUses = new Set(['use', 'say', 'call', 'write', 'hear', 'shout', 'utter', 'repeat', 'type', 'mention']);

/**
 * A word named without quotation marks ("both accept that he used the word liar") is mentioned, not used: the one
 * word after "the word" or "the term" where a verb of using or hearing the word comes right before them ("pay within the
 * term or else" names nothing), within its sentence, and not a word of grammar.
 */
function markNamedWords(tokens: Token[]): void {
  for (let i = 3; i < tokens.length; i++) {
    const name = tokens[i - 1]!;
    const named = tokens[i]!;
    if (!wordNames.has(name.text) || tokens[i - 2]!.text !== 'the' || !wordUses.has(tokens[i - 3]!.lemma)) continue;
    if (name.sentence === named.sentence && named.punctuation === '' && (named.pos === 'NOUN' || named.pos === 'ADJ' || named.pos === 'PROPN' || named.pos === 'VERB')) named.mention = true;
  }
}

/**
 * A lead-in that forbids what its list holds, by its closing words: a verb left out after a denied modal ("Staff must
 * not:", "Collectors cannot:", "Do not:"), or a verb of saying or using denied within three words before the colon's
 * stretch ("Examples … which must never be used:", "None of them is to be used again:", "Never say or write:", "Avoid:").
 * Not a sentence that holds a condition on the reader or the writer's own step ("If you don't:", "here is what happens
 * if …:", "we will now use every means available to us:", "we shall not hesitate to use the following:"), nor the idiom
 * "don't say we didn't warn you:".
 */
const elidedDenial = /(?:\b(?:must|should|shall|may|need|do|does|will|can)\s+(?:not|never)|\b(?:mustn't|shouldn't|don't|doesn't|won't|can't|cannot|never))\s*:\s*$/i;
const deniedSaying = /(?:(?:\b(?:not|never|no longer)|n't)\s+(?:\S+\s+){0,3}?(?:say|said|write|written|use|used|send|sent|tell|imply|threaten)\b([^.!?:]{0,30}):\s*$|\bnone of (?:them|these|those|this) (?:is|are|may be|should be) (?:to be )?(?:used|said|written|sent)\b([^.!?:]{0,30}):\s*$|\bavoid\s*(?:these|the following|this)?\s*:\s*$)/i;
/** What makes a lead-in a condition on the reader or the writer's own step rather than a ban. */
const notABan = /\b(?:if|unless) you\b|\botherwise\b|\bor else\b|\bwhat happens\b|\bhappen next\b|\bhesitate\b|\b(?:we|i)\s+(?:will|shall|are going to)\s+(?!not\b|never\b)|\b(?:we'll|i'll)\s+(?!not\b|never\b)/i;
/** How much of a paragraph's end is read for its lead-in: a longer last sentence is no lead-in. */
const leadInWindow = 600;

/** Whether a paragraph ends in a lead-in that forbids the list after it (see `elidedDenial`, `deniedSaying`). */
function forbids(paragraph: string): boolean {
  const end = paragraph.trimEnd();
  const window = end.slice(-leadInWindow);
  const sentences = window.split(/(?<=[.!?])\s+/);
  // A last sentence that runs past the window may hold a condition before it: not read as a ban.
  if (sentences.length === 1 && end.length > leadInWindow) return false;
  const last = sentences[sentences.length - 1]!;
  if (notABan.test(last)) return false;
  if (elidedDenial.test(last)) return true;
  const said = deniedSaying.exec(last);
  // "Don't say we didn't warn you:", "don't ever say we never told you:" deny a denial: a warning.
  return said !== null && !/n't\b|\bnot\b|\bnever\b/i.test(said[1] ?? said[2] ?? '');
}

/**
 * Whether a list's paragraph speaks of the writer's side outside its quotations ("make us send the lads round", "be
 * surprised when our lads turn up"): a ban's list names what staff must not do or say to customers, so such a list is
 * the writer's own wording, read as such.
 */
function speaksForWriter(paragraph: string): boolean {
  return /\b(?:we|us|our|ours|i|me|my|we'll|we're|i'll|i'm)\b/i.test(paragraph.replace(/["\u201c][^"\u201d]*["\u201d]/g, ' '));
}

/** A paragraph opened by a list item's mark: "(a) …", "2. …", "- …", "• …". */
const opensItem = /^\s*(?:\(?[a-z0-9]{1,2}[).]|[-*\u2022\u00b7\u25aa\u25cf\u2717\u2718\u274c])\s/i;

/**
 * The paragraphs (by index in `paragraphs`) of lists that a lead-in forbids ("Staff must not:", "Never say:"), in a
 * draft: the list after it, its items being what must not be done or said, are named, not used (a mention). The list is
 * the paragraph right after the lead-in if it is a list item or opens with an item's mark, and the list items after that
 * one. A lead-in that forbids nothing ("We will not wait any longer:") keeps its verb before the colon.
 */
function forbiddenLists(paragraphs: readonly { text: string; list: boolean }[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    // Its closing words only (forbids): a lead-in's denial sits just before its colon, and a long paragraph is not read again.
    if (!forbids(paragraphs[i]!.text)) continue;
    const first = paragraphs[i + 1]!;
    if (!first.list && !opensItem.test(first.text)) continue;
    if (!speaksForWriter(first.text)) out.add(i + 1);
    // Each paragraph is looked at once: the outer loop goes on after the list.
    let j = i + 2;
    for (; j < paragraphs.length && paragraphs[j]!.list && first.list; j++) if (!speaksForWriter(paragraphs[j]!.text)) out.add(j);
    i = j - 2;
  }
  return out;
}

/** The document's words, normalised for matching, with their paragraphs. */
export function tokenize(tree: Root, unsorted: readonly FieldSpan[], options: TokenizeOptions = {}): Paragraphs {
  const aliases = options.fieldAliases;
  const fields = unsorted.map((f) => (aliases?.has(f.name) ? { ...f, name: aliases.get(f.name)! } : f)).sort((a, b) => a.start - b.start);
  const tokens: Token[] = [];
  const paragraphs: Paragraphs['paragraphs'] = [];
  let sentenceBase = 0;
  // Every paragraph's words first, so the tagger reads the document in one pass (one call per paragraph cost twice as much).
  const draft = options.draft === true;
  const read: { paragraph: Paragraph; paragraphNumber: number; base: number; items: Item[]; quotations: number; mentions: Set<number>; namedQuotes: Set<number> }[] = [];
  const texts: string[] = [];
  let base = 0;
  let announced = false;
  tree.children.forEach((paragraph, paragraphNumber) => {
    if (paragraph.type !== 'ParagraphNode') return;
    // A table cell or list item is a label: a quotation opening it names wording ("| “or else” | Vague menace |").
    const context = (paragraph.data as unknown as BlockData | undefined)?.context;
    const { items, sentences, quotes: quotations, text, mentions, namedQuotes, announces } = itemsOf(paragraph, sentenceBase, context === 'table' || context === 'list', announced);
    announced = announces;
    sentenceBase += sentences;
    read.push({ paragraph, paragraphNumber, base, items, quotations, mentions, namedQuotes });
    texts.push(text);
    // Paragraphs are joined by a blank line, which no tagged token spans.
    base += text.length + 2;
  });
  const dialogue = draft && texts.some((text) => ownTurn.test(text));
  const forbidden = draft ? forbiddenLists(read.map(({ paragraph }, i) => ({ text: texts[i]!, list: (paragraph.data as unknown as BlockData | undefined)?.context === 'list' }))) : new Set<number>();
  const tagged = tag(texts.join('\n\n'));
  const cursor = { at: 0 };
  const blockData = (paragraph: Paragraph) => (paragraph.data ?? { context: 'paragraph', quoted: false, example: false }) as unknown as BlockData;
  // A message that is all block quote, with no word of the writer's outside it, is the writer's own message: quoting marks
  // someone else's words only beside words of one's own ("> Pay now or else" alone is still the letter).
  const allQuoted = draft && read.length > 0 && read.every(({ paragraph }) => blockData(paragraph).quoted);
  // Under a heading that names a call script ("Outbound script: pre-legal queue"), the caller's lines are set off as block
  // quotes: they are the lines to say, not someone else's words quoted, unless the line before gives them to the customer or
  // to a ban ("If they say:", "Never say:"). A later heading about scripts ("Lines we've retired") ends the script.
  const ourLines = new Set<number>();
  if (draft) {
    let inScript = false;
    let leadIsOurs = true;
    read.forEach(({ paragraph }, i) => {
      const { context, quoted } = blockData(paragraph);
      if (context === 'heading' && !quoted) {
        if (callScriptTitle.test(texts[i]!)) inScript = !aboutScripts.test(texts[i]!);
        else if (aboutScripts.test(texts[i]!)) inScript = false;
        leadIsOurs = true;
      } else if (!quoted) leadIsOurs = !notOurLine.test(texts[i]!.trim().replace(/:\s*$/, ''));
      else if (inScript && leadIsOurs) ourLines.add(i);
    });
  }
  /** Quotations numbered in earlier paragraphs, so `quotation` numbers them through the document. */
  let quotationBase = 0;
  for (const [index, { paragraph, paragraphNumber, base, items, quotations, mentions, namedQuotes }] of read.entries()) {
    const data = allQuoted || ourLines.has(index) ? { ...blockData(paragraph), quoted: false } : blockData(paragraph);
    // A quoted name ("Wall of Shame") is the writer's own words, not a quotation of someone else's.
    const quoted = new Map<number, Item[]>();
    for (const item of items) {
      if (!item.inQuotes) continue;
      const words = quoted.get(item.quote);
      if (words) words.push(item);
      else quoted.set(item.quote, [item]);
    }
    for (const words of quoted.values()) {
      const long = words.filter((item) => toString(item.word).length > 3);
      if (words.length >= 2 && long.length > 0 && long.every((item) => /^[A-Z]/.test(toString(item.word))) && !long.every((item) => /^[A-Z]+$/.test(toString(item.word)))) {
        for (const item of words) item.inQuotes = false;
      }
    }
    // A line the writer's side is to say is said, though quoted, unless the words before the quotation give it to the customer
    // or to a ban ("if they say “…”, reply …", "never say “…”").
    if (data.spoken) {
      const theirs = new Set<number>();
      items.forEach((item, i) => {
        if (!item.inQuotes || (i > 0 && items[i - 1]!.inQuotes && items[i - 1]!.quote === item.quote)) return;
        const before = items.slice(Math.max(0, i - 4), i).filter((b) => !b.inQuotes).map((b) => toString(b.word)).join(' ');
        if (notOurLine.test(before)) theirs.add(item.quote);
      });
      for (const item of items) if (item.inQuotes && !theirs.has(item.quote)) item.inQuotes = false;
    }
    // A paragraph that is almost all one quotation (a voicemail transcript) is the message itself, not a quoted example.
    const quotes = new Set(items.filter((item) => item.inQuotes).map((item) => item.quote));
    const [only] = quotes;
    if (draft && data.context === 'paragraph' && items.length >= 12 && quotes.size === 1 && !namedQuotes.has(only!) && items.filter((item) => item.inQuotes).length >= 0.8 * items.length) for (const item of items) item.inQuotes = false;
    const start = tokens.length;
    // Items come in text order, so one cursor walks the customer's turns.
    const turns = dialogue ? customerTurns(texts[index]!) : [];
    let turn = 0;
    const joined = joinSpacedLetters(items);
    for (let j = 0; j < joined.length; j++) {
      const { raw, from, to } = joined[j]!;
      while (turn < turns.length && turns[turn]![1] <= from.start) turn++;
      const customers = turn < turns.length && turns[turn]![0] <= from.start;
      const field = fieldAt(fields, from.word);
      const letters = raw.replace(/[^a-z]/gi, '');
      const caps = letters.length >= 2 && letters === letters.toUpperCase();
      const literal = from.inQuotes || to.inQuotes || literalAt(from.sentence, from.index) || literalAt(to.sentence, to.index);
      // "s-e-i-z-e" and "s.e.i.z.e" read as the word.
      const unspaced = /^([a-z][-._*])+[a-z]$/i.test(raw) ? raw.replace(/[-._*]/g, '') : raw;
      const after = to.sentence.children[to.index + 1];
      const period = raw.endsWith('.') || (after !== undefined && toString(after) === '.');
      const next = joined[j + 1]?.from.sentence === to.sentence ? joined[j + 1]!.raw : undefined;
      const expanded = field ? undefined : (numeroSign(raw, next, j > 0 && joined[j - 1]!.to.sentence === from.sentence, period) ?? textese(unspaced));
      // The addressee's field reads as the pronoun, its possessive as "your"; any other field as a neutral noun.
      const addressee = field !== undefined && options.addressee?.has(field) === true;
      const spelled = addressee ? [/['’]s$/i.test(raw) ? 'your' : 'you'] : field ? [fieldPlaceholder] : (expanded ?? expandContraction(unspaced));
      // A number with a per cent sign reads as the number and "percent", so a rule can tell "25% a month" from "£25 a month".
      const words = !field && after !== undefined && /^\d[\d.,]*$/.test(raw) && toString(after).startsWith('%') ? [...spelled, 'percent'] : spelled;
      const tags = tagsWithin(tagged, cursor, base + from.start, base + to.end);
      // "Re:" heading a subject line is a reference, not the tail of "we're" the tagger reads it as ("Re: | creditors'
      // voluntary liquidation").
      const reference = !field && raw.toLowerCase() === 're' && after !== undefined && toString(after).startsWith(':');
      words.forEach((text, n) => {
        const readings = deLeet(text);
        const plain = text.replace(/[-']/g, '');
        // A contraction's parts take the tags of wink-nlp's parts in order ("wo|n't" → will, not).
        const tagOf: Pick<Tagged, 'pos' | 'lemma'> | undefined = addressee ? { pos: 'PRON', lemma: text } : field ? undefined : reference ? { pos: 'X', lemma: 're' } : (tags[Math.min(n, tags.length - 1)] as Tagged | undefined);
        const lemma = words.length > 1 || expanded ? text : (tagOf?.lemma ?? text);
        const stems = [...new Set([stem(text), ...readings.map(stem), ...(lemma !== text && /^[a-z]+$/.test(lemma) ? [stem(lemma)] : [])])];
        const keys = field ? [`f:${field}`, ...(addressee ? wordKeysOf(text, plain, stems, 'PRON') : [])] : wordKeysOf(text, plain, stems, tagOf?.pos ?? 'X');
        tokens.push({
          text,
          plain,
          keys,
          stems,
          raw,
          first: from.word,
          last: to.word,
          sentence: from.sentenceNumber,
          paragraph: paragraphNumber,
          clauseStart: n === 0 && from.clauseStart,
          caps,
          literal,
          mention: (from.inQuotes && mentions.has(from.quote)) || customers || forbidden.has(index),
          quotation: from.inQuotes ? quotationBase + from.quote : 0,
          pos: addressee ? 'PRON' : field ? 'PROPN' : (tagOf?.pos ?? 'X'),
          lemma,
          clause: 0,
          condition: false,
          punctuation: n === 0 ? from.punctuation : '',
          masked: from.masked && !field,
          quoted: data.quoted,
          field,
        });
      });
    }
    readPastPerfects(tokens, start, tokens.length);
    readNamesAsNames(tokens, start, tokens.length, options.names ?? noNames);
    markClauses(tokens, start, tokens.length);
    paragraphs.push({ data, node: paragraph, start, end: tokens.length });
    quotationBase += quotations;
  }
  markClockTimes(tokens);
  markNamedWords(tokens);
  if (draft) markRetractedWording(tokens);
  return { tokens, paragraphs };
}
