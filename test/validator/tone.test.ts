import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { createChecker } from '../../src/validator/engine.ts';
import { openSession } from '../../src/validator/run.ts';
import { checkDocument } from '../../src/validator/session.ts';
import { sentenceFeatures, toneSentences } from '../../src/validator/tone/features.ts';
import { scoreSentence, toneModel } from '../../src/validator/tone/model.ts';
import { projectRoot } from '../helpers/project.ts';

const drafts = await createChecker({ root: projectRoot, languageOnly: true });
// Menace no pattern names, which the model learned (a sentence of corpus-fresh5/aggressive/003): the shop's fate tied to the payment.
const veiled = "Provided the €3,140 for the refrigeration service lands in our account before the weekend, I'd say that shop of yours will be grand.";
const { session } = await openSession({ root: projectRoot, languageOnly: true });
/** The one sentence of `text` as the tone model reads it. */
const sentenceOf = (text: string) => toneSentences(checkDocument(new VFile({ path: 'draft.md', value: text }), 'draft', session).context.words, 'draft')[0]!;
const messages = (text: string) => drafts.check(text, { kind: 'draft', path: 'draft.md' }).file.messages.map((m) => [m.ruleId, m.fatal, m.reason] as const);

describe('the learned tone rule', () => {
  it('was trained on every labelled set but the locked test split and the sets it names as held back (retrain with npm run train:tone after adding one)', async () => {
    const folders = (await readdir(path.join(projectRoot, 'test'))).filter((d) => d.startsWith('corpus') && d !== 'corpus-public');
    expect([...toneModel.trainedOn.map((s) => s.set), ...toneModel.heldBack].sort()).toEqual([...folders, 'corpus-public/dev'].sort());
    // Held back means held out of the training alone: each is a labelled set here, measured like the others.
    for (const set of toneModel.heldBack) expect(folders).toContain(set);
    expect(toneModel.trainedOn.every((s) => s.aggressive > 0 && s.fair > 0)).toBe(true);
  });

  it('reports harm no pattern names, as an error naming the words that weigh most', () => {
    const found = messages(veiled);
    expect(found).toEqual([['tone', true, expect.stringMatching(/^This sentence reads like the harmful letters the tone model learned from \(score \d+\.\d, limit [\d.]+\); the words weighing most: “[^”]+”/)]]);
    expect(found[0]![2]).toContain(`limit ${toneModel.threshold})`);
  });

  it('leaves a sentence a wording rule reports to that rule, and wording the writer quotes to report it', () => {
    expect(messages('We will tell your suppliers that you do not pay your bills.').map(([rule]) => rule)).not.toContain('tone');
    expect(messages('Your last letter said “accidents happen on building sites, especially to people who owe money”, and we apologise for it.').map(([rule]) => rule)).not.toContain('tone');
  });

  it('leaves a sentence whose wording a rule’s antipattern names as innocent to the rule data', () => {
    // The model alone scores it over the limit: "listed on … board" is how the publicity letters it learned from put it.
    const honour = 'Your company name will be listed on the attendee board at the conference as an exhibitor.';
    const checked = drafts.check(honour, { kind: 'draft', path: 'draft.md' });
    expect(checked.file.messages.filter((m) => m.fatal)).toEqual([]);
    const sentence = sentenceOf(honour);
    expect(scoreSentence(sentenceFeatures(sentence)).score).toBeGreaterThan(toneModel.threshold);
  });

  it('still weighs a sentence that only a warning or capitals report, so silencing the warning cannot hide a threat', () => {
    const threat = veiled.replace(/\.$/, ', so tell your mother.');
    expect(messages(threat).map(([rule, fatal]) => `${rule}:${fatal}`)).toEqual(['tone:true', 'equality:false']);
    const silenced = `{/* fair-collections-disable-next-line equality -- their word */}\n${threat}\n`;
    expect(drafts.check(silenced, { kind: 'draft', path: 'draft.mdx' }).file.messages.filter((m) => m.fatal).map((m) => m.ruleId)).toEqual(['tone']);
    expect(messages(threat.toUpperCase()).map(([rule]) => rule)).toEqual(expect.arrayContaining(['shouting', 'tone']));
  });

  it('may be silenced for one line, with a reason', () => {
    const text = `{/* fair-collections-disable-next-line tone -- quoting the customer back to them, agreed with compliance */}\n${veiled}\n`;
    const found = drafts.check(text, { kind: 'draft', path: 'draft.mdx' }).file.messages;
    expect(found.filter((m) => m.fatal)).toEqual([]);
  });
});
