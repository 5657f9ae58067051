import type { APIRoute } from 'astro';
import { buildExport } from '../library/export.ts';
import { getLibrary } from '../site/data.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(buildExport(await getLibrary()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
