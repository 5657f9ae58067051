import { nearestUnique } from '../source/suggest.ts';

/** The command was used wrongly (an unknown option or stage): exit code 2, no report. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A stage's name or another name for it as a --stage value might write it: "Final reminder" → "final-reminder". */
const asValue = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The error for a `--stage` the ladder does not have: the stage it names by its name or another name for it
 * ("final-reminder", "final demand" → "overdue-45"), else the nearest stage id ("overdue30" → "overdue-30"), then every one.
 */
export function unknownStage(id: string, stages: readonly { id: string; name?: string; alsoCalled?: readonly string[] }[]): UsageError {
  const ids = stages.map((s) => s.id);
  // A name with its place in brackets is also written without it: "Letter before action (UK)".
  const named = stages.find((s) => [s.name ?? '', (s.name ?? '').replace(/\s*\([^)]*\)/g, ''), ...(s.alsoCalled ?? [])].some((name) => name && asValue(name) === asValue(id)));
  const meant = named?.id ?? nearestUnique(id, ids);
  const said = named ? ` Did you mean "${named.id}" (${named.name})?` : meant ? ` Did you mean "${meant}"?` : '';
  return new UsageError(`Unknown stage "${id}".${said} Stages: ${ids.join(', ')}`);
}
