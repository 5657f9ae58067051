import type { APIRoute, GetStaticPaths } from 'astro';
import type { LetterEntry } from '../../library/load.ts';
import { getLibrary } from '../../site/data.ts';

export const getStaticPaths = (async () => {
  const library = await getLibrary();
  return library.templates.map((template) => ({ params: { id: template.id }, props: { template } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ template: LetterEntry }> = ({ props }) =>
  new Response(props.template.placeholders.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
