import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import picomatch from 'picomatch';
import type { VFile } from 'vfile';
import { z } from 'zod';
import { parseDataFile } from '../catalog/build.ts';
import { problemAt, reportProblems } from '../source/yaml.ts';
import { readContent } from '../source/read.ts';
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
 * metadata: an unknown rule id, or a rule that reports errors (harm, or a
 * letter that cannot be sent) turned down or off, is a located error and the
 * whole config is refused; warnings may be turned off or raised to errors.
 * Never throws for the file's own faults.
 */
export async function loadProjectConfig(root: string, rules: readonly RuleMeta[]): Promise<LoadedConfig> {
  const filePath = path.join(root, configFileName);
  if (!existsSync(filePath)) return {};
  const { file, data, parsed } = parseDataFile(await readContent(filePath, root), projectConfigSchema);
  if (!data || !parsed) return { file };
  const resolve = createRequire(path.join(root, 'package.json')).resolve;
  const plugins = data.plugins.flatMap((name, i) => {
    try {
      resolve(name);
      return [];
    } catch {
      return [problemAt(parsed, ['plugins', i], { message: `Retext plugin "${name}" is not installed in this project; add it with npm install --save-dev ${name}` })];
    }
  });
  const byId = new Map([...rules.map((rule) => [rule.id, rule] as const), ...data.plugins.map((name) => [name, { id: name, severity: 'warning' } as RuleMeta] as const)]);
  const levels = [
    ...Object.entries(data.rules).map(([id, to]) => [['rules', id], id, to] as const),
    ...data.overrides.flatMap((override, i) => Object.entries(override.rules).map(([id, to]) => [['overrides', i, 'rules', id], id, to] as const)),
  ];
  const problems = [
    ...plugins,
    ...levels.flatMap(([at, id, to]) => {
      const rule = byId.get(id);
      if (!rule) return [problemAt(parsed, at, { message: `Unknown rule "${id}"; the rules are listed at /rules/`, expected: [...byId.keys()] })];
      if (rule.severity === 'error' && to !== 'error') {
        return [problemAt(parsed, at, { message: `Rule "${id}" reports errors, which cannot be turned ${to === 'off' ? 'off' : 'down to a warning'}; fix the wording, or the rule data with a test` })];
      }
      return [];
    }),
  ];
  reportProblems(file, problems, { offset: 0 }, 'config');
  return problems.length > 0 ? { file } : { config: data, file };
}

/** One file's messages as the config asks: warnings turned off or raised to errors (errors never lowered), links pointed at `ruleLinks`. */
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
    for (const message of file.messages) if (message.ruleId && message.url) message.url = `${base}${message.ruleId}/`;
  }
}
