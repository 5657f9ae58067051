import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { findUnsafe } from '../validator/rules/lockdown.ts';

/**
 * The second lock: a remark plugin in the MDX compiler that refuses to
 * compile a chapter holding anything the validator's lockdown rule rejects,
 * in case the validator has been skipped. Nothing reaches JavaScript.
 */
export default function remarkLockdown() {
  return (tree: Root, file: VFile) => {
    const problems: string[] = [];
    findUnsafe(tree, 'chapter', {}, (spec) => {
      const where = spec.place && 'start' in spec.place ? `${spec.place.start.line}:${spec.place.start.column}` : '';
      problems.push(`${where} ${spec.reason}`.trim());
    });
    if (problems.length > 0) file.fail(`Refusing to compile content that contains code:\n${problems.join('\n')}`, { ruleId: 'mdx-lockdown', source: 'fair-collections' });
  };
}
