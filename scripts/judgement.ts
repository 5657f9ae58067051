#!/usr/bin/env node
// Measures the validator's judgement on the labelled corpus (test/corpus), and alex's on the same files:
// recall on the aggressive letters, false-positive rate on the fair ones.
//   npm run judgement            the table
//   npm run judgement -- --list  also every miss and false positive
//   npm run judgement -- --heldout | --blind   the other labelled sets
//   npm run judgement -- --public dev | --public test   passages from public records (test/corpus-public); the test split is never tuned on
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { markdown as alex } from 'alex';
import { parse as parseYaml } from 'yaml';
import { createChecker } from '../src/validator/engine.ts';
import { projectRoot } from '../src/validator/cli.ts';
import { RuleDataError } from '../src/validator/rules/phrase-rules.ts';

interface Letter {
  name: string;
  label: 'aggressive' | 'fair';
  category: string;
  body: string;
}

export async function readCorpus(dir = path.join(projectRoot, 'test', 'corpus')): Promise<Letter[]> {
  const letters: Letter[] = [];
  for (const label of ['aggressive', 'fair'] as const) {
    for (const name of (await readdir(path.join(dir, label))).filter((n) => n.endsWith('.md')).sort()) {
      const text = await readFile(path.join(dir, label, name), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
      if (!match) throw new Error(`${label}/${name} has no frontmatter`);
      const meta = parseYaml(match[1]!) as { label: string; category: string };
      if (meta.label !== label) throw new Error(`${label}/${name} is labelled ${meta.label}`);
      // The label block names the problem in plain words; only the letter is checked.
      letters.push({ name: `${label}/${name}`, label, category: meta.category, body: text.slice(match[0].length) });
    }
  }
  return letters;
}

export interface Judgement {
  tool: string;
  flagged: Map<string, string[]>;
  millis: number;
}

export async function judge(letters: readonly Letter[]): Promise<Judgement[]> {
  const checker = await createChecker({ root: projectRoot, languageOnly: true });
  const ours: Judgement = { tool: 'fair-collections-lint', flagged: new Map(), millis: 0 };
  let start = performance.now();
  for (const letter of letters) {
    const { file } = checker.check(letter.body, { kind: 'draft', path: letter.name });
    const errors = file.messages.filter((m) => m.fatal).map((m) => `${m.ruleId}: ${m.reason}`);
    if (errors.length > 0) ours.flagged.set(letter.name, errors);
  }
  ours.millis = performance.now() - start;
  const theirs: Judgement = { tool: 'alex', flagged: new Map(), millis: 0 };
  start = performance.now();
  for (const letter of letters) {
    const file = alex(letter.body);
    if (file.messages.length > 0) theirs.flagged.set(letter.name, file.messages.map((m) => `${m.ruleId}: ${m.reason}`));
  }
  theirs.millis = performance.now() - start;
  return [ours, theirs];
}

function percent(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(1)}%`;
}

if (import.meta.main) {
  const list = process.argv.includes('--list');
  // --heldout: a second set, written without seeing the rules (used once to find weaknesses, then fixed in general ways);
  // --blind: a third set the rules have never been tuned on.
  const publicSplit = process.argv.includes('--public') ? process.argv[process.argv.indexOf('--public') + 1] : undefined;
  if (publicSplit !== undefined && publicSplit !== 'dev' && publicSplit !== 'test') {
    console.error('--public takes dev or test');
    process.exit(2);
  }
  const corpus = publicSplit ? `corpus-public/${publicSplit}` : process.argv.includes('--blind') ? 'corpus-blind' : process.argv.includes('--heldout') ? 'corpus-heldout' : 'corpus';
  const letters = await readCorpus(path.join(projectRoot, 'test', corpus));
  const aggressive = letters.filter((l) => l.label === 'aggressive');
  const fair = letters.filter((l) => l.label === 'fair');
  let results: Judgement[];
  try {
    results = await judge(letters);
  } catch (error) {
    if (!(error instanceof RuleDataError)) throw error;
    console.error(`The rule data is broken:\n${error.message}`);
    process.exit(2);
  }
  const rows = results.map((r) => {
    const caught = aggressive.filter((l) => r.flagged.has(l.name)).length;
    const wrong = fair.filter((l) => r.flagged.has(l.name)).length;
    return [r.tool, `${caught}/${aggressive.length}`, percent(caught, aggressive.length), `${wrong}/${fair.length}`, percent(wrong, fair.length), `${r.millis.toFixed(0)} ms`];
  });
  const header = ['tool', 'aggressive caught', 'recall', 'fair flagged', 'false positives', 'time'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`Corpus: ${aggressive.length} aggressive and ${fair.length} fair letters (test/${corpus}). Targets: recall >= 95%, false positives <= 3%.\n`);
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  const ours = results[0]!;
  const categories = [...new Set(aggressive.map((l) => l.category))].sort();
  console.log(`\nRecall by category (${ours.tool}): ${categories.map((c) => { const set = aggressive.filter((l) => l.category === c); return `${c} ${set.filter((l) => ours.flagged.has(l.name)).length}/${set.length}`; }).join(', ')}`);
  const fairCategories = [...new Set(fair.map((l) => l.category))].sort();
  console.log(`False positives by category (${ours.tool}): ${fairCategories.map((c) => { const set = fair.filter((l) => l.category === c); return `${c} ${set.filter((l) => ours.flagged.has(l.name)).length}/${set.length}`; }).join(', ')}`);
  if (list) {
    console.log('\nMissed aggressive letters:');
    for (const l of aggressive.filter((l) => !ours.flagged.has(l.name))) console.log(`  ${l.name} (${l.category})`);
    console.log('\nFair letters flagged:');
    for (const l of fair.filter((l) => ours.flagged.has(l.name))) console.log(`  ${l.name} (${l.category}): ${ours.flagged.get(l.name)!.join(' | ')}`);
  }
}
