import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validator/engine.ts';
import { contentCopy } from '../helpers/content.ts';
import { projectRoot } from '../helpers/project.ts';

/** The README's code blocks of one language in the section under `heading` (up to the next heading outside a code block). */
async function readmeBlocks(heading: string, language: string): Promise<string[]> {
  const lines = (await readFile(path.join(projectRoot, 'README.md'), 'utf8')).split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`README.md has no heading "${heading}"`);
  const blocks: string[] = [];
  let block: string[] | undefined;
  let fenced = false;
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('```')) {
      if (!fenced && line === `\`\`\`${language}`) block = [];
      else if (fenced && block) {
        blocks.push(`${block.join('\n')}\n`);
        block = undefined;
      }
      fenced = !fenced;
      continue;
    }
    if (!fenced && line.startsWith('#')) break;
    block?.push(line);
  }
  return blocks;
}

describe('the README’s examples pass as written', () => {
  it('the template of “Add or change a template”, saved under its id in the library, has no problems', async () => {
    const [example] = await readmeBlocks('### Add or change a template', 'mdx');
    expect(example).toBeDefined();
    const id = /^id: (\S+)$/m.exec(example!)?.[1];
    const root = await contentCopy();
    await writeFile(path.join(root, 'templates', `${id}.mdx`), example!);
    const report = await validate({ root, workers: 0 });
    const messages = report.files.flatMap((f) => f.file.messages.map((m) => `${path.relative(root, f.file.path)}:${m.line}:${m.column} ${m.ruleId} ${m.reason}`));
    expect(messages).toEqual([]);
    expect(report.files.some((f) => f.file.path.endsWith(`${id}.mdx`))).toBe(true);
    await rm(root, { recursive: true });
  });

  it('the chapter of “Add or change a handbook chapter”, saved in the handbook, has no problems', async () => {
    const [example] = await readmeBlocks('### Add or change a handbook chapter', 'mdx');
    expect(example).toContain('## First heading');
    const root = await contentCopy();
    await writeFile(path.join(root, 'content', 'handbook', 'readme-example.mdx'), example!);
    const report = await validate({ root, workers: 0 });
    expect(report.files.flatMap((f) => f.file.messages.map((m) => `${path.relative(root, f.file.path)}:${m.line} ${m.ruleId} ${m.reason}`))).toEqual([]);
    expect(report.files.some((f) => f.file.path.endsWith('readme-example.mdx'))).toBe(true);
    await rm(root, { recursive: true });
  });
});
