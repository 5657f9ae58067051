import { path } from '#platform';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { Catalog } from '../../catalog/load.ts';
import { toSlug } from '../../model/common.ts';
import { contentPaths } from '../../project.ts';
import { closest } from '../../source/suggest.ts';
import { parseYaml, problemAt } from '../../source/yaml.ts';
import type { ReportSpec, RuleMeta } from '../types.ts';

export const chapterFilesMeta: RuleMeta = {
  id: 'chapter-files',
  name: 'Chapter files',
  description:
    'Each chapter is a file directly in content/handbook/ whose name is its address (lower-case letters, digits and hyphens), no two names differ only in case, and every chapter the ladder names exists.',
  why: 'The site publishes content/handbook/<name>.mdx at /handbook/<name>/: a chapter in a subfolder is never published, two names that differ only in case publish one page for both, and a stage pointing at a missing chapter publishes broken links.',
  source: 'src/content.config.ts (what the site publishes); content/ladder.yaml (stages[].chapter).',
  severity: 'error',
  suppressible: false,
  scope: 'project',
  examples: {
    valid: [{ text: 'content/handbook/disputes.mdx, and a stage with chapter: disputes' }],
    invalid: [
      { text: 'content/handbook/Disputes.mdx beside content/handbook/disputes.mdx', note: 'One of the two would not be published.' },
      { text: 'content/handbook/old/disputes.mdx', note: 'Chapters in subfolders are checked but never published.' },
      { text: 'A stage with chapter: dispute when the file is disputes.mdx', note: 'The stage’s links would be broken.' },
    ],
  },
};

const slugName = /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/;

/**
 * Checks the handbook folder as the site will publish it. `chapters` are the
 * checked chapter files (their problems go on them); `folder` is every path
 * under the handbook folder, relative to it, so a clash with a file that was
 * not checked is still found. The ladder's chapter references are reported
 * on `ladderFile`.
 */
export function checkChapterFiles(
  root: string,
  folder: readonly string[],
  chapters: readonly VFile[],
  catalog: Catalog | undefined,
  ladderFile: VFile | undefined,
  report: (file: VFile, spec: ReportSpec) => void,
): void {
  const handbook = path.join(root, contentPaths.handbook);
  const listed = folder.filter((name) => name.endsWith('.mdx')).map((name) => name.split(path.sep).join('/'));
  const byLowerCase = new Map<string, string[]>();
  for (const name of listed) byLowerCase.set(name.toLowerCase(), [...(byLowerCase.get(name.toLowerCase()) ?? []), name]);
  const top = { line: 1, column: 1 };
  for (const file of chapters) {
    const name = path.relative(handbook, file.path).split(path.sep).join('/');
    if (name.startsWith('..')) continue;
    if (name.includes('/')) {
      report(file, { reason: `Chapters live directly in ${contentPaths.handbook}/: ${name} is in a subfolder, so it would never be published`, place: top, actual: name, expected: [path.basename(name)] });
      continue;
    }
    const twins = (byLowerCase.get(name.toLowerCase()) ?? []).filter((other) => other !== name);
    if (twins.length > 0) {
      report(file, { reason: `${name} and ${twins.join(', ')} differ only in case: the site would publish one page for both`, place: top, actual: name });
    } else if (!slugName.test(name)) {
      const suggestion = `${toSlug(path.basename(name, '.mdx'))}.mdx`;
      report(file, { reason: `The file name is the chapter’s address: use lower-case letters, digits and hyphens, e.g. ${suggestion}`, place: top, actual: name, expected: [suggestion] });
    }
  }
  if (!catalog || !ladderFile) return;
  const published = new Set(listed.filter((name) => slugName.test(name)).map((name) => name.slice(0, -'.mdx'.length)));
  const parsed = parseYaml(String(ladderFile.value));
  const where = location(ladderFile);
  catalog.ladder.stages.forEach((stage, index) => {
    if (published.has(stage.chapter)) return;
    const range = problemAt(parsed, ['stages', index, 'chapter'], { message: '' }).range;
    const start = range ? where.toPoint(range[0]) : undefined;
    const end = range ? where.toPoint(range[1]) : undefined;
    report(ladderFile, {
      reason: `Stage "${stage.id}" names the chapter "${stage.chapter}", which is not in ${contentPaths.handbook}/`,
      place: start && end ? { start, end } : top,
      actual: stage.chapter,
      expected: [closest(stage.chapter, [...published]) ?? [...published].sort()].flat(),
    });
  });
}
