import type { Token } from '../text/tokens.ts';

/**
 * Context for the word lists (retext-equality's patterns, the cuss list),
 * which name words, not uses: "disabled" and "invalid" are about people
 * only when they describe one, "Master" in "Master Services Agreement" is a
 * name. Parts of speech come from wink-nlp (text/grammar.ts); `people` are
 * the nouns and pronouns that name a person (the lexicon's `people` group).
 */

/**
 * Whether token `i` is part of a name: a capitalised word inside a sentence, next to another capitalised word or before a
 * noun ("the Bluegum decking"); or a word in capitals ("reference BLUEGUM") that the letter writes elsewhere as such a name
 * ("Bluegum Civil Pty Ltd"): a payment reference or heading repeats the name in capitals.
 */
export function inName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.caps) {
    // A code among ordinary words, not a word of a sentence in capitals ("YOU ARE A BLOODY DISGRACE").
    const shouted = (t: Token | undefined) => t !== undefined && t.sentence === token.sentence && t.caps;
    if (shouted(tokens[i - 1]) || shouted(tokens[i + 1])) return false;
    return wordsWrittenAsNames(tokens).has(token.text);
  }
  return capitalisedName(tokens, i);
}

/** The words the document writes as a capitalised name somewhere, found once per token list (not once per word asked about). */
const namesByTokens = new WeakMap<readonly Token[], Set<string>>();
function wordsWrittenAsNames(tokens: readonly Token[]): Set<string> {
  let names = namesByTokens.get(tokens);
  if (!names) {
    names = new Set();
    for (let j = 0; j < tokens.length; j++) if (capitalisedName(tokens, j)) names.add(tokens[j]!.text);
    namesByTokens.set(tokens, names);
  }
  return names;
}

/**
 * The index of the surname that one or two particles join to the capitalised word at `first`, with no mark between
 * ("Nguyen van Dong", "Pieter van der Merwe"); undefined if there is none. Where the word at `first` is the one asked
 * about, `alone` also asks that it stand where a name stands on its own: at the head of its line, or after a title or a
 * greeting ("Japie le Roux" signing a letter, "Regards, Pieter van der Merwe", "Mr Dick van Dyke"), not "that Prick de Wet"
 * or "Listen, Twat van Wyk".
 */
function surnameAfterParticles(tokens: readonly Token[], first: number, capital: (t: Token | undefined) => boolean, alone: boolean): number | undefined {
  const given = tokens[first];
  if (!given || !capital(given)) return undefined;
  if (alone) {
    const before = tokens[first - 1];
    const lineStart = !before || before.first.position!.start.line !== given.first.position!.start.line;
    if (!lineStart && !titles.has(before.text) && !greetings.has(before.text)) return undefined;
  }
  let j = first + 1;
  while (j <= first + 2 && tokens[j] !== undefined && tokens[j]!.sentence === given.sentence && !tokens[j]!.clauseStart && nameParticles.has(tokens[j]!.raw)) j++;
  return j > first + 1 && capital(tokens[j]) && !tokens[j]!.clauseStart ? j : undefined;
}

/** Words after which a name stands on its own: a greeting or a sign-off. */
const greetings = new Set(['dear', 'hi', 'hello', 'hey', 'regards', 'thanks', 'cheers', 'sincerely', 'faithfully', 'best', 'attn']);

/** Lower-case words that open a surname in many languages' names ("le Roux", "van der Merwe", "bin Hassan"). */
const nameParticles = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'des', 'la', 'le', 'van', 'von', 'ter', 'ten', 'bin', 'binti', 'ibn', 'al', 'el', 'dos', 'das', 'zu', 'af']);

function capitalisedName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const capital = (t: Token | undefined) => t !== undefined && t.sentence === token.sentence && !t.caps && /^[A-Z]/.test(t.raw);
  const sentenceStart = !before || before.sentence !== token.sentence;
  if (!capital(token) || token.caps) return false;
  // A capital before is a name's first word, not a sentence's first word ("Listen, Twat") or one across a comma: a title
  // still is ("Mr Cox").
  const nameBefore = !sentenceStart && !token.clauseStart && capital(before) && (before!.sentence === tokens[i - 2]?.sentence || titles.has(before!.text));
  if (capital(after) || nameBefore) return true;
  // A name joined by particles to a surname, read from either end: "Japie le Roux", "Pieter van der Merwe".
  if (surnameAfterParticles(tokens, i, capital, true) !== undefined) return true;
  for (let first = i - 2; first >= i - 3 && first >= 0; first--) if (surnameAfterParticles(tokens, first, capital, false) === i) return true;
  const noun = (t: Token | undefined) => t !== undefined && t.sentence === token.sentence && t.pos === 'NOUN';
  // A tagger reads a compound's middle word as a verb at times ("Bluegum decking boards").
  // (Not a name's particle read as a noun after a comma: "Listen, Twat van Wyk" is no compound.)
  return !sentenceStart && ((noun(after) && !(token.clauseStart && nameParticles.has(after!.raw))) || (after?.pos === 'VERB' && noun(tokens[i + 2])));
}

/** Words the equality list flags for their gender that may refer to one known person: pronouns, and a spouse. */
const personalReferences = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself', 'wife', 'husband']);
/** Titles before a person's name. */
const titles = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'madam']);
/** How far back, in tokens of this sentence and the one before, a named person is looked for. */
const antecedentReach = 24;

/**
 * Whether token `i`, a gendered pronoun or a spouse, refers to a person the letter names: a title or a capitalised name
 * (not at a sentence's start) stands within `antecedentReach` tokens before it in its sentence or the one before, or a
 * title right after it ("your wife, Mrs Okafor"). "I am copying in Priya Mehta, your Head of Accounts Payable, as she
 * approved the order" says "she" of Priya Mehta; the list's advice ("they") is for people the writer does not know.
 */
export function refersToNamedPerson(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (!personalReferences.has(token.text)) return false;
  // A name alone at a sentence's start is taken only for a pronoun that is itself a subject there ("Linda in AP called back.
  // She said …", "Dev rang and he said …"), not for one after a person of another kind ("Each debtor must make sure he pays").
  const subject = i === 0 || tokens[i - 1]!.sentence !== token.sentence || ['and', 'but', 'so'].includes(tokens[i - 1]!.text);
  const named = (k: number) =>
    titles.has(tokens[k]!.text) || (tokens[k]!.pos === 'PROPN' && /^[A-Z][a-z]/.test(tokens[k]!.raw) && (capitalisedName(tokens, k) || (subject && (givenNameSubject(tokens, k) || personSpokenTo(tokens, k)))));
  for (let k = i - 1; k >= 0 && i - k <= antecedentReach && token.sentence - tokens[k]!.sentence <= 1; k--) if (named(k)) return true;
  for (let k = i + 1; k < tokens.length && k <= i + 3 && tokens[k]!.sentence === token.sentence; k++) if (titles.has(tokens[k]!.text)) return true;
  return false;
}

/**
 * Whether token `k`, a capitalised proper noun, opens its sentence as a person's name alone, its subject: a verb or a
 * preposition of where the person works follows ("Linda called back", "Linda in AP said …", "Dev from accounts rang").
 */
function givenNameSubject(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  const after = tokens[k + 1];
  const sentenceStart = k === 0 || tokens[k - 1]!.sentence !== token.sentence;
  return sentenceStart && after !== undefined && after.sentence === token.sentence && (after.pos === 'VERB' || after.pos === 'AUX' || ['in', 'from', 'at', 'of'].includes(after.text));
}

/**
 * Whether token `k`, a capitalised proper noun, is someone the writer spoke or wrote to, named alone after a verb of
 * contact, directly or through its preposition: "Spoke to Jas in AP. She said …", "had a word with Dev, and he …", "Rang
 * Jas this morning", "Heard back from Jas".
 */
function personSpokenTo(tokens: readonly Token[], k: number): boolean {
  const sentence = tokens[k]!.sentence;
  const before = (n: number) => (k - n >= 0 && tokens[k - n]!.sentence === sentence ? tokens[k - n] : undefined);
  const direct = before(1);
  if (direct && contactVerbs.has(direct.lemma) && direct.pos === 'VERB') return true;
  if (!direct || !['to', 'with', 'from'].includes(direct.text)) return false;
  // The verb before the preposition, or one word further back: "spoke to", "heard back from", "had a call with".
  return [before(2), before(3)].some((token) => token !== undefined && contactVerbs.has(token.lemma));
}
const contactVerbs = new Set(['speak', 'talk', 'chat', 'write', 'email', 'reply', 'word', 'meet', 'ring', 'call', 'phone', 'text', 'message', 'hear', 'see']);

/**
 * Whether the adjective or participle at token `i`, a word with a literal
 * sense for things (`literalSenses`: disabled, black …), describes a thing rather than a person: it comes before a noun that is not a person ("disabled
 * portal", "black plastic sheeting"), or follows a form of "be" whose
 * subject is not one ("your login was disabled", "the PO number is invalid").
 * Such a word as a noun describes a thing as the first noun of a compound ("our sister company", "the master copy").
 */
export function describesThing(tokens: readonly Token[], i: number, people: ReadonlySet<string>, literalSenses: ReadonlySet<string>): boolean {
  const token = tokens[i]!;
  if (!literalSenses.has(token.text) || (token.pos !== 'ADJ' && token.pos !== 'VERB' && token.pos !== 'NOUN')) return false;
  // A verb in its base form names an action: "I can pop round on Tuesday".
  if (token.pos === 'VERB' && token.text === token.lemma) return true;
  const sameSentence = (j: number) => j >= 0 && j < tokens.length && tokens[j]!.sentence === token.sentence;
  // A noun describes only as the first of a compound: "sister company", "master copy".
  if (token.pos === 'NOUN') {
    const next = tokens[i + 1];
    return next !== undefined && sameSentence(i + 1) && next.pos === 'NOUN' && !people.has(next.lemma) && !people.has(next.text);
  }
  // Attributive: the next noun within two words (adjectives may come between).
  for (let j = i + 1; j <= i + 3 && sameSentence(j); j++) {
    const next = tokens[j]!;
    if (next.pos === 'NOUN' || next.pos === 'PROPN') return !people.has(next.lemma) && !people.has(next.text);
    if (next.pos !== 'ADJ' && next.pos !== 'NOUN') break;
  }
  // Predicative: "… is / was / has been disabled": the subject is the nearest noun or pronoun before the verb, in the clause.
  const verb = tokens[i - 1];
  if (!verb || !sameSentence(i - 1) || verb.lemma !== 'be') return false;
  for (let j = i - 2; j >= Math.max(0, i - 12) && sameSentence(j) && tokens[j]!.clause === token.clause; j--) {
    const word = tokens[j]!;
    if (word.pos === 'PRON') return !people.has(word.text);
    if (word.pos === 'NOUN' || word.pos === 'PROPN') return !people.has(word.lemma) && !people.has(word.text);
  }
  return false;
}

/** Words by which the writer names itself or what is its own. */
const selfReferences = new Set(['my', 'our', 'i', 'me', 'myself', 'we', 'us', 'ourselves', "i'm", "i've", "we're", "we've"]);

/**
 * Whether the insult at token `i`, one a writer may turn on itself
 * (`selfDeprecation`: stupid, idiot …), is aimed at the writer: the writer is
 * named within three words before it in its clause ("my stupid mistake", "I
 * was an idiot", "our dumb printer"), and no second person stands between
 * ("my view is that your stupid team …" is not).
 */
export function aimedAtWriter(tokens: readonly Token[], i: number, selfDeprecation: ReadonlySet<string>): boolean {
  const token = tokens[i]!;
  if (!selfDeprecation.has(token.text) && !selfDeprecation.has(token.lemma)) return false;
  for (let j = i - 1; j >= Math.max(0, i - 3) && tokens[j]!.clause === token.clause; j--) {
    const word = tokens[j]!.text;
    if (word === 'you' || word === 'your' || word === 'yours') return false;
    if (selfReferences.has(word)) return true;
  }
  return false;
}

/** Nouns for the reader's firm as a whole, which a word before them qualifies as the reader: "a bastard outfit", "a useless lot". */
const readerNouns = new Set(['outfit', 'lot', 'firm', 'company', 'crowd', 'bunch', 'operation', 'shower', 'gang', 'mob', 'people', 'business', 'shop']);

/** Words between "you are" and what the reader is called: "you are a", "you're nothing but a", "you are such". */
const calling = new Set(['a', 'an', 'such', 'just', 'nothing', 'but', 'real', 'total', 'complete', 'right', 'proper', 'absolute', 'bunch', 'pack', 'of', 'lot', 'all']);

/**
 * Whether the word at `i` names the reader: called by it ("pay up, you bastards", "you lazy hoe!": "you", up to two
 * adjectives and the word standing alone, after a comma or at the start of their sentence, up to punctuation or the
 * sentence's end) or said to be it ("you are a bastard", "you're nothing but scum"), the word ending its noun phrase. A word
 * the profanity list only suspects ("bastard" may be a historian's) is surely abuse there. Not "we sent you balls for the
 * press" (the reader as an object, the word another), nor "as you are a drug wholesaler" (the word describes another).
 */
export function calledReader(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  // The word stands alone up to punctuation, or ends its noun phrase, or qualifies a noun for the reader as a whole ("you
  // are a bastard outfit"), not another noun ("a drug wholesaler").
  const standsAlone = next === undefined || next.sentence !== token.sentence || /[,;:!?.\u2014\u2013-]/.test(next.punctuation) || next.clause !== token.clause;
  if (!standsAlone && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ') && !readerNouns.has(next.text)) return false;
  let k = i - 1;
  while (k >= 0 && i - k <= 2 && tokens[k]!.pos === 'ADJ' && tokens[k]!.sentence === token.sentence) k--;
  const you = tokens[k];
  if (you?.text === 'you' && you.sentence === token.sentence && standsAlone) {
    const before = tokens[k - 1];
    if (before === undefined || before.sentence !== you.sentence || /[,;:!?\u2014\u2013-]/.test(you.punctuation) || you.clauseStart) return true;
  }
  let j = i - 1;
  while (j >= 0 && i - j <= 4 && tokens[j]!.sentence === token.sentence && calling.has(tokens[j]!.text)) j--;
  const be = tokens[j];
  return be !== undefined && j < i && (be.text === 'are' || be.text === 'were') && tokens[j - 1]?.text === 'you' && tokens[j - 1]!.sentence === token.sentence;
}
