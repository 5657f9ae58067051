import type { APIRoute } from 'astro';
import { buildGovernedExport, templateGovernance } from '../governance/export.ts';
import { getGovernance, templatePath } from '../governance/site.ts';
import { versionOf } from '../governance/version.ts';
import { getLibrary } from '../site/data.ts';

export const GET: APIRoute = async () => {
  const [library, governance] = await Promise.all([getLibrary(), getGovernance()]);
  const exported = buildGovernedExport(library, (t) => templateGovernance(t, governance.byPath(templatePath(t)), versionOf(t.placeholders.text)));
  return new Response(`${JSON.stringify(exported, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
