import winkNLP, { type WinkMethods } from 'wink-nlp';
import { model } from './wink-model.ts';

/**
 * Parts of speech and lemmas from wink-nlp's English model (Universal
 * Dependencies tags: NOUN, VERB, AUX, PRON, SCONJ …). The model ships inside
 * its npm package; it is loaded on first use (about 80 ms), and tags about
 * 3 MB of text a second, linear in the text.
 */
let parser: WinkMethods | undefined;
function nlp(): WinkMethods {
  // Only the tagger: sentence breaks, negation and entities are the validator's own, from the nlcst tree.
  parser ??= winkNLP(model, ['pos']);
  return parser;
}

/**
 * wink-nlp's tokenizer takes time quadratic in the length of a run without
 * white space (26 s for one word of 256 KB, minutes for a hyphen chain). No
 * English word is this long, so such runs are blanked before tagging, keeping
 * every offset; their words are matched untagged.
 */
const longRun = /\S{48,}/g;

/** One tagged token of a text: where it starts (UTF-16 offset), its tag and its lemma (lower case). */
export interface Tagged {
  start: number;
  end: number;
  pos: string;
  lemma: string;
}

/**
 * Tags `text` (a document's paragraphs). Offsets are rebuilt from each token's value
 * and the white space before it, which wink-nlp keeps losslessly.
 */
export function tag(text: string): Tagged[] {
  const { its } = nlp();
  const tokens = nlp().readDoc(text.replace(longRun, (run) => ' '.repeat(run.length))).tokens();
  const values = tokens.out(its.value);
  const spaces = tokens.out(its.precedingSpaces);
  const pos = tokens.out(its.pos);
  // The typings give `its.lemma` an add-on parameter the other `its` functions lack; at run time it is one of them.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value);
  const tagged: Tagged[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i]!.length;
    const end = offset + values[i]!.length;
    tagged.push({ start: offset, end, pos: pos[i]!, lemma: (lemmas[i] ?? values[i]!).toLowerCase() });
    offset = end;
  }
  verbsAfterModals(tagged, values);
  return tagged;
}

/** Modal auxiliaries as wink-nlp splits them ("'ll", "wo" of "won't"), lower case. */
const modals = new Set(['will', "'ll", 'wo', 'would', "'d", 'shall', 'should', 'can', 'ca', 'could', 'may', 'might', 'must']);
const objectTags = new Set(['PRON', 'DET', 'PROPN']);

/**
 * A word the model tags a noun where English grammar allows only a verb: after a modal, or after a verb and "to", with
 * only "not" or adverbs between, and followed by its object ("we will text your wife", "we won't then text him", "we're
 * going to text your staff"). The model reads "text" as a noun whatever comes before it, so a rule that asks for the
 * verb never met it. One pass, looking back at most a few words.
 */
function verbsAfterModals(tagged: Tagged[], values: readonly string[]): void {
  for (let i = 1; i + 1 < tagged.length; i++) {
    if (tagged[i]!.pos !== 'NOUN' || !objectTags.has(tagged[i + 1]!.pos)) continue;
    let j = i - 1;
    while (j > 0 && i - j < 4 && (tagged[j]!.pos === 'ADV' || (tagged[j]!.pos === 'PART' && /^(not|n't)$/i.test(values[j]!)))) j--;
    const before = values[j]!.toLowerCase();
    if ((tagged[j]!.pos === 'AUX' && modals.has(before)) || (before === 'to' && tagged[j - 1]?.pos === 'VERB')) tagged[i]!.pos = 'VERB';
  }
}
