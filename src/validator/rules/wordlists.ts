import { aimedAtWriter, calledReader, describesThing, inName, refersToNamedPerson } from '../phrases/context.ts';
import { matchPlace, quotedWording, selectMatches } from '../phrases/select.ts';
import { spansOf } from '../phrases/stated.ts';
import type { Token } from '../text/tokens.ts';
import type { DocumentRule } from '../types.ts';
import { englishReading } from '../text/language.ts';
import { loadPhraseData } from './phrase-rules.ts';

/** Capitalises suggestions when the word found was capitalised, as retext-equality does. */
function caseLike(actual: string, suggestions: readonly string[]): string[] {
  const upper = actual.charAt(0) === actual.charAt(0).toUpperCase();
  return suggestions.map((s) => (upper ? s.charAt(0).toUpperCase() + s.slice(1) : s));
}

export const profanity: DocumentRule = {
  meta: {
    id: 'profanity',
    name: 'Profanity',
    description: 'Profane or obscene words, from the cuss word list that retext-profanities uses: errors for words that are surely profane, warnings for words that may be.',
    why: 'Obscene or profane language in a collection message is abuse, whatever the provocation.',
    source: 'FDCPA §806(2) (benchmark); the cuss word list (retext-profanities).',
    severity: 'error',
    suppressible: false,
    scope: 'language',
    examples: {
      valid: [
        { text: 'We would be grateful for payment by Friday.' },
        { text: 'The delivery included four rolls of black plastic sheeting.', note: 'A word the list only suspects, describing a thing.' },
        { text: 'We supplied the Bluegum decking boards on 3 May.', note: 'A product name.' },
      ],
      invalid: [{ text: 'Pay the damn invoice.' }, { text: 'Your paperwork is crap.' }, { text: 'What the f--- is wrong with your accounts team?', note: 'A masked word is read as the word it hides.' }],
    },
  },
  check(context, report) {
    const { cues, people, literalSenses, selfDeprecation, otherLanguages } = loadPhraseData();
    const tokens = context.words.tokens;
    const { foreignParagraphs } = englishReading(tokens, otherLanguages);
    for (const match of selectMatches(context, 'profanity', cues)) {
      // The lists are English words: in a paragraph in another language "retard" is a delay, not an insult.
      if (foreignParagraphs.has(tokens[match.start]!.paragraph)) continue;
      // A word the list only suspects is surely abuse where it names the reader ("you bastards").
      const sure = match.entry.rating === 2 || (match.end - match.start === 1 && calledReader(tokens, match.start));
      // A name ("Bluegum decking") is not an insult; a word with a literal sense is not one when it describes a thing ("black
      // plastic sheeting"); nor is one the writer turns on itself ("my stupid mistake").
      // Nor is a given name the list only suspects, where the tokens read it as the name ("Mick, thanks", the lexicon's
      // `given-names`).
      if (inName(tokens, match.start) || (!sure && (tokens[match.start]!.givenName || describesThing(tokens, match.start, people, literalSenses))) || aimedAtWriter(tokens, match.start, selfDeprecation)) continue;
      const { actual, place } = matchPlace(context, match);
      report({
        reason: sure ? `Don’t use “${actual}”, it’s profane` : `Reconsider using “${actual}”, it may be profane`,
        place,
        actual,
        expected: ['Remove the word; say plainly what you need.'],
        // Words the list only suspects (“abuse”, “addict”) warn; surely profane ones block.
        severity: sure ? 'error' : 'warning',
      });
    }
    // "f---", "a***", "sh*t": a word spelled with a mask is written to be read as the profanity it hides; one the
    // letter quotes as someone else's ("he called me a “f***ing vulture”") is reported, like any quoted word.
    const quoted = quotedWording(context.kind);
    for (let i = 0; i < tokens.length; i++) {
      if (!tokens[i]!.masked || quoted?.(tokens[i]!)) continue;
      const { actual, place } = matchPlace(context, { start: i, end: i + 1 });
      report({ reason: `A masked profanity is still profane: “${actual}…”`, place, actual, expected: ['Remove the word; say plainly what you need.'] });
    }
  },
};

export const equality: DocumentRule = {
  meta: {
    id: 'equality',
    name: 'Inconsiderate wording',
    description: 'Gendered, ableist, condescending or otherwise inconsiderate words, from the pattern list of retext-equality (the list alex uses), with suggestions.',
    why: 'Letters go to people we do not know; considerate wording keeps the conversation about the invoice.',
    source: 'retext-equality pattern list (alex); handbook, Purpose and principles.',
    severity: 'warning',
    suppressible: true,
    scope: 'language',
    examples: {
      valid: [
        { text: 'Please ask the person who approves invoices to call us.' },
        { text: 'This work is covered by the Master Services Agreement signed in May.', note: 'A name, not a word about people.' },
        { text: 'Your portal login was disabled after three failed attempts.', note: 'Describes a thing.' },
        { text: 'The PO number on the invoice is invalid, so please send a corrected one.' },
        { text: 'The cartons come from our sister company, which invoices them separately.', note: 'The first noun of a compound describes a thing.' },
        { text: 'Just a reminder that invoice 4471 is due on Friday.', note: '“Just” makes light of nothing the reader has to do.' },
        { text: 'If anything on the invoice looks wrong, just tell me and I will look into it.', note: 'Before a verb of getting in touch, “just” offers help.' },
        { text: 'I can pop round on Tuesday with the signed delivery notes.', note: 'A verb: names an action, not a parent.' },
        { text: 'Statutory interest is added as a matter of course from the day after the due date.', note: 'A fixed term: a routine step, not the condescending “of course”.' },
        { text: 'I am copying in Priya Mehta, your Head of Accounts Payable, as she approved the purchase order.', note: 'A pronoun for a person the letter names.' },
      ],
      invalid: [{ text: 'Please ask your chairman to call us.' }, { text: 'This delay is crazy.' }, { text: 'Just pay the invoice.', note: 'Making light of what the reader has to do.' }],
    },
  },
  check(context, report) {
    const { cues, people, literalSenses, minimisers, invitations, otherLanguages, fixedTerms } = loadPhraseData();
    const tokens = context.words.tokens;
    const { foreignParagraphs } = englishReading(tokens, otherLanguages);
    // The tokens inside fixed terms ("as a matter of course"), marked once a document and only if a list word matched: each
    // match then reads its own few tokens, not every fixed term of the document.
    let fixed: Uint8Array | undefined;
    for (const match of selectMatches(context, 'equality', cues)) {
      if (foreignParagraphs.has(tokens[match.start]!.paragraph)) continue;
      // The list's words are about people: not in a name ("Master Services Agreement"), nor, where they have a literal sense, describing a thing ("disabled portal login").
      if (inName(tokens, match.start) || (match.end - match.start === 1 && describesThing(tokens, match.start, people, literalSenses))) continue;
      // Nor inside a fixed term that holds the word with none of its sense: "as a matter of course" is a routine step.
      fixed ??= marked(tokens.length, spansOf(tokens, 'fixed-terms', fixedTerms));
      if (fixed.subarray(match.start, match.end).includes(1)) continue;
      // A gendered word for a person the letter names ("Priya Mehta … as she approved the order", "your wife, Mrs Okafor").
      if (match.end - match.start === 1 && refersToNamedPerson(tokens, match.start)) continue;
      // "Just" and "simply" make light of an action only right before its verb: "just pay", not "just a reminder" or "just checking";
      // before a verb of getting in touch they offer help: "just tell me and I'll look into it".
      if (match.end - match.start === 1 && minimisers.has(tokens[match.start]!.text) && !beforeActionVerb(tokens, match.end, invitations)) continue;
      const { actual, place } = matchPlace(context, match);
      if (match.entry.caseSensitive && actual !== match.entry.caseSensitive) continue;
      const suggestions = match.entry.suggestions ? caseLike(actual, match.entry.suggestions) : undefined;
      report({
        reason: `Potentially inconsiderate use of “${actual}”${match.entry.condition ? `, ${match.entry.condition}` : ''}${
          suggestions ? `; in some cases ${suggestions.map((s) => `“${s}”`).join(', ')} may be better` : '; try not to use it'
        }`,
        place,
        actual,
        expected: suggestions,
      });
    }
  },
};

/** 1 for each of `length` tokens inside one of `spans`, 0 elsewhere. */
function marked(length: number, spans: readonly { start: number; end: number }[]): Uint8Array {
  const marks = new Uint8Array(length);
  for (const { start, end } of spans) marks.fill(1, start, end);
  return marks;
}

/** Whether token `i` is a verb of action in its base form, in the same sentence, other than the `invitations` to get in touch: "pay", not "checking", "a" or "tell". */
function beforeActionVerb(tokens: readonly Token[], i: number, invitations: ReadonlySet<string>): boolean {
  const next = tokens[i];
  return next !== undefined && next.sentence === tokens[i - 1]!.sentence && next.pos === 'VERB' && next.text === next.lemma && !invitations.has(next.text);
}
