import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { createChecker } from '../../src/validator/engine.ts';
import { openSession } from '../../src/validator/run.ts';
import { checkDocument } from '../../src/validator/session.ts';
import { featureWords, sentenceFeatures, toneSentences } from '../../src/validator/tone/features.ts';
import { toneModel } from '../../src/validator/tone/model.ts';
import { tone } from '../../src/validator/tone/rule.ts';
import { projectRoot } from '../helpers/project.ts';

const drafts = await createChecker({ root: projectRoot, languageOnly: true });
// Menace no pattern names, which the model learned (a sentence of corpus-fresh5/aggressive/003): the shop's fate tied to the payment.
const veiled = "Provided the €3,140 for the refrigeration service lands in our account before the weekend, I'd say that shop of yours will be grand.";
const { session } = await openSession({ root: projectRoot, languageOnly: true });
const messages = (text: string) => drafts.check(text, { kind: 'draft', path: 'draft.md' }).file.messages.map((m) => [m.ruleId, m.fatal, m.reason] as const);

describe('the words a tone message names', () => {
  it('reads a negated word after its negation as written, and marks one on its own, never "not not"', () => {
    expect(featureWords('b:NEG not_pay')).toBe('not pay');
    expect(featureWords('u:not_time')).toBe('time (negated)');
    expect(featureWords('t:do NEG not_make')).toBe('do not make');
    expect(featureWords('b:come down')).toBe('come down');
  });

  it('names a word of the writer\'s own noun phrase with its possessive ("my wife"), and one read alone as "my/our"', () => {
    expect(featureWords('b:my own_wife')).toBe('my wife');
    expect(featureWords('u:own_kid')).toBe('my/our kid');
  });
});

describe('what the tone model reads of a sentence', () => {
  const features = (text: string) => toneSentences(checkDocument(new VFile({ path: 'draft.md', value: text }), 'draft', session).context.words, 'draft').flatMap(sentenceFeatures);
  it('reads the writer\'s own people and things apart from the reader\'s: "my wife" is not "your wife"', () => {
    expect(features('My wife is worried about the account.')).toContain('u:own_wife');
    expect(features('My wife is worried about the account.')).not.toContain('u:wife');
    expect(features('Our own yard lads are asking about overtime.')).toEqual(expect.arrayContaining(['u:own_yard', 'u:own_lad']));
    expect(features('Your wife will hear about the account.')).toContain('u:wife');
    expect(features('Your wife will hear about the account.')).not.toContain('u:own_wife');
    // The possessive reaches over its noun phrase only: "my" does not own the verb's object after it.
    expect(features('I told my lads the invoice is overdue.')).toEqual(expect.arrayContaining(['u:own_lad', 'u:invoice']));
  });
});

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

  it('weighs a line that labels a message apart from the message ("[Voicemail, 4:52pm]", "SMS (sent from collections line):", "From: …"); a line wrapped by hand stays one sentence', () => {
    const sentences = (text: string) => toneSentences(checkDocument(new VFile({ path: 'draft.md', value: text }), 'draft', session).context.words, 'draft').length;
    expect(sentences('[Voicemail, 4:52pm]\nCould you ring me back about invoice 3318')).toBe(2);
    expect(sentences('SMS (sent from collections line):\n"Invoice 2231 is now overdue"')).toBe(2);
    expect(sentences('From: Nadine Castell\nTo: AR team')).toBe(2);
    expect(sentences('We wrote to your office\nlast Friday about invoice 3318')).toBe(1);
    expect(sentences('Our terms are set out in clause 7 (payment):\nsee the attached copy')).toBe(2);
  });

  it('weighs what a performative preface announces, not the preface ("Please be advised that …", "We are writing to inform you that …")', () => {
    const features = (text: string) => toneSentences(checkDocument(new VFile({ path: 'draft.md', value: text }), 'draft', session).context.words, 'draft').map(sentenceFeatures);
    expect(features('Please be advised that payment has now been received and your account is up to date.')).toEqual(features('payment has now been received and your account is up to date.'));
    expect(features('We are writing to inform you that the invoice is overdue.')).toEqual(features('the invoice is overdue.'));
    // A fresh review's notices (2026-12-06): the formal openers of Indian, Singaporean and law-firm letters had weighed as harm.
    for (const fair of [
      'Please be advised that payment has now been received and your account is up to date.',
      'Please be advised that a copy of this statement has also been sent to your accounts payable mailbox, as you requested.',
      'Please be aware that the office will close at 3 pm on Christmas Eve.',
      'Please be aware that our offices will be closed over the bank holiday weekend, so payments made on Friday will be allocated on Tuesday.',
    ]) {
      expect(messages(fair), fair).toEqual([]);
    }
    expect(messages(`Please be advised that ${veiled[0]!.toLowerCase()}${veiled.slice(1)}`).map(([rule]) => rule)).toEqual(['tone']);
  });

  it('leaves a sentence a wording rule reports to that rule, and wording the writer quotes to report it', () => {
    expect(messages('We will tell your suppliers that you do not pay your bills.').map(([rule]) => rule)).not.toContain('tone');
    expect(messages('Your last letter said “accidents happen on building sites, especially to people who owe money”, and we apologise for it.').map(([rule]) => rule)).not.toContain('tone');
  });

  it('leaves a sentence whose wording a rule’s antipattern names as innocent to the rule data', () => {
    // "Listed on … board" is how the publicity letters the model learned from put it; here an antipattern names it an honour.
    const honour = 'Your company name will be listed on the attendee board at the conference as an exhibitor.';
    const { context } = checkDocument(new VFile({ path: 'draft.md', value: honour }), 'draft', session);
    expect([...context.innocent]).toEqual([toneSentences(context.words, 'draft')[0]![0]!.sentence]);
    expect(context.file.messages.filter((m) => m.fatal)).toEqual([]);
    // Whatever the model scores, a sentence so named is not weighed: the veiled threat the model flags passes once marked innocent.
    const threat = checkDocument(new VFile({ path: 'draft.md', value: veiled }), 'draft', session).context;
    const reported: string[] = [];
    tone.check({ ...threat, file: new VFile(veiled) }, () => reported.push('tone'));
    expect(reported).toEqual(['tone']);
    threat.innocent.add(toneSentences(threat.words, 'draft')[0]![0]!.sentence);
    reported.length = 0;
    tone.check({ ...threat, file: new VFile(veiled) }, () => reported.push('tone'));
    expect(reported).toEqual([]);
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
