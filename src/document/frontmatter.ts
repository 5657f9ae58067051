import type { Root, Yaml } from 'mdast';
import type { VFile } from 'vfile';
import type { z } from 'zod';
import { describeIssues, parseYaml, reportProblems, type Problem } from '../source/yaml.ts';

export interface FrontmatterOptions<T> {
  schema: z.ZodType<T>;
  /** Keys the schema allows, for "did you mean" on a misspelt key. */
  keys: readonly string[];
  ruleId: string;
  url?: string;
}

/** The offset where the YAML text starts: the line after the opening `---`. */
function yamlStart(file: VFile, node: Yaml): number {
  const source = String(file.value);
  const open = node.position?.start.offset ?? 0;
  return open + source.slice(open).indexOf('\n') + 1;
}

/**
 * Validates a document's frontmatter against a schema. Problems are located on
 * the line of the offending field; a missing block is reported at the top.
 */
export function readFrontmatter<T>(file: VFile, tree: Root, options: FrontmatterOptions<T>): T | undefined {
  const node = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  if (!node) {
    const message = file.message('Missing frontmatter: start the file with a --- block giving its fields', {
      place: { line: 1, column: 1 },
      ruleId: options.ruleId,
      source: 'fair-collections',
    });
    message.fatal = true;
    message.expected = [...options.keys];
    if (options.url) message.url = options.url;
    return undefined;
  }
  const parsed = parseYaml(node.value);
  let problems: Problem[] = parsed.problems;
  let data: T | undefined;
  if (problems.length === 0) {
    const result = options.schema.safeParse(parsed.value ?? {});
    if (result.success) data = result.data;
    else problems = describeIssues(result.error.issues, parsed, (path) => (path.length === 0 ? [...options.keys] : []));
  }
  reportProblems(file, problems, { offset: yamlStart(file, node) }, options.ruleId, options.url);
  return problems.length === 0 ? data : undefined;
}
