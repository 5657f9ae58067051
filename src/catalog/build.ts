import { VFile } from 'vfile';
import type { z } from 'zod';
import { fieldCatalogueSchema, ladderSchema, noticeListSchema, reviewPolicySchema, type Field, type Ladder, type Notice, type ReviewPolicy } from '../model/index.ts';
import { parseYaml, problemAt, reportProblems, schemaDefAt, validateYaml, type ParsedYaml } from '../source/yaml.ts';
import { checkReferences } from './references.ts';

/** The data every template is checked against: the ladder, the field catalogue and the notices. */
export interface Catalog {
  ladder: Ladder;
  fields: Field[];
  notices: Notice[];
  /** How often templates and chapters are reviewed (content/review.yaml); absent where it was not read (the review rule then does not run). */
  review?: ReviewPolicy | undefined;
}

/** Other systems' names for the catalogue's fields, each to the field it stands for (`invoice_no` → `invoice_number`). */
export function fieldAliases(fields: readonly Field[]): Map<string, string> {
  return new Map(fields.flatMap((f) => f.aliases.map((alias) => [alias, f.name] as const)));
}

export interface CatalogResult {
  /** Undefined when any data file is broken: nothing can be checked against half a catalogue. */
  catalog?: Catalog | undefined;
  /** One file per data file, carrying its problems. */
  files: VFile[];
}

/** Keys a zod object schema declares at a path, for "did you mean" on unknown keys. */
function keysAt(schema: z.ZodType, issuePath: readonly PropertyKey[]): string[] {
  const shape = schemaDefAt(schema, issuePath)?.shape;
  return shape ? Object.keys(shape) : [];
}

interface Validated<T> {
  data?: T | undefined;
  parsed?: ParsedYaml | undefined;
}

/**
 * Parses and validates one YAML data file that was read whole; `data` is set
 * only when it is valid. Its YAML and schema problems are reported under
 * `ruleId` (the config file has a rule of its own).
 */
export function parseDataFile<T>({ file, ok }: DataFileRead, schema: z.ZodType<T>, ruleId = 'data-schema'): { file: VFile } & Validated<T> {
  if (!ok) return { file };
  const parsed = parseYaml(String(file.value));
  const { data, problems } = validateYaml(parsed, schema, { knownKeys: (p) => keysAt(schema, p) });
  reportProblems(file, problems, { offset: 0 }, ruleId);
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
export function catalogFromFiles(read: { ladder: DataFileRead; fields: DataFileRead; notices: DataFileRead; review?: DataFileRead | undefined }): CatalogResult {
  const ladder = parseDataFile(read.ladder, ladderSchema);
  const fields = parseDataFile(read.fields, fieldCatalogueSchema);
  const notices = parseDataFile(read.notices, noticeListSchema);
  const review = read.review ? parseDataFile(read.review, reviewPolicySchema) : undefined;
  const [ladderFile, fieldsFile, noticesFile] = [ladder.file, fields.file, notices.file];
  const files = [ladderFile, fieldsFile, noticesFile, ...(review ? [review.file] : [])];
  if (!ladder.data || !fields.data || !notices.data || (review && !review.data)) return { files };
  const catalog: Catalog = { ladder: ladder.data, fields: fields.data, notices: notices.data, review: review?.data };
  const problems = checkReferences(catalog);
  for (const [kind, file, parsed] of [['ladder', ladderFile, ladder.parsed], ['fields', fieldsFile, fields.parsed], ['notices', noticesFile, notices.parsed]] as const) {
    reportProblems(file, problems[kind].map((p) => problemAt(parsed!, p.path, p)), { offset: 0 }, 'data-reference');
  }
  if (review?.data) {
    // The review policy names notices: each must exist, or its shorter interval silently applies to nothing.
    const ids = new Set(catalog.notices.map((n) => n.id));
    const unknown = review.data.sooner.flatMap((rule, i) =>
      rule.notices.flatMap((id, j) => (ids.has(id) ? [] : [problemAt(review.parsed!, ['sooner', i, 'notices', j], { message: `Unknown notice "${id}"; notices are listed in content/notices.yaml`, expected: [...ids] })])),
    );
    reportProblems(review.file, unknown, { offset: 0 }, 'data-reference');
  }
  return { catalog: files.some((f) => f.messages.some((m) => m.fatal)) ? undefined : catalog, files };
}

