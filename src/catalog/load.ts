import { lstatSync } from 'node:fs';
import path from 'node:path';
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
  const [ladder, fields, notices, review] = await Promise.all(
    (['ladder', 'fields', 'notices', 'review'] as const).map(async (kind) => {
      const read = await readContent(resolveContent(root, kind), root);
      // A data file that is not there is a missing part of the project, not a broken link (the reader's general wording).
      const missing = !read.ok && read.file.messages.length === 1 && read.file.messages[0]!.reason.startsWith('File not found');
      if (missing && !lstatSync(resolveContent(root, kind), { throwIfNoEntry: false })) {
        const message = read.file.messages[0]!;
        message.reason = message.message = `The project's ${path.basename(read.file.path)} is missing: the ladder, merge fields, notices and review rules are read from content/`;
        message.expected = [`Restore ${path.relative(root, read.file.path)} from the repository (in the project's folder: git checkout -- ${path.relative(root, read.file.path)}), or point --root at the project's folder`];
      }
      return read;
    }),
  );
  return catalogFromFiles({ ladder: ladder!, fields: fields!, notices: notices!, review: review! });
}
