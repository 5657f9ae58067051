import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { judge, readCorpus } from '../../scripts/judgement.ts';
import { projectRoot } from '../helpers/project.ts';

// A regression guard on the labelled letters (test/corpus*); `npm run judgement` prints the full table.
describe.each(['corpus', 'corpus-heldout', 'corpus-blind'])('judgement on test/%s', (name) => {
  it('catches at least 95% of aggressive letters and flags at most 3% of fair ones', async () => {
    const letters = await readCorpus(path.join(projectRoot, 'test', name));
    const [ours] = await judge(letters);
    const aggressive = letters.filter((l) => l.label === 'aggressive');
    const fair = letters.filter((l) => l.label === 'fair');
    const recall = aggressive.filter((l) => ours!.flagged.has(l.name)).length / aggressive.length;
    const falsePositives = fair.filter((l) => ours!.flagged.has(l.name)).map((l) => `${l.name}: ${ours!.flagged.get(l.name)!.join(' | ')}`);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(falsePositives.length / fair.length, falsePositives.join('\n')).toBeLessThanOrEqual(0.03);
  });
});

describe('readCorpus', () => {
  it('reads a set that holds only fair letters (near-miss mirrors), and still refuses a letter filed under the wrong label', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'fair-corpus-'));
    await mkdir(path.join(dir, 'fair'));
    await writeFile(path.join(dir, 'fair', '001-mirror.md'), '---\nlabel: fair\ncategory: near-miss\n---\nWe will not be contacting your suppliers.\n');
    expect(await readCorpus(dir)).toEqual([{ name: 'fair/001-mirror.md', label: 'fair', category: 'near-miss', body: 'We will not be contacting your suppliers.\n' }]);
    await writeFile(path.join(dir, 'fair', '002-mislabelled.md'), '---\nlabel: aggressive\ncategory: threats\n---\nPay or else.\n');
    await expect(readCorpus(dir)).rejects.toThrow('fair/002-mislabelled.md is labelled aggressive');
  });
});
