/** The command was used wrongly (an unknown option or stage): exit code 2, no report. */
export class UsageError extends Error {
  override name = 'UsageError';
}
