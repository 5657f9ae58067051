import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import type { Root as NlcstRoot } from 'nlcst';
import { unified, type Transformer } from 'unified';
import { VFile } from 'vfile';
import { z } from 'zod';
import { parseDataFile } from '../catalog/build.ts';
import { contentPaths } from '../project.ts';
import { closest } from '../source/suggest.ts';
import { problemAt, reportProblems, type ParsedYaml, type Problem } from '../source/yaml.ts';
import { readContent } from '../source/read.ts';
import { defaultTargets } from '../validator/files.ts';
import type { RuleMeta } from '../validator/types.ts';

/** The project's config file, at the root; optional. */
export const configFileName = 'fair-collections.yaml';

const level = z.enum(['error', 'warning', 'off']).describe('error, warning, or off');
const ruleLevels = z.record(z.string(), level);

/**
 * fair-collections.yaml: severity per rule, for the whole project and per
 * path glob, and where rule links point. Later overrides win over earlier
 * ones and over `rules`.
 */
export const projectConfigSchema = z.strictObject({
  /** Rule id → error, warning or off, everywhere. */
  rules: ruleLevels.default({}),
  /** The same, for files matching any of `files` (globs relative to the root, e.g. content/handbook/**). */
  overrides: z.array(z.strictObject({ files: z.array(z.string().min(1)).min(1), rules: ruleLevels })).default([]),
  /** Where each rule's page lives: a message's link is this base plus `<rule id>/` (default: the site's own /rules/). */
  ruleLinks: z.url({ protocol: /^https?$/ }).optional(),
  /** Retext plugins to run on every document's text, by package name (installed in the project); their messages are warnings with the plugin's name as rule id. */
  plugins: z.array(z.string().regex(/^retext-[a-z0-9-]+$/, 'a retext plugin’s package name, such as retext-passive')).default([]),
});

export type ProjectConfig = z.infer<typeof projectConfigSchema>;
type Level = z.infer<typeof level>;

export interface LoadedConfig {
  /** Undefined when there is no config file, or when it is broken (its file then carries the errors). */
  config?: ProjectConfig | undefined;
  /** The config file with its problems, when there is one. */
  file?: VFile | undefined;
}

/**
 * Reads and checks fair-collections.yaml under `root`, against the rules'
 * metadata: an unknown rule id (with the closest known one), a rule that
 * reports errors (harm, or a letter that cannot be sent) turned down or off,
 * or a plugin that is not installed, is listed twice, is not a retext
 * plugin or is async, is a located error and the whole config is refused; warnings may be
 * turned off or raised to errors. An override glob that matches no file (or
 * is absolute) is a located warning. Never throws for the file's own faults.
 */
export async function loadProjectConfig(root: string, rules: readonly RuleMeta[]): Promise<LoadedConfig> {
  const filePath = path.join(root, configFileName);
  if (!existsSync(filePath)) return {};
  const { file, data, parsed } = parseDataFile(await readContent(filePath, root), projectConfigSchema, 'config');
  // A config that breaks the schema is still checked for what can be read from it (rule ids, plugins, globs): one run shows
  // every problem, not one round per fix.
  const parts = data ?? (parsed && readableParts(parsed));
  if (!parts || !parsed) return { file };
  const byId = new Map([...rules.map((rule) => [rule.id, rule] as const), ...parts.plugins.flatMap((name) => (name ? [[name, { id: name, severity: 'warning' } as RuleMeta] as const] : []))]);
  const levels = [
    ...Object.entries(parts.rules).map(([id, to]) => [['rules', id], id, to] as const),
    ...parts.overrides.flatMap((override, i) => (override ? Object.entries(override.rules).map(([id, to]) => [['overrides', i, 'rules', id], id, to] as const) : [])),
  ];
  const problems = [
    ...(await pluginProblems(root, parts.plugins, parsed)),
    ...levels.flatMap(([at, id, to]) => {
      const rule = byId.get(id);
      if (!rule) {
        const suggestion = closest(id, byId.keys());
        return [
          problemAt(parsed, at, {
            message: `Unknown rule "${id}"; ${suggestion ? `did you mean "${suggestion}"? The` : 'the'} rules are listed at /rules/`,
            expected: suggestion ? [suggestion] : [...byId.keys()],
          }),
        ];
      }
      if (rule.severity === 'error' && (to === 'off' || to === 'warning')) {
        return [problemAt(parsed, at, { message: `Rule "${id}" reports errors, which cannot be turned ${to === 'off' ? 'off' : 'down to a warning'}; fix the wording, or the rule data with a test` })];
      }
      return [];
    }),
  ];
  reportProblems(file, problems, { offset: 0 }, 'config');
  // A glob that matches nothing changes nothing, so it is a warning: the rest of the config still holds.
  const firstWarning = file.messages.length;
  reportProblems(file, await unmatchedGlobs(root, parts.overrides, parsed), { offset: 0 }, 'config');
  for (const message of file.messages.slice(firstWarning)) message.fatal = false;
  return problems.length > 0 || !data ? { file } : { config: data, file };
}

/** What the checks beyond the schema read: rule ids with their levels as written, override globs, plugin names. */
interface ConfigParts {
  rules: Readonly<Record<string, unknown>>;
  /** By index in the file; an override too broken to read is a hole, so the others keep their place for messages. */
  overrides: readonly ({ files: readonly string[]; rules: Readonly<Record<string, unknown>> } | undefined)[];
  /** By index, with a hole for a name of the wrong form. */
  plugins: readonly (string | undefined)[];
}

/**
 * The parts of a config that broke the schema that can still be checked,
 * each read on its own: the rule ids under `rules` and each override's
 * (whatever their level), each override's globs, and the plugin names of
 * the right form. Undefined for YAML that does not parse or is no mapping.
 */
function readableParts(parsed: ParsedYaml): ConfigParts | undefined {
  if (parsed.problems.length > 0 || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) return undefined;
  const raw = parsed.value as Record<string, unknown>;
  const ids = z.record(z.string(), z.unknown());
  const override = z.object({ files: projectConfigSchema.shape.overrides.unwrap().element.shape.files, rules: ids });
  const plugins = projectConfigSchema.shape.plugins.unwrap().element;
  return {
    rules: ids.safeParse(raw.rules).data ?? {},
    overrides: (Array.isArray(raw.overrides) ? raw.overrides : []).map((item) => override.safeParse(item).data),
    plugins: (Array.isArray(raw.plugins) ? raw.plugins : []).map((name) => plugins.safeParse(name).data),
  };
}

/**
 * Each configured plugin that cannot run as one: not installed, listed again
 * (it would run twice and report everything twice), or not a retext plugin —
 * its default export not a function, or a parser or compiler (retext-english,
 * retext-stringify), or adding no transformer, so checking nothing — or async.
 * The attacher is run here on a processor of its own, as the session will.
 */
async function pluginProblems(root: string, names: ConfigParts['plugins'], parsed: ParsedYaml): Promise<Problem[]> {
  const resolve = createRequire(path.join(root, 'package.json')).resolve;
  const problems = await Promise.all(
    names.map(async (name, i): Promise<string | undefined> => {
      if (name === undefined) return undefined;
      const first = names.indexOf(name);
      if (first < i) return `Retext plugin "${name}" is already listed (plugins[${first}]); list it once, or it runs twice and reports everything twice`;
      let resolved: string;
      try {
        resolved = resolve(name);
      } catch {
        return `Retext plugin "${name}" is not installed in this project; add it with npm install --save-dev ${name}`;
      }
      let attacher: unknown;
      try {
        attacher = ((await import(pathToFileURL(resolved).href)) as { default?: unknown }).default;
      } catch (error) {
        return `Retext plugin "${name}" does not load: ${(error as Error).message}`;
      }
      if (typeof attacher !== 'function') return `"${name}" is not a retext plugin: its default export is ${attacher === undefined ? 'missing' : describe(attacher)}, not a plugin function`;
      const processor = unified();
      let transformer: unknown;
      try {
        transformer = (attacher as (this: typeof processor) => unknown).call(processor);
      } catch (error) {
        return `"${name}" cannot run as a retext plugin without options: ${(error as Error).message}`;
      }
      if (processor.parser) return `"${name}" is not a retext plugin that checks text: it is a parser (it sets this.parser), and the validator parses the text itself`;
      if (processor.compiler) return `"${name}" is not a retext plugin that checks text: it is a compiler (it sets this.compiler)`;
      if (typeof transformer !== 'function') return `"${name}" is not a retext plugin that checks text: it adds no transformer`;
      // Each worker runs plugins with runSync, which fails every file for a transformer that finishes later (a promise, or a callback called later): run it once on an empty text, as runSync would, and see whether it finished.
      let finished = false;
      unified()
        .use(() => transformer as Transformer<NlcstRoot>)
        .run({ type: 'RootNode', children: [] }, new VFile(), () => {
          finished = true;
        });
      if (!finished) return `Retext plugin "${name}" is async (its transformer finishes later, with a promise or a callback): async plugins are not supported, as the validator runs plugins synchronously in every worker`;
      return undefined;
    }),
  );
  return problems.flatMap((message, i) => (message ? [problemAt(parsed, ['plugins', i], { message })] : []));
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Override globs that match no file, absolute ones included, each a problem at the glob. They are
 * matched once against the files a run over the whole project checks (its
 * templates, chapters and data files); only a glob that matches none of those
 * is looked for on disk, where it may name drafts checked by path.
 */
async function unmatchedGlobs(root: string, overrides: ConfigParts['overrides'], parsed: ParsedYaml): Promise<Problem[]> {
  if (overrides.length === 0) return [];
  const data = [contentPaths.ladder, contentPaths.fields, contentPaths.notices, contentPaths.review].filter((file) => existsSync(path.join(root, file)));
  const checked = [...(await defaultTargets(root)).map((file) => path.relative(root, file).split(path.sep).join('/')), ...data];
  const problems: Problem[] = [];
  for (const [i, override] of overrides.entries()) {
    for (const [j, files] of (override?.files ?? []).entries()) {
      // Files are matched by their path from the root, which an absolute glob never matches (though on disk it may find files).
      if (path.posix.isAbsolute(files) || path.win32.isAbsolute(files)) {
        const inside = files.startsWith(`${root.split(path.sep).join('/')}/`) && files.slice(root.length + 1);
        const hint = inside ? `write "${inside}"` : `such as "${contentPaths.handbook}/**"`;
        problems.push(problemAt(parsed, ['overrides', i, 'files', j], { message: `"${files}" is absolute, so it matches no file: globs are relative to the project root; ${hint}` }));
        continue;
      }
      const matches = picomatch(files, { dot: true });
      if (checked.some((file) => matches(file))) continue;
      if ((await glob(files, { cwd: root, dot: true, expandDirectories: false, ignore: ['**/node_modules/**', '**/.git/**'] })).length > 0) continue;
      // existsSync first: it never throws, where a stat of "a.mdx/**" would (not a folder).
      const folder = existsSync(path.join(root, files)) && statSync(path.join(root, files)).isDirectory();
      const hint = folder ? `it names a folder: "${files.replace(/\/+$/, '')}/**" matches the files in it` : 'check the path';
      problems.push(problemAt(parsed, ['overrides', i, 'files', j], { message: `"${files}" matches no file: ${hint}` }));
    }
  }
  return problems;
}

/** One file's messages as the config asks: warnings turned off or raised to errors (errors never lowered), the project's own rules' links pointed at `ruleLinks`. */
export function applyProjectConfig(file: VFile, relativePath: string, config: ProjectConfig): void {
  const levels = new Map<string, Level>(Object.entries(config.rules));
  for (const override of config.overrides) {
    if (picomatch.isMatch(relativePath, override.files, { dot: true })) for (const [id, to] of Object.entries(override.rules)) levels.set(id, to);
  }
  if (levels.size > 0) {
    // Only warnings are turned off or raised: an error stays an error, even from a rule that mostly warns (review-due on a future date).
    file.messages = file.messages.filter((message) => message.fatal || levels.get(String(message.ruleId)) !== 'off');
    for (const message of file.messages) if (levels.get(String(message.ruleId)) === 'error') message.fatal = true;
  }
  if (config.ruleLinks) {
    const base = config.ruleLinks.endsWith('/') ? config.ruleLinks : `${config.ruleLinks}/`;
    // A plugin's message keeps its plugin's link: the handbook has no page for it.
    for (const message of file.messages) if (message.ruleId && message.url && !config.plugins.includes(message.ruleId)) message.url = `${base}${message.ruleId}/`;
  }
}
