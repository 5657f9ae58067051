import model from './model.json' with { type: 'json' };

/**
 * The tone model: a weight per sentence feature (./features.ts), learned by
 * `npm run train:tone` from the labelled letters in test/corpus* (never the
 * locked test split), and the score above which a sentence reads as harmful.
 */
export interface ToneModel {
  /** A sentence whose summed weights exceed this is reported. */
  threshold: number;
  /** What it was learned from: each set's folder and its harmful and fair letters. */
  trainedOn: { set: string; aggressive: number; fair: number }[];
  /**
   * Labelled sets kept out of training (`--hold-back`), so that they stay unseen by the model and measure it as a new
   * user's letters would: a blind set after its first figure, kept for re-measuring later changes.
   */
  heldBack: string[];
  /** Feature → weight; features not listed weigh 0. */
  weights: Record<string, number>;
}

export const toneModel = model as ToneModel;

export interface Scored {
  score: number;
  /** The features that weigh most towards harm, heaviest first (at most three). */
  reasons: string[];
}

/** The sentence's score: the sum of its features' weights. */
export function scoreSentence(features: readonly string[], weights: Readonly<Record<string, number>> = toneModel.weights): Scored {
  let score = 0;
  const weighed: [string, number][] = [];
  for (const feature of features) {
    const weight = weights[feature];
    if (weight === undefined) continue;
    score += weight;
    if (weight > 0 && feature !== 'bias') weighed.push([feature, weight]);
  }
  weighed.sort((a, b) => b[1] - a[1]);
  return { score, reasons: weighed.slice(0, 3).map(([feature]) => feature) };
}
