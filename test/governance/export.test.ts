import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { governedExportSchema } from '../../src/governance/export.ts';
import { templateText, versionOf } from '../../src/governance/version.ts';
import { loadLibrary } from '../../src/library/load.ts';
import { projectRoot } from '../helpers/project.ts';

const siteDir = inject('siteDir');
const read = (route: string) => readFile(path.join(siteDir, route), 'utf8');
const library = await loadLibrary(projectRoot);

describe('versions of the real templates', () => {
  it('a template source read back from git renders the very text the site shows, so its version is the same', async () => {
    for (const template of library.templates) {
      const source = await readFile(path.join(projectRoot, template.sourcePath), 'utf8');
      expect(versionOf(templateText(source, library.catalog)!), template.id).toBe(versionOf(template.placeholders.text));
    }
  });

  it('re-wrapping a template’s paragraphs changes no version; changing a word does', async () => {
    const template = library.templates.find((t) => t.id === 'reminder-7-days')!;
    const source = await readFile(path.join(projectRoot, template.sourcePath), 'utf8');
    const [frontmatter, body] = [source.slice(0, source.indexOf('\n---\n') + 5), source.slice(source.indexOf('\n---\n') + 5)];
    const rewrapped = frontmatter + body.replace(/ (\S+) /, '\n$1   ');
    expect(rewrapped).not.toBe(source);
    expect(versionOf(templateText(rewrapped, library.catalog)!)).toBe(versionOf(template.placeholders.text));
    const reworded = frontmatter + body.replace(/Dear/, 'Hello');
    expect(versionOf(templateText(reworded, library.catalog)!)).not.toBe(versionOf(template.placeholders.text));
  });

  it('where a link leads is part of the letter: a new target is a new version, and the text copy shows it', async () => {
    const template = library.templates.find((t) => t.id === 'reminder-7-days')!;
    const source = await readFile(path.join(projectRoot, template.sourcePath), 'utf8');
    const linked = (to: string) => source.replace(/\nDear /, `\nWrite to [our team](mailto:${to}) with any question.\n\nDear `);
    const [ours, theirs] = [templateText(linked('ar@example.com'), library.catalog)!, templateText(linked('ar@elsewhere.example'), library.catalog)!];
    expect(ours).toContain('Write to our team (ar@example.com) with any question.');
    expect(versionOf(ours)).not.toBe(versionOf(theirs));
  });
});

describe('the export and the .txt files', () => {
  it('templates.json validates against its schema with version, lastChanged, owner and lastReviewed', async () => {
    const data = governedExportSchema.parse(JSON.parse(await read('templates.json')));
    expect(data.templates).toHaveLength(library.templates.length);
    for (const t of data.templates) {
      const entry = library.templates.find((e) => e.id === t.id)!;
      expect(t.version).toBe(versionOf(entry.placeholders.text));
      expect(t.owner).toBe(entry.frontmatter.owner);
      expect(t.lastReviewed).toBe(new Date(entry.frontmatter.lastReviewed).toISOString().slice(0, 10));
      expect(t.lastChanged === null || /^\d{4}-\d{2}-\d{2}$/.test(t.lastChanged)).toBe(true);
    }
    const schema = JSON.parse(await read('templates.schema.json'));
    const item = schema.properties.templates.items;
    for (const key of ['version', 'lastChanged', 'lastChangedCommit', 'owner', 'lastReviewed']) {
      expect(item.required, key).toContain(key);
      expect(item.properties[key].description, key).toBeTruthy();
    }
  });

  it('each .txt file starts with its governance, then a blank line, then the letter', async () => {
    const data = governedExportSchema.parse(JSON.parse(await read('templates.json')));
    for (const t of data.templates) {
      const text = (await read(`templates/${t.id}.txt`)).replace(/^\uFEFF/, '');
      const header = `Template: ${t.id}\nVersion: ${t.version}\nLast-Changed: ${t.lastChanged ?? 'unknown'}\nOwner: ${t.owner}\nLast-Reviewed: ${t.lastReviewed}\n\n`;
      expect(text).toBe(header + t.text);
    }
  });

  it('the template page and its printed letter give the same version', async () => {
    const data = governedExportSchema.parse(JSON.parse(await read('templates.json')));
    for (const t of data.templates) {
      const html = await read(`templates/${t.id}/index.html`);
      expect(html, t.id).toContain(`data-letter-version="${t.version}"`);
      expect(html, t.id).toMatch(new RegExp(`<code data-version[^>]*>${t.version}</code>`));
    }
  });
});
