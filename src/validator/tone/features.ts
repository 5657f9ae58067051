import { quotedWording } from '../phrases/select.ts';
import { calendar } from '../text/word-classes.ts';
import type { DocumentKind } from '../types.ts';
import { paragraphOf, type Paragraphs, type Token } from '../text/tokens.ts';

/**
 * The features the tone model reads in one sentence: lemmas, and pairs and
 * triples of neighbouring lemmas, as the validator's own tokens give them.
 * A negation marks the content words after it up to the end of its clause
 * ("we will not send" → `not_send`), and words of a condition clause are
 * also counted as such (`c:pay` in "if you do not pay"), so the model can
 * weigh "unless you pay, they will …" apart from a plain statement.
 * A noun in the writer's own noun phrase is its own feature (`own_wife` in
 * "my wife is worried"): harmful letters name the reader's family, staff
 * and premises, and a writer telling of its own was weighed as if it did.
 * Numbers are one feature (`#`), and so are the names of days and months
 * (`DATE`: which day a letter names says nothing of its tone). A function
 * word (pronoun, determiner, auxiliary, preposition) is no feature on its
 * own; pairs and triples keep them ("you have", "by the"), but only beside a
 * word that carries meaning: "be an", "by DATE" or "outside your" is a
 * writer's habit, which the model had learned from the corpora's writers
 * and held against fair letters. Linear in the sentence's tokens.
 * Training (scripts/train-tone.ts) and checking (./rule.ts) both call this:
 * one definition of what the model sees.
 */
export function sentenceFeatures(tokens: readonly Token[]): string[] {
  const features = new Set<string>(['bias']);
  const words: string[] = [];
  const meaningful: boolean[] = [];
  let clause = -1;
  let negated = false;
  let preface = prefaceLength(tokens);
  // The writer's own noun phrase runs from "my"/"our" over its adjectives and nouns: "my wife", "our own yard lads".
  let own = false;
  for (const token of tokens) {
    if (!/\w/.test(token.text)) continue;
    if (preface > 0) {
      preface--;
      continue;
    }
    if (token.clause !== clause) {
      clause = token.clause;
      negated = false;
    }
    own = firstPersonPossessives.has(token.text) || (own && nounPhrase.has(token.pos));
    let word: string;
    let carries = true;
    if (token.field) word = 'FIELD';
    else if (own && token.pos === 'NOUN') word = `own_${token.lemma}`;
    else if (negators.has(token.text) || negators.has(token.lemma)) {
      negated = true;
      word = 'NEG';
    } else {
      const lemma = /^\d/.test(token.lemma) ? '#' : /^[A-Z]/.test(token.raw) && calendar.has(token.lemma) ? 'DATE' : token.lemma;
      word = negated && content.has(token.pos) ? `not_${lemma}` : lemma;
      carries = meaning.has(token.pos);
    }
    if (carries) {
      features.add(`u:${word}`);
      if (token.condition) features.add(`c:${word}`);
    }
    words.push(word);
    meaningful.push(carries && !placeholders.has(word));
  }
  for (let i = 0; i + 1 < words.length; i++) {
    if (meaningful[i] || meaningful[i + 1]) features.add(`b:${words[i]} ${words[i + 1]}`);
    if (i + 2 < words.length && (meaningful[i] || meaningful[i + 1] || meaningful[i + 2])) features.add(`t:${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  }
  return [...features];
}

/**
 * Performative prefaces, as lemmas (`a|b`: either; `?`: may be left out): the writer announcing that it informs ("Please
 * be advised that", "Kindly note", "We are writing to inform you that", "This is to notify you that"), which says
 * nothing of what it informs of. Formal threats in the corpora open with them as often as notices do, and the model had
 * learned them as harm: "Please be advised that payment has now been received" scored 4.5, the same sentence without the
 * preface nothing.
 */
const prefaces = [
  'please|kindly? be advise|aware|inform|notify that?',
  'please|kindly note that?',
  'we|i wish|want|need|must to? inform|advise|notify|remind you that?',
  'we|i be write to inform|advise|notify|remind you that?',
  'we|i would like to inform|advise|notify|remind you that?',
  'this be to inform|advise|notify|remind you that?',
  'for your information|reference',
].map((preface) => preface.split(' ').map((step) => ({ lemmas: new Set(step.replace('?', '').split('|')), optional: step.endsWith('?') })));

/** How many words a performative preface takes at the sentence's start (0: it has none); the longest reading wins. */
function prefaceLength(tokens: readonly Token[]): number {
  const lemmas: string[] = [];
  // A preface is at most seven words ("we are writing to inform you that").
  for (const token of tokens) {
    if (lemmas.length === 7) break;
    if (/\w/.test(token.text)) lemmas.push(token.field ? '' : token.lemma.toLowerCase());
  }
  let longest = 0;
  for (const steps of prefaces) {
    // Each step's optional part is read where it is there; a step has one word, so no reading needs to be undone.
    let at = 0;
    let matched = true;
    for (const { lemmas: allowed, optional } of steps) {
      if (at < lemmas.length && allowed.has(lemmas[at]!)) at++;
      else if (!optional) {
        matched = false;
        break;
      }
    }
    if (matched && at > longest) longest = at;
  }
  return longest;
}

/** Words that stand for a class (a number, a date, a merge field, a negation), not for a meaning of their own. */
const placeholders = new Set(['#', 'DATE', 'FIELD', 'NEG']);
/** "My wife", "our lads": what the writer tells of its own people and life, which harmful letters say of the reader's. */
const firstPersonPossessives = new Set(['my', 'our']);
const nounPhrase = new Set(['ADJ', 'NOUN', 'PROPN', 'ADV', 'PART']);
const negators = new Set(['not', "n't", 'never', 'no', 'nothing', 'nobody', 'without', 'nor']);
const content = new Set(['VERB', 'ADJ', 'NOUN']);
/** Parts of speech that carry meaning; pronouns, determiners, auxiliaries, prepositions and conjunctions do not on their own. */
const meaning = new Set(['VERB', 'ADJ', 'NOUN', 'PROPN', 'ADV', 'NUM', 'INTJ']);

/** A feature as a writer reads it: `b:come down` → “come down”, `b:NEG not_send` → “not send”, `u:not_time` → “time (negated)”. */
export function featureWords(feature: string): string {
  const words: string[] = [];
  let negated = false;
  for (const word of feature.slice(2).split(' ')) {
    if (word === 'NEG') words.push('not');
    else if (word.startsWith('own_')) words.push(words.at(-1) === 'my' || words.at(-1) === 'our' ? word.slice(4) : `my/our ${word.slice(4)}`);
    else if (word.startsWith('not_')) {
      // After its negation the word reads as written ("not pay"); on its own it is marked ("time (negated)"), never "not not pay".
      words.push(word.slice(4));
      if (words.at(-2) !== 'not') negated = true;
    } else words.push(word);
  }
  return `${words.join(' ')}${negated ? ' (negated)' : ''}`;
}

/**
 * The sentences of a document the tone model reads, as runs of tokens:
 * wording reported or named in quotation marks is left out (it is not the
 * writer's own), and so is what the wording rules read as quoted wording
 * (`quotedWording`: a draft's block quotes, a policy page's quotations); on
 * a policy page (a chapter) only sample wording in example callouts is read,
 * since policy text has to name what it forbids.
 */
export function toneSentences(words: Paragraphs, kind: DocumentKind): Token[][] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  let sentence = -1;
  // What the wording rules leave alone as quoted wording, the model leaves too: in a draft, a `>` block quote between the
  // writer's own lines ("> Failure to pay will result in a County Court Judgment …", quoted in a review to reject it).
  const quoted = quotedWording(kind);
  words.tokens.forEach((token, index) => {
    if (token.mention || quoted?.(token)) return;
    if (kind === 'chapter' && !words.paragraphs[paragraphOf(words.paragraphs, index)]?.data.example) return;
    if (token.sentence !== sentence) {
      if (current.length > 1) sentences.push(current);
      current = [];
      sentence = token.sentence;
    }
    current.push(token);
  });
  if (current.length > 1) sentences.push(current);
  return sentences;
}
