import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { VFile } from 'vfile';
import { loadCatalog } from '../catalog/load.ts';
import { contentPaths } from '../project.ts';
import { kindByLocation, readTarget } from './files.ts';
import { checkDocument, createSession, type FileResult, type LoadedPlugin, type Session, type SessionOptions } from './session.ts';
import type { DocumentKind, ProjectTemplate } from './types.ts';

/**
 * Loads the catalogue from the project's files and opens a session over it
 * (see `createSession`); `dataFiles` carry the data files' own problems.
 */
export async function openSession(options: SessionOptions, reportNotices = false): Promise<{ session: Session; dataFiles: VFile[] }> {
  const root = path.resolve(options.root);
  const [{ catalog, files: dataFiles }, plugins] = await Promise.all([loadCatalog(root), loadPlugins(root, options.plugins ?? [])]);
  const noticesFile = dataFiles.find((f) => f.path === path.join(root, contentPaths.notices));
  return { session: createSession({ ...options, root }, catalog, noticesFile, reportNotices, plugins), dataFiles };
}

/** Imports retext plugins by name from the project's own node_modules (the config has checked each resolves there and is a plugin that checks text). */
async function loadPlugins(root: string, names: readonly string[]): Promise<LoadedPlugin[]> {
  const resolve = createRequire(path.join(root, 'package.json')).resolve;
  return Promise.all(names.map(async (name) => ({ name, attacher: ((await import(pathToFileURL(resolve(name)).href)) as { default: LoadedPlugin['attacher'] }).default })));
}

/** How much of a file's start is read for its frontmatter's keys. */
const frontmatterScan = 8192;

/**
 * A file outside the project is checked as what its frontmatter says it is; the keys tell, no parse needed. A broken
 * block still says so: one left unclosed, or after a blank line or a byte-order mark, is read to the end of the scan,
 * so the file is checked (and its frontmatter reported broken) as a template, not passed as a draft with its
 * expressions and HTML unchecked.
 */
function looksLike(text: string): 'template' | 'chapter' | undefined {
  const frontmatter = /^\uFEFF?(?:[ \t]*\r?\n)*---[ \t]*\r?\n([\s\S]*?)(?:\r?\n---|$)/.exec(text.slice(0, frontmatterScan))?.[1];
  if (!frontmatter) return undefined;
  if (/^(stage|channel):/m.test(frontmatter)) return 'template';
  if (/^(order|owner):/m.test(frontmatter)) return 'chapter';
  return undefined;
}

/**
 * Reads, classifies and checks files one after another, reading a few files
 * ahead so the disk is never what the checks wait for. Never throws for a file's own problems.
 * `targets` may be lazy (parallel.ts hands out files as threads free up): it is read only as far as the window needs.
 */
export async function* checkTargets(targets: Iterable<string>, session: Session): AsyncGenerator<{ result: FileResult; project?: ProjectTemplate | undefined }> {
  // A bounded window of reads ahead: enough to keep the disk busy, while at most this many files (each up to the size limit) are
  // held. Small, as each file read ahead is taken from a shared queue (parallel.ts) that another thread could have had.
  const readAhead = 8;
  const source = targets[Symbol.iterator]();
  const window: { target: string; read: ReturnType<typeof readTarget> }[] = [];
  const fill = () => {
    while (window.length < readAhead) {
      const next = source.next();
      if (next.done) return;
      window.push({ target: next.value, read: readTarget(next.value, session.root) });
    }
  };
  fill();
  while (window.length > 0) {
    const { target, read } = window.shift()!;
    const file = await read;
    fill();
    yield checkRead(target, file, session);
  }
}

function checkRead(target: string, { file, ok }: { file: VFile; ok: boolean }, session: Session): { result: FileResult; project?: ProjectTemplate | undefined } {
  const located = kindByLocation(target, session.root);
  let kind: DocumentKind = located === 'template' || located === 'chapter' ? located : 'draft';
  if (!ok) return { result: { file, kind, suppressions: [] } };
  if (kind === 'draft' && !session.languageOnly) kind = looksLike(String(file.value)) ?? 'draft';
  const { result, project } = checkDocument(file, kind, session);
  return { result, project };
}
