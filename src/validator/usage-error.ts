import { stageByName } from '../model/index.ts';
import { nearestUnique } from '../source/suggest.ts';

/** The command was used wrongly (an unknown option or stage): exit code 2, no report. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * The error for a `--stage` the ladder does not have: the stage it names by its name or another name for it
 * ("final-reminder", "final demand" → "overdue-45"), else the nearest stage id ("overdue30" → "overdue-30"), then every one.
 */
export function unknownStage(id: string, stages: readonly { id: string; name?: string; alsoCalled?: readonly string[] }[]): UsageError {
  const ids = stages.map((s) => s.id);
  const named = stageByName(stages, id);
  const meant = named?.id ?? nearestUnique(id, ids);
  const said = named ? ` Did you mean "${named.id}" (${named.name})?` : meant ? ` Did you mean "${meant}"?` : '';
  return new UsageError(`Unknown stage "${id}".${said} Stages: ${ids.join(', ')}`);
}
