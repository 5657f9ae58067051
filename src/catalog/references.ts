import { VFile } from 'vfile';
import { parseDocument } from '../document/parse.ts';
import { asField, braceSlips } from '../document/merge-field-slips.ts';
import { mergeFieldsIn } from '../document/query.ts';
import { findUnsafe } from '../validator/rules/lockdown.ts';
import type { Stage } from '../model/index.ts';
import type { Catalog } from './load.ts';
import { closest } from '../source/suggest.ts';

export interface PathProblem {
  path: (string | number)[];
  message: string;
  actual?: string;
  expected?: string[];
}

type Problems = Record<'ladder' | 'fields' | 'notices', PathProblem[]>;

function duplicates<T>(items: readonly T[], key: (item: T) => string, label: string, at: (index: number) => (string | number)[]): PathProblem[] {
  const seen = new Set<string>();
  const problems: PathProblem[] = [];
  items.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) problems.push({ path: at(index), message: `Duplicate ${label} "${value}": each must be unique`, actual: value });
    seen.add(value);
  });
  return problems;
}

function unknown(kind: string, value: string, known: readonly string[], path: (string | number)[]): PathProblem {
  const suggestion = closest(value, known);
  return {
    path,
    message: `Unknown ${kind} "${value}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
    actual: value,
    expected: suggestion ? [suggestion] : [...known],
  };
}

/**
 * The merge fields a notice's text uses, and what it may not hold: a notice
 * is published in every letter that includes it, so it gets the same
 * lockdown as a letter (no code, HTML, components, images or unsafe links).
 */
function noticeFields(text: string): { names: string[]; errors: string[] } {
  const file = new VFile({ value: text });
  const tree = parseDocument(file, 'mdx');
  if (!tree) return { names: [], errors: [`does not parse: ${file.messages[0]?.reason ?? 'unknown error'}`] };
  const errors: string[] = [];
  findUnsafe(tree, { kind: 'notice' }, (spec) => {
    const at = spec.place && 'start' in spec.place ? spec.place.start : spec.place;
    errors.push(`${spec.reason}${at ? ` (line ${at.line} of the text)` : ''}`);
  });
  const fields = mergeFieldsIn(tree);
  for (const field of fields) {
    if (field.written !== undefined) errors.push(`malformed merge field ${field.written}: ${braceSlips(field.written)}; write ${asField(field.name)} (line ${field.position?.start.line ?? 1} of the text)`);
  }
  return { names: fields.map((field) => field.name), errors };
}

/**
 * The steps of the ladder, in order of their first day, must cover every day
 * from the first to the last without a gap or an overlap: "What do I send?"
 * answers for any day past due. Problems are placed on the later step's `days`.
 */
function stepCoverage(stages: readonly Stage[]): PathProblem[] {
  const problems: PathProblem[] = [];
  const steps = stages.map((stage, index) => ({ stage, index })).filter(({ stage }) => stage.kind === 'step');
  steps.sort((a, b) => a.stage.days.from - b.stage.days.from);
  steps.forEach(({ stage, index }, i) => {
    const next = steps[i + 1];
    if (!next) return;
    if (stage.days.to === undefined) {
      problems.push({ path: ['stages', index, 'days'], message: `Step "${stage.id}" has no last day (days.to), but step "${next.stage.id}" follows it on day ${next.stage.days.from}: set to: ${next.stage.days.from - 1}` });
      return;
    }
    const gapFrom = stage.days.to + 1;
    if (next.stage.days.from > gapFrom) {
      const days = next.stage.days.from - 1 === gapFrom ? `Day ${gapFrom} belongs` : `Days ${gapFrom}–${next.stage.days.from - 1} belong`;
      problems.push({ path: ['stages', next.index, 'days', 'from'], message: `${days} to no step: "${stage.id}" ends on day ${stage.days.to} and "${next.stage.id}" starts on day ${next.stage.days.from}; start "${next.stage.id}" on day ${gapFrom}, or end "${stage.id}" on day ${next.stage.days.from - 1}` });
    } else if (next.stage.days.from < gapFrom) {
      problems.push({ path: ['stages', next.index, 'days', 'from'], message: `Steps "${stage.id}" (to day ${stage.days.to}) and "${next.stage.id}" (from day ${next.stage.days.from}) overlap: a day past due must belong to one step; start "${next.stage.id}" on day ${gapFrom}` });
    }
  });
  return problems;
}

/** Checks that the data files agree with each other: every id a file mentions exists, and the steps cover the ladder's days. */
export function checkReferences(catalog: Catalog): Problems {
  const problems: Problems = { ladder: [], fields: [], notices: [] };
  const fieldNames = catalog.fields.map((f) => f.name);
  const noticeIds = catalog.notices.map((n) => n.id);
  const fieldSet = new Set(fieldNames);
  const noticeSet = new Set(noticeIds);

  problems.fields.push(...duplicates(catalog.fields, (f) => f.name, 'field name', (i) => [i, 'name']));
  problems.notices.push(...duplicates(catalog.notices, (n) => n.id, 'notice id', (i) => [i, 'id']));
  problems.ladder.push(...duplicates(catalog.ladder.stages, (s) => s.id, 'stage id', (i) => ['stages', i, 'id']));

  catalog.ladder.stages.forEach((stage, s) => {
    const at = (...rest: (string | number)[]) => ['stages', s, ...rest];
    if (stage.days.to !== undefined && stage.days.to < stage.days.from) {
      problems.ladder.push({ path: at('days', 'to'), message: `days.to (${stage.days.to}) is before days.from (${stage.days.from})` });
    }
    if (stage.kind === 'side' && !stage.trigger) {
      problems.ladder.push({ path: at('kind'), message: 'A side path needs a "trigger" saying what starts it' });
    }
    if (stage.scheduled && (stage.kind !== 'side' || stage.sequence !== 'continue')) {
      problems.ladder.push({ path: at('scheduled'), message: 'Only a side path that runs beside the steps (kind: side, sequence: continue) is scheduled: a step is sent on its days already, and a path that pauses or stops the steps starts with an event' });
    }
    if (stage.offered && (stage.kind !== 'side' || stage.sequence !== 'continue' || stage.scheduled)) {
      problems.ladder.push({ path: at('offered'), message: 'Only a side path that runs beside the steps (kind: side, sequence: continue) is offered, and one every account reaches (scheduled) is not also a choice' });
    }
    if (stage.kind === 'step' && stage.sequence !== 'continue') {
      problems.ladder.push({ path: at('sequence'), message: 'A step of the ladder is part of the sequence: set sequence: continue' });
    }
    stage.requires.fields.forEach((requirement, f) => {
      const names = Array.isArray(requirement) ? requirement : [requirement];
      names.forEach((name, k) => {
        if (!fieldSet.has(name)) problems.ladder.push(unknown('merge field', name, fieldNames, Array.isArray(requirement) ? at('requires', 'fields', f, k) : at('requires', 'fields', f)));
      });
    });
    for (const list of ['requires', 'forbids'] as const) {
      stage[list].notices.forEach((id, n) => {
        if (!noticeSet.has(id)) problems.ladder.push(unknown('notice', id, noticeIds, at(list, 'notices', n)));
        if (list === 'forbids' && stage.requires.notices.includes(id)) {
          problems.ladder.push({ path: at(list, 'notices', n), message: `Notice "${id}" is both required and forbidden` });
        }
      });
    }
  });

  problems.ladder.push(...stepCoverage(catalog.ladder.stages));
  const stageIds = catalog.ladder.stages.map((stage) => stage.id);
  problems.ladder.push(...duplicates(catalog.ladder.situations, (s) => s.id, 'situation id', (i) => ['situations', i, 'id']));
  catalog.ladder.situations.forEach((situation, i) => {
    const stage = catalog.ladder.stages.find((s) => s.id === situation.stage);
    if (!stage) problems.ladder.push(unknown('stage', situation.stage, stageIds, ['situations', i, 'stage']));
    else if (stage.kind !== 'side') problems.ladder.push({ path: ['situations', i, 'stage'], message: `Situation "${situation.id}" leads to "${stage.id}", a step of the ladder; a situation leads to a side path (kind: side)` });
  });

  catalog.notices.forEach((notice, n) => {
    const { names, errors } = noticeFields(notice.text);
    for (const error of errors) problems.notices.push({ path: [n, 'text'], message: `The text of notice "${notice.id}": ${error}` });
    for (const name of names) {
      if (!fieldSet.has(name)) problems.notices.push(unknown('merge field', name, fieldNames, [n, 'text']));
    }
  });
  return problems;
}
