import { readFile } from 'node:fs/promises';
import { VFile } from 'vfile';
import type { z } from 'zod';
import { fieldCatalogueSchema, ladderSchema, noticeListSchema, type Field, type Ladder, type Notice } from '../model/index.ts';
import { resolveContent } from '../project.ts';
import { describeIssues, parseYaml, problemAt, reportProblems, type ParsedYaml, type Problem } from '../source/yaml.ts';
import { checkReferences } from './references.ts';

/** The data every template is checked against: the ladder, the field catalogue and the notices. */
export interface Catalog {
  ladder: Ladder;
  fields: Field[];
  notices: Notice[];
}

export interface CatalogResult {
  /** Undefined when any data file is broken: nothing can be checked against half a catalogue. */
  catalog?: Catalog | undefined;
  /** One file per data file, carrying its problems. */
  files: VFile[];
}

/** Keys a zod object schema declares at a path, for "did you mean" on unknown keys. */
function keysAt(schema: z.ZodType, issuePath: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const key of issuePath) {
    const def = (current as { def?: { type?: string; element?: unknown; shape?: Record<string, unknown>; innerType?: unknown } }).def;
    if (!def) return [];
    if (def.type === 'array') current = def.element;
    else if (def.type === 'object' && typeof key === 'string') current = def.shape?.[key];
    else return [];
    while ((current as { def?: { innerType?: unknown } })?.def?.innerType) current = (current as { def: { innerType: unknown } }).def.innerType;
  }
  const shape = (current as { def?: { shape?: Record<string, unknown> } })?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

async function readDataFile(filePath: string): Promise<VFile> {
  try {
    return new VFile({ path: filePath, value: await readFile(filePath, 'utf8') });
  } catch (error) {
    const file = new VFile({ path: filePath });
    const message = file.message(`Cannot read data file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { ruleId: 'data-file', source: 'fair-collections' });
    message.fatal = true;
    return file;
  }
}

interface Validated<T> {
  data?: T | undefined;
  parsed?: ParsedYaml | undefined;
}

/** Parses and validates one YAML data file; `data` is set only when it is valid. */
function validateYaml<T>(file: VFile, schema: z.ZodType<T>): Validated<T> {
  if (file.messages.some((m) => m.fatal)) return {};
  const parsed = parseYaml(String(file.value));
  let problems: Problem[] = parsed.problems;
  let data: T | undefined;
  if (problems.length === 0) {
    const result = schema.safeParse(parsed.value);
    if (result.success) data = result.data;
    else problems = describeIssues(result.error.issues, parsed, (p) => keysAt(schema, p));
  }
  reportProblems(file, problems, { offset: 0 }, 'data-schema');
  return { data: problems.length === 0 ? data : undefined, parsed };
}

export async function loadCatalog(root: string): Promise<CatalogResult> {
  const [ladderFile, fieldsFile, noticesFile] = await Promise.all([
    readDataFile(resolveContent(root, 'ladder')),
    readDataFile(resolveContent(root, 'fields')),
    readDataFile(resolveContent(root, 'notices')),
  ]);
  const ladder = validateYaml(ladderFile, ladderSchema);
  const fields = validateYaml(fieldsFile, fieldCatalogueSchema);
  const notices = validateYaml(noticesFile, noticeListSchema);
  const files = [ladderFile, fieldsFile, noticesFile];
  if (!ladder.data || !fields.data || !notices.data) return { files };
  const catalog = { ladder: ladder.data, fields: fields.data, notices: notices.data };
  const problems = checkReferences(catalog);
  for (const [kind, file, parsed] of [['ladder', ladderFile, ladder.parsed], ['fields', fieldsFile, fields.parsed], ['notices', noticesFile, notices.parsed]] as const) {
    reportProblems(file, problems[kind].map((p) => problemAt(parsed!, p.path, p)), { offset: 0 }, 'data-reference');
  }
  return { catalog: files.some((f) => f.messages.some((m) => m.fatal)) ? undefined : catalog, files };
}
