import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { VFile } from 'vfile';
import { afterEach, describe, expect, it } from 'vitest';
import { applyProjectConfig, loadProjectConfig, projectConfigSchema } from '../../src/config/project-config.ts';
import { validate } from '../../src/validator/engine.ts';
import { loadRules } from '../../src/validator/rules/index.ts';
import { contentCopy, edit, lineOf } from '../helpers/content.ts';
import { projectRoot } from '../helpers/project.ts';

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

/** A copy of the content with an inconsiderate word (an equality warning) in a chapter and in a template. */
async function copyWithWarnings(): Promise<string> {
  const copy = await contentCopy();
  await edit(copy, 'content/handbook/disputes.mdx', /\n\n([A-Z])/, '\n\nAsk the chairman of the customer to call us.\n\n$1');
  await edit(copy, 'templates/reminder-7-days.mdx', /\nDear /, '\nPlease ask your chairman to call us.\n\nDear ');
  return copy;
}
const found = (report: Awaited<ReturnType<typeof validate>>, rule: string) =>
  report.files.flatMap((f) => f.file.messages.filter((m) => m.ruleId === rule).map((m) => [path.relative(root!, f.file.path), m.fatal] as const));

describe('fair-collections.yaml', () => {
  it('turns a warning rule off for one folder and raises it to an error elsewhere', async () => {
    root = await copyWithWarnings();
    expect(found(await validate({ root, workers: 0 }), 'equality')).toEqual([
      ['content/handbook/disputes.mdx', false],
      ['templates/reminder-7-days.mdx', false],
    ]);
    await writeFile(path.join(root, 'fair-collections.yaml'), 'rules:\n  equality: error\noverrides:\n  - files: ["content/handbook/**"]\n    rules:\n      equality: "off"\nruleLinks: https://handbook.example.com/collections/rules\n');
    const report = await validate({ root, workers: 0 });
    expect(found(report, 'equality')).toEqual([['templates/reminder-7-days.mdx', true]]);
    const message = report.files.flatMap((f) => f.file.messages).find((m) => m.ruleId === 'equality')!;
    expect(message.url).toBe('https://handbook.example.com/collections/rules/equality/');
    expect(report.errorCount).toBe(1);
  });

  it('refuses to turn a rule of harm off, at its line, and keeps the rule on', async () => {
    root = await contentCopy();
    await edit(root, 'templates/reminder-7-days.mdx', /\nDear /, '\nOur bailiffs will visit your premises on Friday.\n\nDear ');
    await writeFile(path.join(root, 'fair-collections.yaml'), 'rules:\n  equality: "off"\noverrides:\n  - files: ["templates/**"]\n    rules:\n      threats: warning\n      tone: "off"\n      equalty: "off"\n');
    const report = await validate({ root, workers: 0 });
    const config = report.files.find((f) => f.file.path.endsWith('fair-collections.yaml'))!.file.messages;
    expect(config.map((m) => [m.ruleId, m.line, m.fatal, m.reason])).toEqual([
      ['config', await lineOf(root, 'fair-collections.yaml', 'threats:'), true, 'Rule "threats" reports errors, which cannot be turned down to a warning; fix the wording, or the rule data with a test'],
      ['config', await lineOf(root, 'fair-collections.yaml', 'tone:'), true, 'Rule "tone" reports errors, which cannot be turned off; fix the wording, or the rule data with a test'],
      ['config', await lineOf(root, 'fair-collections.yaml', 'equalty:'), true, 'Unknown rule "equalty"; did you mean "equality"? The rules are listed at /rules/'],
    ]);
    expect(config[2]!.expected).toEqual(['equality']);
    // A refused config changes nothing: the threat is still an error.
    expect(found(report, 'threats')).toEqual([['templates/reminder-7-days.mdx', true]]);
  });

  it('never lowers an error, even one from a rule that mostly warns', async () => {
    root = await contentCopy();
    await edit(root, 'templates/reminder-7-days.mdx', /^lastReviewed: .*$/m, 'lastReviewed: 2099-01-01');
    await writeFile(path.join(root, 'fair-collections.yaml'), 'rules:\n  review-due: "off"\n');
    const report = await validate({ root, workers: 0 });
    expect(found(report, 'review-due')).toEqual([['templates/reminder-7-days.mdx', true]]);
  });

  it('a key it does not know or a broken value is a located error, of the config’s own rule', async () => {
    root = await contentCopy();
    await writeFile(path.join(root, 'fair-collections.yaml'), 'rules:\n  equality: quiet\nextends: strict\nruleLinks: not a url\n');
    const report = await validate({ root, workers: 0 });
    const config = report.files.find((f) => f.file.path.endsWith('fair-collections.yaml'))!.file.messages;
    expect(config.map((m) => [m.line, m.fatal, m.ruleId, m.url])).toEqual([
      [2, true, 'config', expect.stringMatching(/\/rules\/config\/$/)],
      [3, true, 'config', expect.stringMatching(/\/rules\/config\/$/)],
      [4, true, 'config', expect.stringMatching(/\/rules\/config\/$/)],
    ]);
    // YAML that does not parse, too.
    await writeFile(path.join(root, 'fair-collections.yaml'), 'rules: [equality\n');
    const broken = (await validate({ root, workers: 0 })).files.find((f) => f.file.path.endsWith('fair-collections.yaml'))!.file.messages;
    expect(broken.length).toBeGreaterThan(0);
    expect(broken.map((m) => [m.ruleId, m.fatal])).toEqual(broken.map(() => ['config', true]));
  });
});

describe('retext plugins named in fair-collections.yaml', () => {
  it('run inside the validator, as warnings under their own rule id, which the config and a suppression reach', async () => {
    root = await contentCopy();
    await symlink(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'));
    await writeFile(path.join(root, 'package.json'), '{ "private": true }\n');
    await edit(root, 'templates/reminder-7-days.mdx', /\nDear /, '\nThe invoice was written by your team.\n\nDear ');
    await writeFile(path.join(root, 'fair-collections.yaml'), 'plugins: [retext-passive, retext-readability]\noverrides:\n  - files: ["content/handbook/**"]\n    rules:\n      retext-readability: "off"\n');
    const report = await validate({ root, workers: 0 });
    const passive = found(report, 'retext-passive');
    expect(passive).toContainEqual(['templates/reminder-7-days.mdx', false]);
    const line = await lineOf(root, 'templates/reminder-7-days.mdx', 'The invoice was written');
    const onLine = (r: typeof report) => r.files.find((f) => f.file.path.endsWith('reminder-7-days.mdx'))!.file.messages.filter((m) => m.ruleId === 'retext-passive' && m.line === line);
    expect(onLine(report)).toEqual([expect.objectContaining({ source: 'retext-passive', fatal: false, actual: 'written' })]);
    // Off in chapters, on in templates.
    expect(found(report, 'retext-readability').every(([file]) => !file.startsWith('content/handbook/'))).toBe(true);
    // Silenced for one line with a reason, like any warning.
    await edit(root, 'templates/reminder-7-days.mdx', '\nThe invoice was written', '\n{/* fair-collections-disable-next-line retext-passive -- the customer approved it, and says so */}\nThe invoice was written');
    // Only the template is read: it alone is checked again (a file's messages do not depend on the other files checked).
    const silenced = await validate({ root, paths: ['templates/reminder-7-days.mdx'], workers: 0 });
    expect(silenced.files.map((f) => path.relative(root!, f.file.path))).toContain('templates/reminder-7-days.mdx');
    const reminder = silenced.files.find((f) => f.file.path.endsWith('reminder-7-days.mdx'))!.file.messages;
    expect(reminder.filter((m) => m.ruleId === 'retext-passive' && m.line === line + 1)).toEqual([]);
  });

  it('a plugin that is not installed is a located error', async () => {
    root = await contentCopy();
    await writeFile(path.join(root, 'fair-collections.yaml'), 'plugins:\n  - retext-passive\n  - retext-nonexistent-plugin\n');
    const report = await validate({ root, workers: 0 });
    const config = report.files.find((f) => f.file.path.endsWith('fair-collections.yaml'))!.file.messages;
    expect(config.map((m) => [m.line, m.reason])).toEqual([
      [2, expect.stringContaining('Retext plugin "retext-passive" is not installed')],
      [3, expect.stringContaining('Retext plugin "retext-nonexistent-plugin" is not installed')],
    ]);
  });
});

/** The config's messages as [line, fatal, reason], and the config when it was accepted. */
async function loaded(dir: string, yaml: string) {
  await writeFile(path.join(dir, 'fair-collections.yaml'), yaml);
  const { config, file } = await loadProjectConfig(dir, loadRules().meta);
  return { config, messages: file!.messages.map((m) => [m.line, m.fatal, m.ruleId, m.reason]) };
}

/** A project with a node_modules of its own: real retext packages linked in, and a package whose default export is an object. */
async function pluginProject(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fair-collections-plugins-'));
  await writeFile(path.join(dir, 'package.json'), '{ "private": true }\n');
  await mkdir(path.join(dir, 'node_modules', 'retext-table'), { recursive: true });
  for (const name of ['retext-passive', 'retext-readability', 'retext-english', 'retext-stringify']) await symlink(path.join(projectRoot, 'node_modules', name), path.join(dir, 'node_modules', name));
  await writeFile(path.join(dir, 'node_modules', 'retext-table', 'package.json'), '{ "name": "retext-table", "type": "module", "exports": "./index.js" }\n');
  await writeFile(path.join(dir, 'node_modules', 'retext-table', 'index.js'), 'export default { rows: [] };\n');
  // Async plugins: a transformer that returns a promise, and one that calls its callback later.
  for (const [name, transformer] of [
    ['retext-later', 'async (tree, file) => { file.message("later"); }'],
    ['retext-callback', '(tree, file, next) => { setTimeout(next, 0); }'],
  ]) {
    await mkdir(path.join(dir, 'node_modules', name!));
    await writeFile(path.join(dir, 'node_modules', name!, 'package.json'), `{ "name": "${name}", "type": "module", "exports": "./index.js" }\n`);
    await writeFile(path.join(dir, 'node_modules', name!, 'index.js'), `export default function plugin() { return ${transformer}; }\n`);
  }
  return dir;
}

describe('fair-collections.yaml mistakes', () => {
  it('refuses a plugin listed twice, and a package that is not a retext plugin that checks text, each at its entry', async () => {
    root = await pluginProject();
    expect(await loaded(root, 'plugins: [retext-passive, retext-readability]\n')).toEqual({ config: expect.objectContaining({ plugins: ['retext-passive', 'retext-readability'] }), messages: [] });
    const refused = await loaded(root, 'plugins:\n  - retext-passive\n  - retext-english\n  - retext-stringify\n  - retext-table\n  - retext-passive\n');
    expect(refused).toEqual({
      config: undefined,
      messages: [
        [3, true, 'config', '"retext-english" is not a retext plugin that checks text: it is a parser (it sets this.parser), and the validator parses the text itself'],
        [4, true, 'config', '"retext-stringify" is not a retext plugin that checks text: it is a compiler (it sets this.compiler)'],
        [5, true, 'config', '"retext-table" is not a retext plugin: its default export is an object, not a plugin function'],
        [6, true, 'config', 'Retext plugin "retext-passive" is already listed (plugins[0]); list it once, or it runs twice and reports everything twice'],
      ],
    });
  });

  it('refuses an async plugin at its entry: the validator runs plugins synchronously, and it would fail every file', async () => {
    root = await pluginProject();
    const refused = await loaded(root, 'plugins:\n  - retext-passive\n  - retext-later\n  - retext-callback\n');
    const reason = (name: string) => `Retext plugin "${name}" is async (its transformer finishes later, with a promise or a callback): async plugins are not supported, as the validator runs plugins synchronously in every worker`;
    expect(refused).toEqual({
      config: undefined,
      messages: [
        [3, true, 'config', reason('retext-later')],
        [4, true, 'config', reason('retext-callback')],
      ],
    });
  });

  it('suggests the closest rule id for an unknown one, a plugin’s included', async () => {
    root = await pluginProject();
    const { config, messages } = await loaded(root, 'plugins: [retext-passive]\nrules:\n  retext-pasive: "off"\n  fair-wording: "off"\n');
    expect(config).toBeUndefined();
    expect(messages).toEqual([
      [3, true, 'config', 'Unknown rule "retext-pasive"; did you mean "retext-passive"? The rules are listed at /rules/'],
      [4, true, 'config', 'Unknown rule "fair-wording"; the rules are listed at /rules/'],
    ]);
  });

  it('reports every problem in one run: a level it does not know beside an unknown rule, a bad plugin name beside a missing plugin, a broken override beside a glob that matches nothing', async () => {
    root = await pluginProject();
    const { config, messages } = await loaded(
      root,
      'rules:\n  equality: loud\n  equalty: "off"\nplugins: [Retext-Passive, retext-nowhere]\noverrides:\n  - files: drafts\n  - files: ["nowhere/**"]\n    rules: { threats: warning }\n',
    );
    expect(config).toBeUndefined();
    // By line, as the report lists them (the schema's problems are found first, then the rest).
    expect(messages.sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [2, true, 'config', '"rules.equality" is "loud", which is not allowed. Allowed values: error, warning, off'],
      [3, true, 'config', 'Unknown rule "equalty"; did you mean "equality"? The rules are listed at /rules/'],
      [4, true, 'config', '"plugins[0]": a retext plugin’s package name, such as retext-passive'],
      [4, true, 'config', 'Retext plugin "retext-nowhere" is not installed in this project; add it with npm install --save-dev retext-nowhere'],
      [6, true, 'config', '"overrides[0].files" is "drafts", which is not a list'],
      [6, true, 'config', '"overrides[0].rules" is required: keys with their values'],
      [7, false, 'config', '"nowhere/**" matches no file: check the path'],
      [8, true, 'config', 'Rule "threats" reports errors, which cannot be turned down to a warning; fix the wording, or the rule data with a test'],
    ]);
  });

  it('warns, at the glob, of an override glob that matches no file, and still applies the config', async () => {
    root = await contentCopy();
    await mkdir(path.join(root, 'drafts'));
    await writeFile(path.join(root, 'drafts', 'welcome.md'), 'Hello.\n');
    const { config, messages } = await loaded(
      root,
      'overrides:\n  - files: ["content/handbook/**", "content/handbok/**"]\n    rules: { equality: "off" }\n  - files: ["drafts/**", "content/handbook"]\n    rules: { equality: error }\n  - files: ["templates/reminder-7-days.mdx/*.md"]\n    rules: { equality: error }\n',
    );
    expect(config).toBeDefined();
    expect(messages).toEqual([
      [2, false, 'config', '"content/handbok/**" matches no file: check the path'],
      [4, false, 'config', '"content/handbook" matches no file: it names a folder: "content/handbook/**" matches the files in it'],
      [6, false, 'config', '"templates/reminder-7-days.mdx/*.md" matches no file: check the path'],
    ]);
  });

  it('warns, at the glob, of an absolute override glob: globs are relative to the project root', async () => {
    root = await contentCopy();
    const { config, messages } = await loaded(root, `overrides:\n  - files: ["/tmp/**", "${root}/content/handbook/**", "content/handbook/**"]\n    rules: { equality: "off" }\n`);
    expect(config).toBeDefined();
    expect(messages).toEqual([
      [2, false, 'config', '"/tmp/**" is absolute, so it matches no file: globs are relative to the project root; such as "content/handbook/**"'],
      [2, false, 'config', `"${root}/content/handbook/**" is absolute, so it matches no file: globs are relative to the project root; write "content/handbook/**"`],
    ]);
  });

  it('points only the project’s own rules at ruleLinks: a plugin’s message keeps its plugin’s link', () => {
    const file = new VFile({ path: '/project/templates/reminder.mdx', value: '' });
    file.message('Inconsiderate', { ruleId: 'equality', source: 'fair-collections' }).url = 'http://localhost:4321/rules/equality/';
    file.message('Passive voice', { ruleId: 'retext-passive', source: 'retext-passive' }).url = 'https://github.com/retextjs/retext-passive#readme';
    applyProjectConfig(file, 'templates/reminder.mdx', projectConfigSchema.parse({ ruleLinks: 'https://handbook.example.com/rules', plugins: ['retext-passive'] }));
    expect(file.messages.map((m) => [m.ruleId, m.url])).toEqual([
      ['equality', 'https://handbook.example.com/rules/equality/'],
      ['retext-passive', 'https://github.com/retextjs/retext-passive#readme'],
    ]);
  });
});
