import { VFile } from 'vfile';
import type { z } from 'zod';
import { fieldCatalogueSchema, ladderSchema, noticeListSchema, type Field, type Ladder, type Notice } from '../model/index.ts';
import { parseYaml, problemAt, reportProblems, validateYaml, type ParsedYaml } from '../source/yaml.ts';
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

interface Validated<T> {
  data?: T | undefined;
  parsed?: ParsedYaml | undefined;
}

/** Parses and validates one YAML data file that was read whole; `data` is set only when it is valid. */
function parseDataFile<T>({ file, ok }: DataFileRead, schema: z.ZodType<T>): { file: VFile } & Validated<T> {
  if (!ok) return { file };
  const parsed = parseYaml(String(file.value));
  const { data, problems } = validateYaml(parsed, schema, { knownKeys: (p) => keysAt(schema, p) });
  reportProblems(file, problems, { offset: 0 }, 'data-schema');
  return { file, data, parsed };
}

/** A data file as read: `ok` is false when reading refused it (its messages say why). */
export interface DataFileRead {
  file: VFile;
  ok: boolean;
}

/**
 * Parses, validates and cross-checks the ladder, field catalogue and notices
 * as read. Never throws for the files' own faults: each comes back as a
 * VFile carrying located messages, and `catalog` is then undefined.
 */
export function catalogFromFiles(read: { ladder: DataFileRead; fields: DataFileRead; notices: DataFileRead }): CatalogResult {
  const ladder = parseDataFile(read.ladder, ladderSchema);
  const fields = parseDataFile(read.fields, fieldCatalogueSchema);
  const notices = parseDataFile(read.notices, noticeListSchema);
  const [ladderFile, fieldsFile, noticesFile] = [ladder.file, fields.file, notices.file];
  const files = [ladderFile, fieldsFile, noticesFile];
  if (!ladder.data || !fields.data || !notices.data) return { files };
  const catalog = { ladder: ladder.data, fields: fields.data, notices: notices.data };
  const problems = checkReferences(catalog);
  for (const [kind, file, parsed] of [['ladder', ladderFile, ladder.parsed], ['fields', fieldsFile, fields.parsed], ['notices', noticesFile, notices.parsed]] as const) {
    reportProblems(file, problems[kind].map((p) => problemAt(parsed!, p.path, p)), { offset: 0 }, 'data-reference');
  }
  return { catalog: files.some((f) => f.messages.some((m) => m.fatal)) ? undefined : catalog, files };
}

