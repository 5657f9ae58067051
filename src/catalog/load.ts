import { resolveContent } from '../project.ts';
import { readContent } from '../source/read.ts';
import { catalogFromFiles, type CatalogResult } from './build.ts';

export type { Catalog, CatalogResult } from './build.ts';

/**
 * Reads content/ladder.yaml, fields.yaml, notices.yaml and review.yaml under `root` with
 * the same checks as a template (size, kind, links, UTF-8, NUL), then
 * validates and cross-checks them (see `catalogFromFiles`).
 */
export async function loadCatalog(root: string): Promise<CatalogResult> {
  const [ladder, fields, notices, review] = await Promise.all((['ladder', 'fields', 'notices', 'review'] as const).map((kind) => readContent(resolveContent(root, kind), root)));
  return catalogFromFiles({ ladder: ladder!, fields: fields!, notices: notices!, review: review! });
}
