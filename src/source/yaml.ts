import { isAlias, isMap, isPair, isScalar, isSeq, Composer, Document, Parser, visit, YAMLParseError, type CST, type ErrorCode, type Node as YamlNode } from 'yaml';
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
  /** The source the document was parsed from. */
  text: string;
  /** Its concrete syntax tree, which YAML 1.1 and 1.2 read alike: composed again as 1.1 without lexing it twice. */
  tokens: readonly CST.Token[];
  document: Document;
  value: unknown;
  /** Syntax errors and refused constructs, already located. */
  problems: Problem[];
}

/**
 * Resource limits for YAML that arrives by pull request. The parser and
 * every walk over the result recurse once per level, and an alias copies its
 * anchor's content each time it is used, so a few hundred bytes can overflow
 * the stack or expand to gigabytes ("billion laughs"). Content needs a small
 * fraction of each: the ladder nests four levels and uses no alias at all.
 */
export const yamlLimits = {
  /** Lists and maps nested inside each other; the top-level map is the first. */
  depth: 32,
  /** The `yaml` package's `maxAliasCount`: alias uses, weighted by the aliases inside what they copy. */
  aliasCount: 100,
} as const;

const parseOptions = { prettyErrors: false, uniqueKeys: true } as const;

/**
 * The first collection nested deeper than `yamlLimits.depth`, found on the
 * concrete syntax tree with an explicit stack: the composer that builds the
 * document recurses, so the depth is checked before it runs.
 */
function tooDeep(tokens: readonly CST.Token[]): Problem | undefined {
  const stack: [CST.Token | null | undefined, number][] = tokens.map((token) => [token, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (token?.type === 'document') stack.push([token.value, depth]);
    else if (token?.type === 'block-map' || token?.type === 'block-seq' || token?.type === 'flow-collection') {
      if (depth >= yamlLimits.depth) {
        return {
          message: `Lists and maps nested more than ${yamlLimits.depth} levels deep; content needs a few at most. Flatten the structure`,
          range: [token.offset, token.offset + 1],
        };
      }
      for (const item of token.items) stack.push([item.key, depth + 1], [item.value, depth + 1]);
    }
  }
  return undefined;
}

/** `!!str` for the YAML core tags, as written; other tags as they are. */
function tagAsWritten(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

/**
 * Explicit tags (`!!str`, `!!binary`, `!!js/function`, `!local`) change what
 * a value is, and readers disagree on which they know: the site build's
 * reader refuses or constructs ones this one reads as plain text.
 */
function tagProblems(document: Document): Problem[] {
  const problems: Problem[] = [];
  visit(document, {
    Node(_key, node) {
      if (!node.tag) return;
      problems.push({
        message: `YAML tag ${tagAsWritten(node.tag)} is not allowed in content: readers disagree on what tags mean. Remove it, and put the value in quotes if it is text`,
        range: rangeOf(node),
        actual: tagAsWritten(node.tag),
      });
    },
  });
  return problems;
}

/**
 * The document as plain data, or a located problem when an alias names no
 * anchor set before it, or when aliases expand past `yamlLimits.aliasCount`.
 */
function toValue(document: Document): { value?: unknown; problem?: Problem | undefined } {
  try {
    return { value: document.toJS({ maxAliasCount: yamlLimits.aliasCount }) };
  } catch (error) {
    // The yaml package throws a ReferenceError for an unresolved alias and for excessive aliasing, and for nothing else here.
    if (!(error instanceof ReferenceError)) throw error;
    let first: YamlNode | undefined;
    let unresolved: YamlNode | undefined;
    visit(document, {
      Alias(_key, node) {
        first ??= node;
        if (node.resolve(document) !== undefined) return undefined;
        unresolved = node;
        return visit.BREAK;
      },
    });
    if (unresolved && isAlias(unresolved)) {
      return {
        problem: {
          message: `YAML alias *${unresolved.source} copies no value: no anchor &${unresolved.source} is set before it`,
          range: rangeOf(unresolved),
          actual: `*${unresolved.source}`,
          expected: ['Write the value out in full, or set the anchor on the value it copies, above this line.'],
        },
      };
    }
    return {
      problem: {
        message: `YAML aliases expand too far${first && isAlias(first) ? ` (*${first.source} and others)` : ''}: an alias copies its anchor each time it is used`,
        range: rangeOf(first),
        expected: ['Write the values out in full.'],
      },
    };
  }
}

/**
 * What a writer does about each kind of YAML syntax error, by the `yaml`
 * package's error code; a code not listed gets `syntaxFixOther`.
 */
const syntaxFixes: Partial<Record<ErrorCode, string>> = {
  BAD_INDENT: 'Indent each field by as many spaces as the fields beside it, and close any [ or { the value opens.',
  TAB_AS_INDENT: 'Indent with spaces, not tabs.',
  MISSING_CHAR: 'Close what the value opens: ] for [, } for {, or the closing quote.',
  BAD_DQ_ESCAPE: 'Write a backslash in double quotes as \\\\, or put the value in single quotes.',
  DUPLICATE_KEY: 'Give each field once: delete or merge the repeated one.',
  MULTIPLE_DOCS: 'Keep one block of fields between the opening and closing --- lines.',
  BLOCK_AS_IMPLICIT_KEY: 'Write each field as name: value on its own line, and quote a value that holds ": ".',
  MULTILINE_IMPLICIT_KEY: 'Write each field as name: value on its own line, and quote a value that holds ": ".',
};
const syntaxFixOther = 'Put a text value in quotes (one starting with [ { * & ! | > @ ` or holding ": " or " #" needs them).';

/** The one document of `tokens` (yaml's parseDocument, from a syntax tree already read); a second document is an error on it. */
function compose(tokens: readonly CST.Token[], text: string, options: ConstructorParameters<typeof Composer>[0]): Document {
  let document: Document | undefined;
  for (const next of new Composer(options).compose(tokens, true, text.length)) {
    if (!document) document = next;
    else {
      document.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; a content file holds one'));
      break;
    }
  }
  // compose always ends with a document, if only an empty one.
  return document ?? new Document();
}

/**
 * Where a list or map left open begins: yaml reports "… must … end with a ]" where it gave up, on the line after the one the
 * writer left open (`jurisdictions: [US, UK, EU`). The bracket is looked for at most 2,000 characters back.
 */
function unclosedAt(text: string, message: string, at: number): [number, number] | undefined {
  // A quote left open: yaml reads to the end of the text; the writer's slip is the first line after which the quotes no
  // longer pair up ('subject: "Invoice {{invoice_number}}: still due').
  const quote = /Missing closing (["'])quote/.exec(message)?.[1];
  if (quote) {
    let start = 0;
    for (const line of text.slice(0, Math.min(at, text.length)).split('\n')) {
      const value = /^[^#'"]*?:\s+(["'])/.exec(line);
      const opened = value?.[1] === quote ? start + value.index + value[0].length - 1 : -1;
      if (opened >= 0 && line.split(quote).length % 2 === 0) return [opened, opened + 1];
      start += line.length + 1;
    }
    return undefined;
  }
  const close = /end with an? ([\]}])/.exec(message)?.[1];
  if (!close) return undefined;
  const open = close === ']' ? '[' : '{';
  let depth = 0;
  for (let i = Math.min(at, text.length) - 1; i >= Math.max(0, at - 2000); i--) {
    if (text[i] === close) depth++;
    else if (text[i] === open && depth-- === 0) return [i, i + 1];
  }
  return undefined;
}

/**
 * The fix for a value in single quotes that an apostrophe ends early ("title: 'Part payment, customer's balance'"), where the
 * error is on such a line; undefined elsewhere.
 */
function apostropheInQuotes(text: string, at: number): string | undefined {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  const to = text.indexOf('\n', at);
  const line = text.slice(from, to < 0 ? text.length : to);
  if (!/^[^#'"]*?:\s+'/.test(line) || line.split("'").length <= 3) return undefined;
  return "In single quotes, write an apostrophe twice (customer''s), or put the value in double quotes instead.";
}

/**
 * Parses YAML from content within `yamlLimits`. Never throws for the text's
 * own faults: syntax errors, nesting past the depth limit, explicit tags and
 * runaway aliases come back as located problems, and `value` is then undefined.
 */
export function parseYaml(text: string): ParsedYaml {
  // The text is read into a syntax tree once, for the depth check and then the document (as yaml's parseDocument does).
  const tokens = [...new Parser().parse(text)];
  const deep = tooDeep(tokens);
  if (deep) return { text, tokens, document: new Document(), value: undefined, problems: [deep] };
  const document = compose(tokens, text, parseOptions);
  const problems: Problem[] = document.errors.map((error) => ({
    message: `YAML syntax: ${error.message.split('\n')[0]}`,
    range: unclosedAt(text, error.message, error.pos[0]) ?? [error.pos[0], error.pos[1]],
    expected: [apostropheInQuotes(text, error.pos[0]) ?? syntaxFixes[error.code] ?? syntaxFixOther],
  }));
  if (problems.length === 0) problems.push(...tagProblems(document));
  if (problems.length > 0) return { text, tokens, document, value: undefined, problems };
  const { value, problem } = toValue(document);
  return { text, tokens, document, value, problems: problem ? [problem] : [] };
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
 * and the allowed values where the schema has a closed list (`schema`, when
 * given, names them for a list left out or left empty as well).
 */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  parsed: ParsedYaml,
  knownKeys?: (path: readonly PropertyKey[]) => string[],
  suggest?: YamlSchemaOptions['suggest'],
  schema?: z.ZodType,
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const where = formatPath(issue.path);
    const found = valueAt(parsed.value, issue.path);
    // A list's closed set of values, where the schema gives one: named for a list left out or left empty.
    const items = schema && (issue.code === 'invalid_type' || issue.code === 'too_small') ? itemValuesAt(schema, issue.path) : undefined;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const known = knownKeys?.(issue.path) ?? [];
        const suggestion = closest(key, known);
        problems.push({
          message: `Unknown field "${formatPath([...issue.path, key])}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
          range: rangeOf(keyNode(parsed.document, issue.path, key)),
          actual: key,
          // With no near name, the fields there are, as one line (a list of alternatives longer than three is not shown).
          expected: suggestion ? [suggestion] : known.length > 0 ? [`delete it, or use a field this file takes: ${known.join(', ')}`] : undefined,
        });
      }
      continue;
    }
    const range = rangeOf(nodeAt(parsed.document, issue.path));
    if (issue.code === 'invalid_value' && found === undefined) {
      problems.push({ message: `"${where}" is required. Allowed values: ${issue.values.map(String).join(', ')}`, range, expected: issue.values.map(String) });
    } else if (issue.code === 'invalid_value') {
      const allowed = issue.values.map(String);
      const suggestion = typeof found === 'string' ? (suggest?.(issue.path, found, allowed) ?? closest(found, allowed)) : undefined;
      problems.push({
        message: `"${where}" is ${JSON.stringify(found)}, which is not allowed.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Allowed values: ${allowed.join(', ')}`,
        range,
        actual: found === undefined ? undefined : String(found),
        // The value meant, where one is (a fix that leaves the list open would be a guess among eighteen stages).
        expected: suggestion ? [suggestion] : allowed,
      });
    } else if (issue.code === 'invalid_type' && issue.expected === 'array' && (found === undefined || found === null) && items) {
      // A list of a closed set left out, or its key left with no value ("jurisdictions:"): the values it takes.
      problems.push({ message: `"${where}" is ${found === null ? 'empty' : 'required'}: a list of ${items.join(', ')}`, range, expected: [listHint(items)] });
    } else if (issue.code === 'invalid_type' && found === undefined) {
      const type = writtenTypes[issue.expected];
      problems.push({ message: `"${where}" is required: ${type ? type.name : issue.expected}`, range, expected: type ? [type.hint] : undefined });
    } else if (issue.code === 'too_small' && issue.origin === 'array') {
      // zod's own wording ("Too small: expected array to have >=1 items") says nothing of what to add.
      const least = Number(issue.minimum);
      problems.push({
        message: `${issue.path.length > 0 ? `"${where}"` : 'The file'} needs at least ${least === 1 ? 'one item' : `${least} items`}${items ? `: ${items.join(', ')}` : ''}`,
        range,
        actual: found === undefined ? undefined : JSON.stringify(found),
        // A list of free text takes any item; one of records, the fields its items hold (the data file's own comments say which).
        expected: [items ? listHint(items) : `Add ${least === 1 ? 'an item' : `${least} items`} to the list.`],
      });
    } else if (issue.code === 'invalid_type' && writtenTypes[issue.expected]) {
      // zod's own wording ("Invalid input: expected date, received string") names its types, not what to write.
      problems.push(wrongType(where, found, writtenTypes[issue.expected]!, range));
    } else if (issue.code === 'invalid_union') {
      // A value no branch takes, where one branch is of a type a writer knows ("lastReviewed: 2026-02-30", a date or its text).
      const branches = issue.errors.flat();
      const typed = branches.find((branch) => branch.code === 'invalid_type' && writtenTypes[branch.expected] !== undefined);
      if (typed?.code === 'invalid_type' && found !== undefined) problems.push(wrongType(where, found, writtenTypes[typed.expected]!, range));
      else if (typed?.code === 'invalid_type' && found === undefined) {
        // Missing, as a required field of one type is: "lastReviewed" is required, a real date.
        const type = writtenTypes[typed.expected]!;
        problems.push({ message: `"${where}" is required: ${type.name}`, range, expected: [type.hint] });
      } else problems.push({ message: `"${where}": ${branches[0]?.message ?? issue.message}`, range });
    } else {
      problems.push({ message: `"${where}": ${issue.message}`, range, actual: found === undefined ? undefined : JSON.stringify(found) });
    }
  }
  return problems;
}

/**
 * The values each item of the list at `path` may take, where the schema gives them as a closed set (a list of
 * `z.enum`s, through optional, default and refinement wrappers); undefined otherwise.
 */
function itemValuesAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  const list = schemaDefAt(schema, path);
  const item = list?.type === 'array' ? schemaDefAt(list.element as z.ZodType, []) : undefined;
  return item?.type === 'enum' && item.entries ? Object.values(item.entries).map(String) : undefined;
}

/** The parts of a zod schema's definition the walk below reads. */
interface SchemaDef {
  type?: string;
  element?: unknown;
  shape?: Record<string, unknown>;
  innerType?: unknown;
  entries?: Record<string, unknown>;
}

/**
 * The definition of the part of `schema` that holds the value at `path` (an object's field by its key, an array's item by
 * any index), through optional, default and refinement wrappers; undefined where the path leaves the schema.
 */
export function schemaDefAt(schema: z.ZodType, path: readonly PropertyKey[]): SchemaDef | undefined {
  const defOf = (node: unknown) => (node as { def?: SchemaDef } | undefined)?.def;
  const unwrap = (node: unknown) => {
    while (defOf(node)?.innerType) node = defOf(node)!.innerType;
    return node;
  };
  let current = unwrap(schema);
  for (const key of path) {
    const def = defOf(current);
    if (def?.type === 'object' && typeof key === 'string') current = unwrap(def.shape?.[key]);
    else if (def?.type === 'array') current = unwrap(def.element);
    else return undefined;
  }
  return defOf(current);
}

/** How to write a list of some of `items`: "A list in square brackets of one or more of US, UK, EU, such as [US]." */
const listHint = (items: readonly string[]) => `A list in square brackets of one or more of ${items.join(', ')}, such as [${items[0]}].`;

/** What a field of each of zod's types is, and how to write one, for a value of the wrong type. */
const writtenTypes: Partial<Record<string, { name: string; hint: string }>> = {
  date: { name: 'a real date', hint: 'A real date written as YYYY-MM-DD, such as 2026-11-20.' },
  number: { name: 'a number', hint: 'A number in digits, without quotes, such as 14.' },
  int: { name: 'a whole number', hint: 'A whole number in digits, without quotes or a decimal point, such as 14.' },
  string: { name: 'text', hint: 'Text; put it in quotes if it starts with a digit or holds ": ".' },
  boolean: { name: 'true or false', hint: 'true or false, without quotes.' },
  array: { name: 'a list', hint: 'A list in square brackets, its items separated by commas, such as [first, second].' },
  record: { name: 'keys with their values', hint: 'Each key on a line of its own, indented under this one, with its value after a colon, such as "  tone: warning".' },
  object: { name: 'keys with their values', hint: 'Each key on a line of its own, indented under this one, with its value after a colon.' },
};

/** A value of the wrong type, in a writer's words: `"lastReviewed" is "2026-02-30", which is not a real date`, and how to write one. */
function wrongType(where: string, found: unknown, type: { name: string; hint: string }, range: Problem['range']): Problem {
  const written = type === writtenTypes.date && typeof found === 'string' ? isoReadings(found) : undefined;
  if (written) {
    const { readings, shaped } = written;
    const hint = readings.length === 0 ? type.hint : readings.map(([iso, spoken]) => (readings.length > 1 ? `${iso} for ${spoken}` : iso)).join(', or ');
    return { message: `"${where}" is ${JSON.stringify(found)}, which is not ${shaped ? 'a real date' : 'a date written as YYYY-MM-DD'}`, range, actual: JSON.stringify(found), expected: [hint] };
  }
  return { message: `"${where}" is ${JSON.stringify(found)}, which is not ${type.name}`, range, actual: JSON.stringify(found), expected: [type.hint] };
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The real dates a date written another way may mean, as YYYY-MM-DD with the date in words: "2026-12-1" → 2026-12-01;
 * "01/12/2026" → 1 December 2026 or 12 January 2026, day or month first (both when both are real dates); "2026/10/05",
 * "2026-10-05T10:00:00Z", "5 October 2026" and "Oct 5, 2026" → 2026-10-05. `shaped`: it is already written as YYYY-MM-DD, so
 * only the date itself is wrong ("2026-02-30").
 */
function isoReadings(text: string): { readings: [string, string][]; shaped: boolean } {
  const trimmed = text.trim();
  const readings: [string, string][] = [];
  const add = (year: number, month: number, day: number) => {
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return;
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (!readings.some(([seen]) => seen === iso)) readings.push([iso, `${day} ${monthNames[month - 1]} ${year}`]);
  };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) {
    add(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    // Written year first, day and month in their places: a date that does not exist is no real date however it is padded.
    return { readings, shaped: readings.length === 0 || /^\d{4}-\d{2}-\d{2}$/.test(trimmed) };
  }
  // Year first with other separators, or with a time after it: "2026/10/05", "2026-10-05T10:00:00Z".
  const yearFirst = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(trimmed) ?? /^(\d{4})-(\d{1,2})-(\d{1,2})[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(trimmed);
  if (yearFirst) add(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  // The month in words, before or after the day: "5 October 2026", "Oct 5, 2026", "5th Oct. 2026".
  // A month named by three letters or more, only one month's ("Ma." could be March or May: no reading).
  const monthOf = (word: string) => {
    const stem = word.toLowerCase().replace(/\.$/, '');
    const months = stem.length < 3 ? [] : monthNames.flatMap((name, i) => (name.toLowerCase().startsWith(stem) ? [i + 1] : []));
    return months.length === 1 ? months[0]! : 0;
  };
  const dayMonth = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(trimmed);
  const monthDay = /^([A-Za-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(trimmed);
  const [day, month, year] = dayMonth ? [dayMonth[1]!, dayMonth[2]!, dayMonth[3]!] : monthDay ? [monthDay[2]!, monthDay[1]!, monthDay[3]!] : [];
  if (day && month && year && monthOf(month) > 0) {
    add(Number(year), monthOf(month), Number(day));
    // A month in words with a day it does not have ("31 Feb 2026") is no real date, however it is written.
    return { readings, shaped: readings.length === 0 };
  }
  const other = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(trimmed);
  if (other) {
    // A two-digit year is this century's up to 69, the last's from 70 ("01/12/99" is 1999).
    const short = Number(other[3]);
    const year = other[3]!.length === 2 ? short + (short < 70 ? 2000 : 1900) : short;
    add(year, Number(other[2]), Number(other[1]));
    add(year, Number(other[1]), Number(other[2]));
  }
  return { readings, shaped: false };
}

/** How a reader took a value, for a message: `text`, `the number 8`, `a date`. */
function reading(value: unknown): string {
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the value ${value}`;
  if (value === null || value === undefined) return 'nothing';
  if (value instanceof Date) return 'a date';
  return Array.isArray(value) ? 'a list' : 'a map';
}

/** The paths where two plain values differ (dates compared by time), in key order; empty when they are equal. */
function differences(a: unknown, b: unknown, at: readonly PropertyKey[] = []): PropertyKey[][] {
  if (Object.is(a, b)) return [];
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime() ? [] : [[...at]];
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return [[...at]];
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((key) =>
    differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], [...at, Array.isArray(a) ? Number(key) : key]),
  );
}

/** A copy of `value` with `replacement` at `path` (the whole value for the empty path). */
function withValueAt(value: unknown, path: readonly PropertyKey[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<PropertyKey, unknown>;
  const parent = valueAt(copy, path.slice(0, -1)) as Record<PropertyKey, unknown>;
  parent[path[path.length - 1]!] = replacement;
  return copy;
}

/**
 * Where a YAML 1.1 reader makes something else of the same text. Astro reads
 * chapter frontmatter with js-yaml, whose timestamps and merge keys are YAML
 * 1.1's, while this validator reads YAML 1.2: `2026-11-20`, `yes`, `010`,
 * `1:20` or `1_000` are text or another number here and a date, `true`, 8,
 * 80 or 1000 there. YAML 1.1 is a superset of js-yaml's differences, so a
 * value both read alike is safe for the build. Values the schema turns into
 * the same thing (a date field given as a date) are not a disagreement.
 */
function yaml11Disagreements<T>(parsed: ParsedYaml, schema: z.ZodType<T>, data: T): Problem[] {
  const other = compose(parsed.tokens, parsed.text, { ...parseOptions, version: '1.1' });
  const error = other.errors[0];
  if (error) {
    return [{ message: `YAML 1.1 readers such as the site build's cannot read this: ${error.message.split('\n')[0]}`, range: [error.pos[0], error.pos[1]] }];
  }
  const otherValue = toValue(other).value;
  // Each place the readers differ is tried on its own: it matters when the schema refuses it or makes something else of it.
  const paths = differences(parsed.value, otherValue).filter((path) => {
    const theirs = schema.safeParse(withValueAt(parsed.value, path, valueAt(otherValue, path)) ?? {});
    return !theirs.success || differences(data, theirs.data).length > 0;
  });
  return paths.map((path): Problem => {
    const where = formatPath(path);
    const range = rangeOf(nodeAt(parsed.document, path));
    const source = range ? parsed.text.slice(range[0], range[1]).trim() : '';
    const ours = valueAt(parsed.value, path);
    return {
      message: `"${where}": ${source} is ${reading(ours)} to this check but ${reading(valueAt(otherValue, path))} to YAML 1.1 readers such as the site build's. Put it in quotes if it is text, or write it so both read the same (e.g. 8, 2026-11-20)`,
      range,
      actual: source,
      expected: typeof ours === 'string' ? [JSON.stringify(ours)] : undefined,
    };
  });
}

export interface YamlSchemaOptions {
  /** Keys allowed at a path, for "did you mean" on a misspelt key. */
  knownKeys?: ((path: readonly PropertyKey[]) => string[]) | undefined;
  /** A "did you mean" for a value not allowed at a path, by meaning (a stage by its days); spelling decides otherwise. */
  suggest?: ((path: readonly PropertyKey[], found: string, allowed: readonly string[]) => string | undefined) | undefined;
  /** Also refuse values a YAML 1.1 reader (Astro's, for chapter frontmatter) would read differently. */
  sameInYaml11?: boolean | undefined;
}

/**
 * Validates parsed YAML against a schema. Returns the schema's output only
 * when there is no problem: syntax and limits (from `parseYaml`), schema
 * issues described for a writer, and with `sameInYaml11` a disagreement
 * between YAML readers.
 */
export function validateYaml<T>(parsed: ParsedYaml, schema: z.ZodType<T>, options: YamlSchemaOptions = {}): { data?: T | undefined; problems: Problem[] } {
  if (parsed.problems.length > 0) return { problems: parsed.problems };
  const result = schema.safeParse(parsed.value ?? {});
  if (!result.success) return { problems: describeIssues(result.error.issues, parsed, options.knownKeys, options.suggest, schema) };
  const disagreements = options.sameInYaml11 ? yaml11Disagreements(parsed, schema, result.data) : [];
  return disagreements.length > 0 ? { problems: disagreements } : { data: result.data, problems: [] };
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
