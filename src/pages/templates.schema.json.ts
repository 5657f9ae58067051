import type { APIRoute } from 'astro';
import { exportJsonSchema } from '../library/export.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(exportJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
