import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeLetter, renderLetter } from '../../src/letters/index.ts';
import { loadLibrary } from '../../src/library/load.ts';
import { parseTemplate } from '../../src/library/template.ts';
import { VFile } from 'vfile';
import { projectRoot } from '../helpers/project.ts';

const library = await loadLibrary(projectRoot);
const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

describe('rendered letters', () => {
  it('escape field values, so data from an AR system cannot inject markup', () => {
    const template = library.templates.find((t) => t.id === 'reminder-7-days')!;
    const values = Object.fromEntries(library.catalog.fields.map((f) => [f.name, hostile]));
    const doc = parseTemplate(new VFile({ path: template.sourcePath, value: readFileSync(path.join(projectRoot, template.sourcePath), 'utf8') }), library.catalog);
    const letter = renderLetter(composeLetter(doc.tree!, doc.frontmatter!, library.catalog), library.catalog, values);
    expect(letter.bodyHtml).not.toMatch(/<img|<script/);
    expect(letter.bodyHtml).toContain('&#x3C;script>');
  });

  it('drop raw HTML, JSX and expressions even if the validator were skipped', () => {
    const file = new VFile({
      path: 'templates/x.mdx',
      value: '---\nid: x\ntitle: X\nsummary: X.\nstage: dispute\nchannel: letter\njurisdictions: [US]\nnotices: []\nowner: ar-specialist\nlastReviewed: 2026-11-01\n---\n\nHello <b onclick="x()">there</b> {1 + 1}\n\n<script>alert(1)</script>\n',
    });
    const doc = parseTemplate(file, library.catalog);
    const letter = renderLetter(composeLetter(doc.tree!, doc.frontmatter!, library.catalog), library.catalog);
    expect(letter.bodyHtml).not.toMatch(/<b|<script|onclick|1 \+ 1/);
    expect(letter.text).not.toMatch(/<|onclick|1 \+ 1/);
  });
});
