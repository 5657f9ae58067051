import type { APIRoute } from 'astro';
import { pageUrl } from '../deployment.ts';
import { changeViews, diffHtml, escapeHtml, feedLimit, whatLabel } from '../governance/changes.ts';
import { today } from '../governance/review.ts';
import { getGovernance } from '../governance/site.ts';

/** An Atom feed of /changes/ (RFC 4287): one entry per change to a template or chapter, the diff as its content. */
export const GET: APIRoute = async () => {
  const governance = await getGovernance();
  const views = changeViews(governance.history.changes, governance.titleOf, feedLimit);
  const changesPage = pageUrl('/changes/');
  // The newest change (a commit's date need not follow the log's order); with none, the day of the build.
  const updated = views.reduce((latest, view) => Math.max(latest, Date.parse(view.change.commit.date)), -Infinity);
  const entries = views.map((view) => {
    const c = view.change;
    const summary = `${whatLabel[view.what]}${c.from ? ` from ${c.from}` : ''}: version ${c.before?.version ?? 'new'} → ${c.after?.version ?? 'removed'}. ${c.commit.subject}`;
    const content = `<p>${escapeHtml(summary)}</p><p>${diffHtml(view.diff)}</p>`;
    return [
      '  <entry>',
      `    <id>urn:fair-collections:change:${c.commit.hash}:${escapeHtml(c.path)}</id>`,
      `    <title>${escapeHtml(`${view.title} (${view.kind} ${view.what})`)}</title>`,
      `    <updated>${new Date(c.commit.date).toISOString()}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeHtml(`${changesPage}#${view.anchor}`)}"/>`,
      `    <summary>${escapeHtml(summary)}</summary>`,
      `    <content type="html">${escapeHtml(content)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    '  <title>Fair Collections: what changed</title>',
    '  <subtitle>Changes to letter templates and handbook chapters, with the words removed and added.</subtitle>',
    `  <id>${escapeHtml(changesPage)}</id>`,
    `  <link rel="alternate" type="text/html" href="${escapeHtml(changesPage)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeHtml(pageUrl('/changes.xml'))}"/>`,
    `  <updated>${(Number.isFinite(updated) ? new Date(updated) : today()).toISOString()}</updated>`,
    '  <author><name>Fair Collections</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
