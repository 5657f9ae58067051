#!/usr/bin/env node
// Measures the validator's judgement on labelled letters, and alex's on the same files:
// recall on the aggressive letters, false-positive rate on the fair ones, by category.
//   npm run judgement                       both splits of the public-records corpus (test/corpus-public): dev, then test
//   npm run judgement -- --write            the same, and the tables written into JUDGEMENT.md (its "Latest" section)
//   npm run judgement -- --list             also every miss and false positive (never use it on the test split while changing rules)
//   npm run judgement -- --public dev|test  one split
//   npm run judgement -- --project | --heldout | --blind | --fresh | --fresh2 | --fresh3 | --fresh4 | --fresh5   the project's own labelled sets (test/corpus, corpus-heldout, corpus-blind, corpus-fresh, corpus-fresh2 … corpus-fresh5)
//   npm run judgement -- --set corpus-fresh6      any labelled set under test/ by its folder name
import { execFileSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
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
    // A set may hold one side only: near-miss mirrors of another set's harmful letters are all fair.
    const names = await readdir(path.join(dir, label)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    for (const name of names.filter((n) => n.endsWith('.md')).sort()) {
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
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;
}

/** One corpus measured: the table, the per-category lines and the lists of misses, as printed. */
async function measure(corpus: string, list: boolean): Promise<{ table: string; categories: string; lists: string }> {
  const letters = await readCorpus(path.join(projectRoot, 'test', corpus));
  const aggressive = letters.filter((l) => l.label === 'aggressive');
  const fair = letters.filter((l) => l.label === 'fair');
  const results = await judge(letters);
  const rows = results.map((r) => {
    const caught = aggressive.filter((l) => r.flagged.has(l.name)).length;
    const wrong = fair.filter((l) => r.flagged.has(l.name)).length;
    return [r.tool, `${caught}/${aggressive.length}`, percent(caught, aggressive.length), `${wrong}/${fair.length}`, percent(wrong, fair.length), `${r.millis.toFixed(0)} ms`];
  });
  const header = ['tool', 'aggressive caught', 'recall', 'fair flagged', 'false positives', 'time'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const table = [
    `Corpus: ${aggressive.length} aggressive and ${fair.length} fair letters (test/${corpus}). Targets: recall >= 90%, false positives <= 3%.\n`,
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
  const ours = results[0]!;
  const byCategory = (set: readonly Letter[]) =>
    [...new Set(set.map((l) => l.category))]
      .sort()
      .map((c) => {
        const inCategory = set.filter((l) => l.category === c);
        return `${c} ${inCategory.filter((l) => ours.flagged.has(l.name)).length}/${inCategory.length}`;
      })
      .join(', ');
  const categories = `Recall by category (${ours.tool}): ${byCategory(aggressive)}\nFalse positives by category (${ours.tool}): ${byCategory(fair)}`;
  const lists = list
    ? [
        'Missed aggressive letters:',
        ...aggressive.filter((l) => !ours.flagged.has(l.name)).map((l) => `  ${l.name} (${l.category})`),
        '',
        'Fair letters flagged:',
        ...fair.filter((l) => ours.flagged.has(l.name)).map((l) => `  ${l.name} (${l.category}): ${ours.flagged.get(l.name)!.join(' | ')}`),
      ].join('\n')
    : '';
  return { table, categories, lists };
}

/** Replaces the text between the "latest" markers of JUDGEMENT.md, keeping the rest (the before-tuning figures) as written. */
async function writeLatest(sections: readonly string[]): Promise<void> {
  const file = path.join(projectRoot, 'JUDGEMENT.md');
  const text = await readFile(file, 'utf8');
  const [open, close] = ['<!-- judgement:latest -->', '<!-- /judgement:latest -->'];
  const from = text.indexOf(open);
  const to = text.indexOf(close);
  if (from < 0 || to < from) throw new Error(`JUDGEMENT.md has no ${open} … ${close} section to write the tables into`);
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).trim();
  const body = `\n_Written by \`npm run judgement -- --write\` at commit ${commit}, ${new Date().toISOString().slice(0, 10)}._\n\n${sections.join('\n\n')}\n`;
  await writeFile(file, text.slice(0, from + open.length) + body + text.slice(to));
}

if (import.meta.main) {
  const flag = (name: string) => process.argv.includes(`--${name}`);
  const publicSplit = flag('public') ? process.argv[process.argv.indexOf('--public') + 1] : undefined;
  if (publicSplit !== undefined && publicSplit !== 'dev' && publicSplit !== 'test') {
    console.error('--public takes dev or test');
    process.exit(2);
  }
  const own = [['project', 'corpus'], ['heldout', 'corpus-heldout'], ['blind', 'corpus-blind'], ['fresh', 'corpus-fresh'], ['fresh2', 'corpus-fresh2'], ['fresh3', 'corpus-fresh3'], ['fresh4', 'corpus-fresh4'], ['fresh5', 'corpus-fresh5']].find(([name]) => flag(name!));
  const named = flag('set') ? process.argv[process.argv.indexOf('--set') + 1] : undefined;
  if (named !== undefined && !/^corpus[\w-]*$/.test(named)) {
    console.error('--set takes the name of a labelled folder under test/, such as corpus-fresh5');
    process.exit(2);
  }
  const corpora = publicSplit ? [`corpus-public/${publicSplit}`] : named ? [named] : own ? [own[1]!] : ['corpus-public/dev', 'corpus-public/test'];
  const sections: string[] = [];
  try {
    for (const corpus of corpora) {
      const { table, categories, lists } = await measure(corpus, flag('list'));
      console.log([table, '', categories, ...(lists ? ['', lists] : []), ''].join('\n'));
      sections.push(`${table}\n\n${categories.split('\n').join('\n\n')}`);
    }
  } catch (error) {
    if (!(error instanceof RuleDataError)) throw error;
    console.error(`The rule data is broken:\n${error.message}`);
    process.exit(2);
  }
  if (flag('write')) {
    await writeLatest(sections);
    console.log('Written to JUDGEMENT.md.');
  }
}
