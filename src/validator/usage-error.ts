import { nearestUnique } from '../source/suggest.ts';

/** The command was used wrongly (an unknown option or stage): exit code 2, no report. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The error for a `--stage` the ladder does not have: the nearest stage id, then every one ("overdue30" → "overdue-30"). */
export function unknownStage(id: string, stages: readonly { id: string }[]): UsageError {
  const ids = stages.map((s) => s.id);
  const meant = nearestUnique(id, ids);
  return new UsageError(`Unknown stage "${id}".${meant ? ` Did you mean "${meant}"?` : ''} Stages: ${ids.join(', ')}`);
}
