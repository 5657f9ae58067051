import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { closest } from './suggest.ts';

/** Where in the file a YAML document begins (frontmatter sits a line below `---`). */
export interface YamlOrigin {
  /** Offset of the YAML text within the file. */
  offset: number;
}

export type Problem = {
  message: string;
  /** Byte range within the YAML text. */
  range?: [number, number] | undefined;
  actual?: string | undefined;
  expected?: string[] | undefined;
};

export interface ParsedYaml {
  document: Document;
  value: unknown;
  /** Syntax errors, already located. */
  problems: Problem[];
}

export function parseYaml(text: string): ParsedYaml {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const problems: Problem[] = document.errors.map((error) => ({
    message: `YAML syntax: ${error.message.split('\n')[0]}`,
    range: [error.pos[0], error.pos[1]],
  }));
  const value = problems.length > 0 ? undefined : document.toJS();
  return { document, value, problems };
}

/** The YAML node for a zod issue path, or the nearest ancestor that exists. */
function nodeAt(document: Document, path: readonly PropertyKey[]): YamlNode | undefined {
  let node: unknown = document.contents;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      if (!pair) break;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key];
    } else break;
  }
  return node as YamlNode | undefined;
}

function keyNode(document: Document, path: readonly PropertyKey[], key: string): YamlNode | undefined {
  const parent = nodeAt(document, path);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
  return pair?.key as YamlNode | undefined;
}

/** A problem located at a path of the document, e.g. `['stages', 3, 'requires', 'fields', 2]`. */
export function problemAt(parsed: ParsedYaml, path: readonly PropertyKey[], problem: Omit<Problem, 'range'>): Problem {
  return { ...problem, range: rangeOf(nodeAt(parsed.document, path)) };
}

function rangeOf(node: YamlNode | undefined): [number, number] | undefined {
  return node?.range ? [node.range[0], node.range[1]] : undefined;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * Turns zod issues into messages a writer can act on: the field, what was found,
 * and the allowed values where the schema has a closed list.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], parsed: ParsedYaml, knownKeys?: (path: readonly PropertyKey[]) => string[]): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const where = formatPath(issue.path);
    const found = valueAt(parsed.value, issue.path);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const suggestion = knownKeys ? closest(key, knownKeys(issue.path)) : undefined;
        problems.push({
          message: `Unknown field "${formatPath([...issue.path, key])}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
          range: rangeOf(keyNode(parsed.document, issue.path, key)),
          actual: key,
          expected: suggestion ? [suggestion] : undefined,
        });
      }
      continue;
    }
    const range = rangeOf(nodeAt(parsed.document, issue.path));
    if (issue.code === 'invalid_value' && found === undefined) {
      problems.push({ message: `"${where}" is required. Allowed values: ${issue.values.map(String).join(', ')}`, range, expected: issue.values.map(String) });
    } else if (issue.code === 'invalid_value') {
      const allowed = issue.values.map(String);
      const suggestion = typeof found === 'string' ? closest(found, allowed) : undefined;
      problems.push({
        message: `"${where}" is ${JSON.stringify(found)}, which is not allowed.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Allowed values: ${allowed.join(', ')}`,
        range,
        actual: found === undefined ? undefined : String(found),
        expected: allowed,
      });
    } else if (issue.code === 'invalid_type' && found === undefined) {
      problems.push({ message: `"${where}" is required (${issue.expected})`, range });
    } else if (issue.code === 'invalid_union') {
      problems.push({ message: `"${where}": ${issue.errors.flat()[0]?.message ?? issue.message}`, range });
    } else {
      problems.push({ message: `"${where}": ${issue.message}`, range, actual: found === undefined ? undefined : JSON.stringify(found) });
    }
  }
  return problems;
}

/** Records problems on the file, translating YAML offsets to the file's lines and columns. */
export function reportProblems(file: VFile, problems: readonly Problem[], origin: YamlOrigin, ruleId: string, url?: string): void {
  const place = location(file);
  for (const problem of problems) {
    const start = problem.range ? place.toPoint(origin.offset + problem.range[0]) : undefined;
    const end = problem.range ? place.toPoint(origin.offset + Math.max(problem.range[0], problem.range[1])) : undefined;
    const message = file.message(problem.message, {
      place: start && end ? { start, end } : start,
      ruleId,
      source: 'fair-collections',
    });
    message.fatal = true;
    if (problem.actual !== undefined) message.actual = problem.actual;
    if (problem.expected) message.expected = problem.expected;
    if (url) message.url = url;
  }
}
