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
  return tagged;
}
