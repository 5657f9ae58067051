import type { Root, Yaml } from 'mdast';
import { VFile as VFileClass, type VFile } from 'vfile';
import { z } from 'zod';
import type { Point } from 'unist';
import { location } from 'vfile-location';
import { closest } from '../source/suggest.ts';
import { parseYaml, problemAt, reportProblems, validateYaml, type ParsedYaml, type YamlSchemaOptions } from '../source/yaml.ts';

export interface FrontmatterOptions<T> {
  schema: z.ZodType<T>;
  /** Keys the schema allows, for "did you mean" on a misspelt key. */
  keys: readonly string[];
  ruleId: string;
  url?: string;
  /** A "did you mean" for a value not allowed, by meaning (see YamlSchemaOptions). */
  suggest?: YamlSchemaOptions['suggest'];
}

const parsedBlocks = new WeakMap<Yaml, ParsedYaml>();

/** The frontmatter block parsed once, however many fields are read from it. */
function parsedOf(node: Yaml): ParsedYaml {
  let parsed = parsedBlocks.get(node);
  if (!parsed) {
    parsed = parseYaml(node.value);
    parsedBlocks.set(node, parsed);
  }
  return parsed;
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
    // A first line of --- with no closing one is a block left open, not a missing one; blank lines before a --- line are a
    // block pushed down, which the parser no longer reads as frontmatter.
    const source = String(file.value);
    const opened = /^---[ \t]*\r?\n/.test(source);
    const blankLines = /^((?:[ \t]*\r?\n)+)---[ \t]*\r?\n/.exec(source)?.[1]?.split('\n').length;
    const reason = opened
      ? 'Frontmatter not closed: the --- block that starts the file has no closing --- line'
      : blankLines !== undefined
        ? `Frontmatter not read: the --- block must start on the first line, but ${blankLines - 1 === 1 ? 'a blank line comes' : `${blankLines - 1} blank lines come`} before it`
        : 'Missing frontmatter: the file must start with a --- block giving its fields';
    const message = file.message(reason, {
      place: { line: 1, column: 1 },
      ruleId: options.ruleId,
      source: 'fair-collections',
    });
    message.fatal = true;
    message.expected = [
      opened
        ? 'Add a line of --- after the last field, before the letter begins.'
        : blankLines !== undefined
          ? 'Delete the blank lines above the first ---.'
          : `Write --- on the first line, then ${requiredKeys(options).join(', ')}, each as name: value on a line of its own, then ---.`,
    ];
    if (options.url) message.url = options.url;
    return undefined;
  }
  // Astro reads chapter frontmatter with a YAML 1.1 reader; templates get the same rule so one habit fits all content.
  const { data, problems } = validateYaml(parsedOf(node), options.schema, {
    knownKeys: (path) => (path.length === 0 ? [...options.keys] : []),
    suggest: options.suggest,
    sameInYaml11: true,
  });
  reportProblems(file, problems, { offset: yamlStart(file, node) }, options.ruleId, options.url);
  return data;
}

/** The keys a file must give: those the schema refuses to leave out (all of `keys` when the schema is no object). */
function requiredKeys(options: FrontmatterOptions<unknown>): string[] {
  const shape = (options.schema as { shape?: Record<string, z.ZodType> }).shape;
  return shape ? options.keys.filter((key) => shape[key] && !shape[key].safeParse(undefined).success) : [...options.keys];
}

/**
 * The frontmatter keys whose values are valid on their own, by `shape` (a
 * zod object's fields): what can still be checked when the whole block is
 * not. A list with a bad item keeps its good ones, and an item of a fixed
 * set mistyped is read as the value its error suggests (`salvageItems`), so
 * one typo in `notices:` is one error, not one for every notice the stage
 * requires. Undefined when there is no block, or its YAML is no mapping (that
 * problem is reported, and nothing can be read).
 */
export function validKeys(tree: Root, shape: Readonly<Record<string, z.ZodType>>): Record<string, unknown> | undefined {
  const node = frontmatterNode(tree);
  if (!node) return undefined;
  const parsed = parsedOf(node);
  const raw = parsed.problems.length === 0 ? parsed.value : undefined;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const valid: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    const value = Object.hasOwn(raw, key) ? (raw as Record<string, unknown>)[key] : undefined;
    let result = field.safeParse(value);
    if (!result.success) {
      const items = salvageItems(field, value);
      if (items) result = field.safeParse(items);
    }
    if (result.success) valid[key] = result.data;
  }
  return valid;
}

/**
 * A list field's items that are valid on their own, each item of a fixed set
 * that is not in it, of five characters or more, read as the value closest
 * to it (`closest`, as the field's error suggests it); undefined when the
 * field is no list or none is left. Linear in the list.
 */
function salvageItems(field: z.ZodType, value: unknown): unknown[] | undefined {
  if (!Array.isArray(value)) return undefined;
  let list: z.ZodType = field;
  while (list instanceof z.ZodDefault || list instanceof z.ZodOptional) list = list.unwrap() as z.ZodType;
  if (!(list instanceof z.ZodArray)) return undefined;
  const element = list.element as z.ZodType;
  const allowed = element instanceof z.ZodEnum ? (element.options as string[]) : undefined;
  const items: unknown[] = [];
  // A value read twice (the typo of one already listed) is kept once, so the list does not fail as "listed twice".
  const read = new Set<unknown>();
  const keep = (item: unknown) => {
    if (read.has(item)) return;
    read.add(item);
    items.push(item);
  };
  for (const item of value) {
    if (element.safeParse(item).success) keep(item);
    // A short code is not guessed ("GB" is as near "US" as "UK"): the item is left out.
    else if (allowed && typeof item === 'string' && item.length >= 5) {
      const meant = closest(item, allowed);
      if (meant !== undefined) keep(meant);
    }
  }
  // Nothing left is not the list the writer meant: the key stays broken, as it was written.
  return items.length > 0 ? items : undefined;
}

/** The keys the frontmatter holds as written, valid or not (none when it does not parse to a mapping). */
export function writtenKeys(tree: Root): ReadonlySet<string> {
  const node = frontmatterNode(tree);
  const value = node ? parsedOf(node).value : undefined;
  return new Set(typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value) : []);
}

/** The frontmatter block of a parsed document, if any. */
function frontmatterNode(tree: Root): Yaml | undefined {
  return tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
}

/**
 * Where a frontmatter value sits in the file, e.g. `['notices', 2]`; falls
 * back to the nearest existing parent, then to the top of the file.
 */
export function frontmatterPlace(file: VFile, tree: Root, path: readonly (string | number)[]): { start: Point; end: Point } {
  const top = { line: 1, column: 1, offset: 0 };
  const node = frontmatterNode(tree);
  if (!node) return { start: top, end: top };
  const problem = problemAt(parsedOf(node), path, { message: '' });
  if (!problem.range) return { start: top, end: top };
  const place = location(file);
  const base = yamlStart(file, node);
  const start = place.toPoint(base + problem.range[0]);
  const end = place.toPoint(base + problem.range[1]);
  return start && end ? { start, end } : { start: top, end: top };
}

/**
 * A frontmatter string (such as an email subject) parsed as Markdown, with
 * positions moved into the file so its merge fields and words are located.
 */
/**
 * The tree Markdown gives a line with no Markdown in it: one paragraph of one
 * text node. Titles and summaries are mostly such lines; building the tree
 * skips a parse each (a third of a template's parsing). Anything that could be
 * syntax — emphasis, links, code, HTML, entities, escapes, merge fields, a
 * block marker at the start, a line break, outer spaces — goes to the parser.
 */
function plainLine(value: string): Root | undefined {
  if (!value || value !== value.trim() || /[*_`[\]{}<>&\\~|!\n\r#]/.test(value) || /^([-+>=]|\d+[.)])/.test(value)) return undefined;
  const position = (end: number) => ({ start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: end + 1, offset: end } });
  const text = { type: 'text' as const, value, position: position(value.length) };
  return { type: 'root', children: [{ type: 'paragraph', children: [text], position: position(value.length) }], position: position(value.length) };
}

export function frontmatterText(file: VFile, tree: Root, key: string, parse: (file: VFile) => Root | undefined): Root | undefined {
  const node = frontmatterNode(tree);
  if (!node) return undefined;
  const parsed = parsedOf(node);
  const value = (parsed.value as Record<string, unknown> | undefined)?.[key];
  if (typeof value !== 'string') return undefined;
  const problem = problemAt(parsed, [key], { message: '' });
  if (!problem.range) return undefined;
  const source = String(file.value);
  let offset = yamlStart(file, node) + problem.range[0];
  if (source[offset] === '"' || source[offset] === "'") offset++;
  const sub = plainLine(value) ?? parse(new VFileClass({ value }));
  if (!sub) return undefined;
  const place = location(file);
  const shift = (n: { position?: { start: Point; end: Point } | undefined; children?: unknown[] }) => {
    if (n.position) {
      const start = place.toPoint(offset + (n.position.start.offset ?? 0));
      const end = place.toPoint(offset + (n.position.end.offset ?? 0));
      if (start && end) n.position = { start, end };
    }
    n.children?.forEach((child) => shift(child as typeof n));
  };
  shift(sub as never);
  return sub;
}
