import { readFile, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import type { Plugin, ViteDevServer } from 'vite';
import { shareLibrary } from '../library/shared.ts';
import { contentPaths } from '../project.ts';
import { validate, type Report } from '../validator/engine.ts';
import { formatReport } from '../validator/report/format.ts';
import { toolVersion } from '../validator/cli.ts';
import { summarize, type ValidationSummary } from './summary.ts';

const virtualId = 'virtual:fair-collections';
const resolvedId = `\0${virtualId}`;

function printReport(report: Report, root: string, logger: AstroIntegrationLogger): void {
  const text = formatReport(report, 'stylish', { cwd: root, color: false, toolVersion });
  if (report.errorCount + report.warningCount > 0) logger.warn(`\n${text}`);
  else logger.info(text.trim());
}

/**
 * Serves the validation result to the site as `virtual:fair-collections`, and
 * in development re-validates whenever content changes: one broken template
 * or chapter does not take the other pages down; each page shows the report
 * in a banner until it is fixed.
 */
function validationPlugin(root: string, initial: Report, logger: AstroIntegrationLogger, dev: boolean): Plugin {
  let report = initial;
  let summary: ValidationSummary = summarize(report, root);
  const watched = [path.join(root, contentPaths.handbook), path.join(root, contentPaths.templates), path.join(root, 'content')];

  const revalidate = async (server: ViteDevServer) => {
    report = await validate({ root, renderLetters: true });
    shareLibrary(report.library);
    summary = summarize(report, root);
    printReport(report, root, logger);
    // Every server-rendered module: the pages import the report through several modules, and content pages may be cached by the content layer.
    server.environments.ssr.moduleGraph.invalidateAll();
    server.environments.client.hot.send({ type: 'full-reload' });
  };

  return {
    name: 'fair-collections:validation',
    resolveId(id) {
      return id === virtualId ? resolvedId : undefined;
    },
    load(id) {
      if (id !== resolvedId) return undefined;
      // In development the pages keep working while content has errors: every page shows them in a banner
      // (layouts/Base.astro reads `validation.files`); a build stops before this module is ever loaded.
      return `export const validation = ${JSON.stringify(summary)};\nexport const development = ${JSON.stringify(dev)};`;
    },
    configureServer(server) {
      server.watcher.add(watched);
      // One run at a time, and one more after it when files changed meanwhile: a slow run must not overwrite a newer one.
      let running: Promise<void> | undefined;
      let again = false;
      const schedule = () => {
        if (running) {
          again = true;
          return;
        }
        running = revalidate(server).finally(() => {
          running = undefined;
          if (again) {
            again = false;
            schedule();
          }
        });
      };
      const onChange = (file: string) => {
        if (watched.some((dir) => file.startsWith(dir)) && /\.(mdx|ya?ml)$/.test(file)) schedule();
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}

/**
 * Closing tags after which Pagefind reads no break between words: it takes a definition list's terms and descriptions, and
 * table cells, as inline, so "<dt>Stage</dt><dd>Dispute</dd>" was indexed and quoted as "StageDispute"
 * (Pagefind/pagefind#736). A space after each, in what the index reads only, keeps the words apart.
 */
const runTogether = /<\/(?:dt|dd|td|th|caption|figcaption|summary|legend)>/gi;

/** The address Pagefind gives a built page: `templates/x/index.html` → `/templates/x/`, `404.html` → `/404.html`. */
const pageUrl = (relative: string) => `/${relative.split(path.sep).join('/').replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * Indexes the built pages with Pagefind, so search works on any static host
 * with no server. Only page bodies marked data-pagefind-body are indexed.
 */
async function buildSearchIndex(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new AstroError(`Pagefind could not start: ${errors.join('; ')}`);
  const pages = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${path.sep}`)).sort();
  for (const page of pages) {
    const content = (await readFile(path.join(outDir, page), 'utf8')).replace(runTogether, '$& ');
    const added = await index.addHTMLFile({ url: pageUrl(page), content });
    if (added.errors.length > 0) throw new AstroError(`Pagefind could not index ${page}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new AstroError(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  logger.info(`Search index: ${pages.length} pages`);
}

/** Where a build is written before it replaces the output folder: beside it, so the swap is a rename on one disk. */
function stagingFor(outDir: string): string {
  return path.join(path.dirname(outDir), `.${path.basename(outDir)}.staging`);
}

/**
 * Puts a finished build in place of the published folder. Until this runs a
 * failed build (a page error, the search index) leaves the last good site
 * untouched, never a half-written one.
 */
async function publish(staging: string, outDir: string): Promise<void> {
  const previous = `${staging}.previous`;
  await rm(previous, { recursive: true, force: true });
  await rename(outDir, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(staging, outDir);
  await rm(previous, { recursive: true, force: true });
}

/**
 * Wires the validator into Astro: `astro build` fails with the full report
 * before anything is compiled when any error exists, and builds into a
 * staging folder that replaces the output folder only when the whole site,
 * search index included, is built; `astro dev` reports in
 * the terminal and the browser overlay as content is edited.
 */
export default function fairCollections(): AstroIntegration {
  // Set for `astro build`: the folder the site is published to, built in a staging folder first.
  let published: string | undefined;
  return {
    name: 'fair-collections',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        // One parse per file: the validator also renders the templates, and the pages use that.
        const report = await validate({ root, renderLetters: true });
        shareLibrary(report.library);
        printReport(report, root, logger);
        if (command === 'build' && (report.errorCount > 0 || report.internalErrors > 0)) {
          // The report is printed above, once; the error says only that the build stopped, with no stack trace of ours.
          const stop = new AstroError(
            `The validator found ${report.errorCount} error(s), listed above; nothing was built.`,
            'Fix each problem at the file, line and column shown, or run `npm run lint` to check again. Rule pages explain every rule.',
          );
          stop.stack = '';
          throw stop;
        }
        if (command === 'build') {
          published = fileURLToPath(config.outDir);
          const staging = stagingFor(published);
          await rm(staging, { recursive: true, force: true });
          updateConfig({ outDir: pathToFileURL(`${staging}${path.sep}`) });
        }
        updateConfig({ vite: { plugins: [validationPlugin(root, report, logger, command === 'dev')] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const built = fileURLToPath(dir);
        await buildSearchIndex(built, logger);
        // Astro's own scratch folder for prerendering is not part of the site.
        await rm(path.join(built, '.prerender'), { recursive: true, force: true });
        if (published) await publish(built, published);
      },
    },
  };
}
