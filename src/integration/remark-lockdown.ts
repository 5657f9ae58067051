import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { contentFolder } from '../project.ts';
import { findUnsafe } from '../validator/rules/lockdown.ts';

export interface RemarkLockdownOptions {
  /** The project root: chapter images must resolve inside its content folder. */
  root: string;
}

/**
 * The second lock: a remark plugin in the MDX compiler that refuses to
 * compile a chapter holding anything the validator's lockdown rule rejects,
 * in case the validator has been skipped. Nothing reaches JavaScript, and no
 * image import leaves the content folder.
 */
export default function remarkLockdown(options: RemarkLockdownOptions) {
  const contentRoot = contentFolder(options.root);
  return (tree: Root, file: VFile) => {
    const problems: string[] = [];
    const location = file.path ? { filePath: path.resolve(options.root, file.path), contentRoot } : undefined;
    findUnsafe(tree, { kind: 'chapter', location }, (spec) => {
      const where = spec.place && 'start' in spec.place ? `${spec.place.start.line}:${spec.place.start.column}` : '';
      problems.push(`${where} ${spec.reason}`.trim());
    });
    if (problems.length > 0) file.fail(`Refusing to compile content that contains code:\n${problems.join('\n')}`, { ruleId: 'mdx-lockdown', source: 'fair-collections' });
  };
}
