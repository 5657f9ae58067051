import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/library/load.ts';
import { parseChapter } from '../../src/library/template.ts';
import { contentPaths } from '../../src/project.ts';
import { projectRoot } from '../helpers/project.ts';

describe('every content file', () => {
  it('every handbook chapter parses and has valid frontmatter, with unique orders', async () => {
    const dir = path.join(projectRoot, contentPaths.handbook);
    const names = (await readdir(dir)).filter((n) => n.endsWith('.mdx'));
    expect(names.length).toBeGreaterThanOrEqual(12);
    const orders: number[] = [];
    for (const name of names) {
      const file = new VFile({ path: path.join(dir, name), value: await readFile(path.join(dir, name), 'utf8') });
      const chapter = parseChapter(file);
      expect(file.messages.map(String), name).toEqual([]);
      orders.push(chapter.frontmatter!.order);
    }
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('every template loads into the library, one entry per file', async () => {
    const library = await loadLibrary(projectRoot);
    const files = (await readdir(path.join(projectRoot, contentPaths.templates))).filter((n) => n.endsWith('.mdx'));
    expect(library.templates).toHaveLength(files.length);
    expect(files.length).toBeGreaterThanOrEqual(22);
    for (const template of library.templates) expect(`${template.id}.mdx`).toBe(path.basename(template.sourcePath));
  });

  it('every stage links to a handbook chapter that exists', async () => {
    const library = await loadLibrary(projectRoot);
    const chapters = new Set((await readdir(path.join(projectRoot, contentPaths.handbook))).map((n) => n.replace(/\.mdx$/, '')));
    for (const stage of library.catalog.ladder.stages) expect(chapters, stage.id).toContain(stage.chapter);
  });
});
