// The language server's checking thread: the validator's sessions live here, so a long check never
// holds up typing, completions or a newer text, and a check that fails cannot take the server down.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { VFile } from 'vfile';
import { applyProjectConfig, configFileName, loadProjectConfig, type ProjectConfig } from '../config/project-config.ts';
import { contentPaths } from '../project.ts';
import { loadRules } from '../validator/rules/index.ts';
import { checkText } from '../validator/check-text.ts';
import { completeMessages, reportMessage } from '../validator/report-message.ts';
import { chapterFilesMeta, checkChapterFiles } from '../validator/rules/chapters.ts';
import { openSession } from '../validator/run.ts';
import { toPlain } from '../validator/serialize.ts';
import { projectKeys, type Session } from '../validator/session.ts';
import { readContent } from '../source/read.ts';
import { frontmatterPlace, readFrontmatter } from '../document/frontmatter.ts';
import { parseDocument, syntaxFor } from '../document/parse.ts';
import { templateSchemaFor } from '../library/template.ts';
import type { ProjectTemplate } from '../validator/types.ts';
import type { FieldInfo, ProjectData, WorkerAnswer, WorkerRequest } from './protocol.ts';

interface Project {
  stamp: string;
  /** Templates and chapters: every check, as `npm run lint <file>`. */
  full: Session;
  /** Drafts: wording only, as `npm run lint -- --language-only <file>`. */
  drafts: Session;
  dataFiles: VFile[];
  /** fair-collections.yaml, when present and valid: applied to every result, as `npm run lint` applies it. */
  config?: ProjectConfig | undefined;
  /** The templates on disk as the checks across templates see them, by path, with the hash of the bytes they were read from. */
  templates: Map<string, { hash: string | undefined; project: ProjectTemplate | undefined }>;
}

const projects = new Map<string, Promise<Project>>();

/** Changes whenever a data file or the config is written, replaced, created or removed. */
function dataStamp(root: string): string {
  return [...(['ladder', 'fields', 'notices', 'review'] as const).map((kind) => contentPaths[kind]), configFileName]
    .map((file) => {
      const info = statSync(path.join(root, file), { throwIfNoEntry: false, bigint: true });
      return info ? `${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}` : '-';
    })
    .join('|');
}

/** The project's sessions, loaded again when its content data changed on disk. */
async function project(root: string): Promise<Project> {
  const stamp = dataStamp(root);
  const known = await projects.get(root);
  if (known?.stamp === stamp) return known;
  const loading = (async () => {
    const { config, file: configFile } = await loadProjectConfig(root, loadRules().meta);
    // The notices' own wording problems go on content/notices.yaml, as `npm run lint` reports them.
    const { session: full, dataFiles } = await openSession({ root, plugins: config?.plugins }, true);
    // The session `npm run lint -- --language-only` opens: the same catalogue, plugins and their rule metadata (a suppression naming a plugin's rule is known), wording only.
    const drafts: Session = { ...full, languageOnly: true };
    return { stamp, full, drafts, dataFiles: configFile ? [...dataFiles, configFile] : dataFiles, config, templates: new Map() };
  })();
  projects.set(root, loading);
  // A load that failed is tried afresh by the next request.
  loading.catch(() => projects.get(root) === loading && projects.delete(root));
  return loading;
}

function handbookListing(root: string): string[] {
  try {
    return readdirSync(path.join(root, contentPaths.handbook), { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
}

/**
 * A template as the checks across templates see it (what `checkDocument`
 * gives as `project`: its frontmatter, when all of it is valid, and where
 * the keys they point at are), read without the wording checks, which those
 * checks do not need.
 */
function asProjectTemplate(file: VFile, session: Session): ProjectTemplate | undefined {
  const tree = session.catalog && parseDocument(file, syntaxFor(file.path));
  if (!tree || !session.catalog) return undefined;
  const schema = templateSchemaFor(session.catalog);
  const template = readFrontmatter(file, tree, { schema, keys: Object.keys(schema.shape), ruleId: 'frontmatter' });
  return template && { file, template, places: Object.fromEntries(projectKeys.map((key) => [key, frontmatterPlace(file, tree, [key])])) };
}

/**
 * Every template on disk but `except`, as the checks across templates (ids,
 * the schedule) see them in a run over the whole project; a file is checked
 * again only when its bytes change.
 */
async function otherTemplates(root: string, loaded: Project, except?: string): Promise<ProjectTemplate[]> {
  const folder = path.join(root, contentPaths.templates);
  let entries: string[];
  try {
    entries = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((entry) => entry.endsWith('.mdx'));
  } catch {
    entries = [];
  }
  const paths = entries.map((entry) => path.join(folder, entry));
  for (const known of loaded.templates.keys()) if (!paths.includes(known)) loaded.templates.delete(known);
  const found: ProjectTemplate[] = [];
  for (const file of paths) {
    if (file === except) continue;
    const read = await readContent(file, root);
    const hash = read.file.data.contentHash;
    let known = loaded.templates.get(file);
    if (!known || known.hash !== hash || hash === undefined) {
      known = { hash, project: read.ok ? asProjectTemplate(read.file, loaded.full) : undefined };
      loaded.templates.set(file, known);
    }
    if (known.project) found.push(known.project);
  }
  return found;
}

async function projectData(root: string): Promise<ProjectData> {
  const loaded = await project(root);
  const { stamp, full, dataFiles } = loaded;
  // Read now, so the first template checked does not wait for the others.
  await otherTemplates(root, loaded);
  // Copies: the ladder's chapter references are added on each request, as the handbook folder may have changed.
  const files = dataFiles.map((file) => {
    const copy = new VFile({ path: file.path, value: file.value });
    copy.messages = [...file.messages];
    return copy;
  });
  const ladder = files.find((file) => file.path === path.join(root, contentPaths.ladder));
  checkChapterFiles(root, handbookListing(root), [], full.catalog, ladder, (file, spec) => reportMessage(file, chapterFilesMeta, spec));
  for (const file of files) completeMessages(file, full.metaById);
  const fields: FieldInfo[] = (full.catalog?.fields ?? []).map(({ name, label, format, description, example }) => ({ name, label, format, description, example }));
  const isProject = stamp.split('|').some((part) => part !== '-');
  return { stamp, dataFiles: files.map((file) => toPlain({ file, kind: 'data', suppressions: [] })), fields, isProject, stages: (full.catalog?.ladder.stages ?? []).map((stage) => stage.id) };
}

async function answer(request: WorkerRequest): Promise<WorkerAnswer> {
  if (request.type === 'project') return { id: request.id, type: 'project', data: await projectData(request.root) };
  const loaded = await project(request.root);
  let session = request.kind === 'draft' ? loaded.drafts : loaded.full;
  if (request.kind === 'draft' && request.stage) {
    const stage = session.catalog?.ladder.stages.find((s) => s.id === request.stage);
    if (stage) session = { ...session, stage };
  }
  const file = new VFile({ path: request.path, value: request.text });
  // The text is read from its UTF-8 bytes, as the command line reads the saved file (size, binary, empty).
  const bytes = new TextEncoder().encode(request.text);
  const result = checkText(file, request.kind, session, {
    bytes,
    otherTemplates: request.kind === 'template' ? await otherTemplates(request.root, loaded, request.path) : undefined,
    handbookListing: request.kind === 'chapter' ? handbookListing(request.root) : undefined,
  });
  if (loaded.config) applyProjectConfig(result.file, path.relative(request.root, request.path).split(path.sep).join('/'), loaded.config);
  return { id: request.id, type: 'check', stamp: loaded.stamp, result: toPlain(result) };
}

// One request at a time, in order: a check never sees a project half loaded by another.
let queue: Promise<unknown> = Promise.resolve();
parentPort!.on('message', (request: WorkerRequest) => {
  queue = queue.then(() =>
    answer(request).then(
      (reply) => parentPort!.postMessage(reply),
      (error: unknown) => parentPort!.postMessage({ id: request.id, type: 'error', error: error instanceof Error ? error.message : String(error) } satisfies WorkerAnswer),
    ),
  );
});
