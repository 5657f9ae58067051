// @ts-check
// Imported first by the command line's entry points (scripts/lint.js, scripts/bench/run-validator.js), which load the
// validator through `importBundled` after it. Three start-up savings, the last two kept between runs:
// - these entry points are plain JavaScript: a TypeScript entry makes Node load its type stripper before the compile
//   cache is on (measured here: a one-line .ts file takes 0.29-0.34 s to run, the same line as .mjs 0.12-0.14 s;
//   `fair-collections-lint --version` 0.62-0.74 s, 0.68-0.88 s when these two files were TypeScript);
// - V8's compile cache (node:module), in the OS temp folder; worker threads and child processes find it through the
//   environment;
// - one bundle of the validator's modules, built with esbuild into node_modules/.cache and rebuilt whenever any file it
//   was built from changes. Loading the ~600 modules one by one (resolving each, stripping the types of each .ts) took
//   about half a second of every run's CPU, a third of its start-up.
// Where the bundle cannot be built (no esbuild, a read-only folder) the source is imported as it is: same behaviour.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cache = enableCompileCache();
if (cache.directory) process.env['NODE_COMPILE_CACHE'] ??= cache.directory;

const projectRoot = fileURLToPath(new URL('../', import.meta.url));
const cacheDir = path.join(projectRoot, 'node_modules', '.cache', 'fair-collections', 'bundle');
/** @param {string} entry */
const outputName = (entry) => entry.replace(/^src\//, '').replace(/\.ts$/, '.js');

/**
 * The modules bundled, by their path in the project. The validation worker is an entry of its own: a bundled
 * `new Worker(new URL('./worker.ts', import.meta.url))` starts the worker's bundle, not its source.
 */
export const bundledEntries = /** @type {const} */ (['src/validator/cli.ts', 'src/validator/engine.ts', 'src/validator/worker.ts']);
/** @typedef {(typeof bundledEntries)[number]} BundledEntry */

/**
 * What a bundle was built from: the project folder (its modules' paths are written into it, so a moved or copied
 * project builds its own) and each input file's size and modification time as they were when esbuild read it, so a
 * change to any of them, even one saved during the build, is seen.
 */
/**
 * @typedef {object} Manifest
 * @property {string} build The build's folder under `cacheDir`.
 * @property {string} root
 * @property {Record<string, [size: number, mtimeMs: number]>} inputs
 */

/** @param {string} file @returns {[number, number]} */
const stamp = (file) => {
  const stats = statSync(file);
  return [stats.size, stats.mtimeMs];
};

/** Whether `manifest` is one this project's current files built, with its entries still in place. */
/** @param {Manifest} manifest */
function fresh(manifest) {
  try {
    if (manifest.root !== projectRoot || !/^[a-z0-9]+-\d+$/.test(manifest.build)) return false;
    for (const entry of bundledEntries) statSync(path.join(cacheDir, manifest.build, outputName(entry)));
    for (const [file, [size, mtimeMs]] of Object.entries(manifest.inputs)) {
      const [nowSize, nowMtime] = stamp(path.join(projectRoot, file));
      if (nowSize !== size || nowMtime !== mtimeMs) return false;
    }
    return Object.keys(manifest.inputs).length > 0;
  } catch {
    return false;
  }
}

/** @returns {Manifest | undefined} */
function readManifest() {
  try {
    return JSON.parse(readFileSync(path.join(cacheDir, 'manifest.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Builds the bundle into a new folder and points the manifest at it (the rename is atomic, so a run that starts
 * meanwhile reads the old manifest or the new, never half of one). Earlier builds go once three newer ones exist and
 * they are an hour old: a run still loading from one (a lazily imported report format, a worker) is long finished.
 */
async function build() {
  const { build: esbuild } = await import('esbuild');
  // Only here, where esbuild runs anyway, is a TypeScript module loaded.
  const { pruneCacheFolder } = await import('../src/platform/cache-folder.ts');
  const id = `${Date.now().toString(36)}-${process.pid}`;
  const outdir = path.join(cacheDir, id);
  const entries = new Set(bundledEntries.map((entry) => path.join(projectRoot, entry)));
  // Each file's stamp is taken before esbuild reads it: a file saved meanwhile differs from its stamp next time.
  /** @type {Map<string, [number, number]>} */
  const stamps = new Map();
  /** @type {Record<string, 'ts' | 'js' | 'json'>} */
  const loaders = { '.ts': 'ts', '.mts': 'ts', '.cts': 'ts', '.js': 'js', '.mjs': 'js', '.cjs': 'js', '.json': 'json' };
  const result = await esbuild({
    absWorkingDir: projectRoot,
    entryPoints: [...bundledEntries],
    outbase: 'src',
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    // The English model is 3 MB of JSON, which Node's require parses faster than the same object written as code;
    // it resolves from the bundle's folder, inside node_modules.
    external: ['wink-eng-lite-web-model'],
    metafile: true,
    logLevel: 'silent',
    // CommonJS dependencies call require; give the bundle one.
    banner: { js: "import { createRequire as __fairCollectionsRequire } from 'node:module'; const require = __fairCollectionsRequire(import.meta.url);" },
    plugins: [
      {
        name: 'module-urls',
        setup(build) {
          // Each module keeps finding files beside its source (rule data, models); a worker entry is started from its bundle.
          build.onLoad({ filter: /\.([cm]?[jt]s|json)$/ }, (args) => {
            stamps.set(args.path, stamp(args.path));
            const text = readFileSync(args.path, 'utf8');
            // The filter above admits only the extensions listed.
            const loader = /** @type {'ts' | 'js' | 'json'} */ (loaders[path.extname(args.path)]);
            if (!text.includes('import.meta.url')) return { contents: text, loader, resolveDir: path.dirname(args.path) };
            const here = pathToFileURL(args.path).href;
            const contents = text
              .replace(/new URL\((['"])(\.[^'"]+)\1,\s*import\.meta\.url\)/g, (call, _quote, relative) => {
                const target = fileURLToPath(new URL(relative, here));
                return entries.has(target) ? `new URL(${JSON.stringify(pathToFileURL(path.join(outdir, outputName(path.relative(projectRoot, target)))).href)})` : call;
              })
              .replaceAll('import.meta.url', JSON.stringify(here));
            return { contents, loader, resolveDir: path.dirname(args.path) };
          });
        },
      },
    ],
  });
  /** @type {Manifest['inputs']} */
  const inputs = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    const file = path.join(projectRoot, input);
    inputs[input] = stamps.get(file) ?? stamp(file);
  }
  /** @type {Manifest} */
  const manifest = { build: id, root: projectRoot, inputs };
  const temporary = path.join(cacheDir, `manifest.${id}.json`);
  writeFileSync(temporary, JSON.stringify(manifest));
  renameSync(temporary, path.join(cacheDir, 'manifest.json'));
  pruneCacheFolder(cacheDir, 3, (entry) => !entry.endsWith('.json'));
  return manifest;
}

/** @type {Promise<Manifest | undefined> | undefined} */
let ready;

/**
 * The current bundle, built first when it is missing or any of its inputs changed; undefined when it cannot be
 * built, and the caller imports the source. `FAIR_COLLECTIONS_BUNDLE=0` turns the bundle off.
 */
export function prepareBundle() {
  ready ??= (async () => {
    if (process.env['FAIR_COLLECTIONS_BUNDLE'] === '0') return undefined;
    const current = readManifest();
    if (current && fresh(current)) return current;
    try {
      mkdirSync(cacheDir, { recursive: true });
      return await build();
    } catch {
      return undefined;
    }
  })();
  return ready;
}

/**
 * Imports one of `bundledEntries`: from the bundle when there is one, from its source otherwise, and from the source
 * too when the bundle does not load (a file of it deleted meanwhile: a module that fails to link has run nothing).
 * The bundle's build names the code that runs, for caches of what that code compiles (platform's compiledCache).
 * @param {BundledEntry} entry
 * @returns {Promise<unknown>} the module; the caller names its type
 */
export async function importBundled(entry) {
  const manifest = await prepareBundle();
  delete process.env['FAIR_COLLECTIONS_CODE'];
  if (manifest) {
    try {
      process.env['FAIR_COLLECTIONS_CODE'] = `bundle ${manifest.build}`;
      return await import(pathToFileURL(path.join(cacheDir, manifest.build, outputName(entry))).href);
    } catch {
      delete process.env['FAIR_COLLECTIONS_CODE'];
    }
  }
  return await import(pathToFileURL(path.join(projectRoot, entry)).href);
}
