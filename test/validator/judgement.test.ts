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
