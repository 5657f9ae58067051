import { pageUrl } from '#platform';

/** The page of a rule in the published rules reference. */
export function ruleUrl(ruleId: string): string {
  return pageUrl(`rules/${ruleId}/`);
}
