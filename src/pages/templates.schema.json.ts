import type { APIRoute } from 'astro';
import { governedExportJsonSchema } from '../governance/export.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(governedExportJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
