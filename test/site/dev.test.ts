import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { edit } from '../helpers/content.ts';
import { copyProject } from '../helpers/project.ts';
import { startAstro, type AstroServer } from '../helpers/server.ts';

let root: string;
let server: AstroServer;

beforeAll(async () => {
  root = await copyProject();
  server = await startAstro('dev', root);
});

afterAll(async () => {
  server?.stop();
  await rm(root, { recursive: true, force: true });
});

async function until(check: () => Promise<boolean>, timeout = 20_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeout) throw new Error(`timed out; dev server said:\n${server.output()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('astro dev while a writer edits', () => {
  it('shows a new problem in the terminal and on every page, keeps the pages working, and clears it once fixed', async () => {
    const page = `${server.url}/templates/reminder-7-days/`;
    const home = `${server.url}/`;
    expect((await fetch(page)).status).toBe(200);

    await edit(root, 'templates/reminder-7-days.mdx', /^(Dear|Hello) (.*)$/m, '$1 $2\n\nPay by {{due_date}} or else.');
    await until(async () => (await (await fetch(home)).text()).includes('id="content-problems-title"'));
    expect(server.output()).toMatch(/templates\/reminder-7-days\.mdx\n +\d+:\d+ +error +Vague menace or ultimatum: “or else” +coercion/);
    // The broken template's page and every other page still render, each with the report.
    for (const url of [page, home, `${server.url}/handbook/`]) {
      const response = await fetch(url);
      expect(response.status, url).toBe(200);
      const html = await response.text();
      expect(html, url).toContain('templates/reminder-7-days.mdx');
      expect(html, url).toContain('Vague menace or ultimatum: “or else”');
    }

    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      await tab.goto(home);
      await expect.poll(async () => tab.getByRole('alert').textContent(), { timeout: 15_000 }).toContain('or else');
    } finally {
      await browser.close();
    }

    await edit(root, 'templates/reminder-7-days.mdx', '\n\nPay by {{due_date}} or else.', '');
    await until(async () => !(await (await fetch(home)).text()).includes('id="content-problems-title"'));
    expect((await fetch(page)).status).toBe(200);
  });

  it('keeps serving every page while a chapter\'s frontmatter is broken, with the report on each', async () => {
    await edit(root, 'content/handbook/invoicing.mdx', /^owner: .*$/m, 'owner: intern');
    const other = `${server.url}/handbook/disputes/`;
    await until(async () => (await (await fetch(other)).text()).includes('content/handbook/invoicing.mdx'));
    for (const url of [`${server.url}/`, other, `${server.url}/handbook/invoicing/`]) {
      const response = await fetch(url);
      expect(response.status, url).toBe(200);
      expect(await response.text(), url).toContain('content/handbook/invoicing.mdx');
    }
    await edit(root, 'content/handbook/invoicing.mdx', 'owner: intern', 'owner: ar-specialist');
    await until(async () => server.output().includes('Reloaded data from invoicing.mdx') && (await fetch(other)).status === 200);
  });
});
