import type { Model } from 'wink-nlp';
import core from 'wink-eng-lite-web-model/dist/load-core-model.js';
import sbd from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import pos from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import negation from 'wink-eng-lite-web-model/dist/load-negation-model.js';
import metaCER from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import stem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import readabilityStats from 'wink-eng-lite-web-model/dist/readability-stats.js';

/**
 * wink-eng-lite-web-model as its package assembles it (dist/model.js), less
 * the sentiment and named-entity machines the tagger never runs: 570 KB of
 * JSON the "Check a letter" page would otherwise download. wink-nlp loads
 * every machine whatever the pipe, so those two are empty machines, in the
 * format of wink-nlp's own `emptyModelJSON`.
 */
const emptyMachine = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

export const model = {
  core,
  sbd,
  pos,
  negation,
  metaCER,
  featureFn,
  addons: { stem, lemmatize, readabilityStats, wordVectors: undefined },
  ner: () => ({ machines: [], transformers: [] }),
  sa: () => ({ machines: [emptyMachine], setter: () => undefined }),
} as Model;
