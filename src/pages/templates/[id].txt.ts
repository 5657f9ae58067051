import type { APIRoute, GetStaticPaths } from 'astro';
import type { LetterEntry } from '../../library/load.ts';
import { textHeader } from '../../governance/export.ts';
import { governanceOf } from '../../governance/site.ts';
import { getLibrary } from '../../site/data.ts';

export const getStaticPaths = (async () => {
  const library = await getLibrary();
  return library.templates.map((template) => ({ params: { id: template.id }, props: { template } }));
}) satisfies GetStaticPaths;

/**
 * A UTF-8 byte-order mark: a static host sends a .txt file with no character
 * set, and browsers then read "€" as "â‚¬". The mark makes every browser (and
 * Notepad) read the file as UTF-8; the header says the same where it is kept.
 */
const byteOrderMark = '\uFEFF';

/** The letter after a header of its governance (#14): template id, version, last change, owner, review date, then a blank line. */
export const GET: APIRoute<{ template: LetterEntry }> = async ({ props }) =>
  new Response(byteOrderMark + textHeader(props.template.id, await governanceOf(props.template)) + props.template.placeholders.text, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
