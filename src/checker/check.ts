import { VFile } from 'vfile';
import { catalogFromFiles, type DataFileRead } from '../catalog/build.ts';
import { contentPaths } from '../project.ts';
import { checkText as checkOne } from '../validator/check-text.ts';
import { toPlain, type PlainResult } from '../validator/serialize.ts';
import { createSession, type Session } from '../validator/session.ts';

/**
 * The validator in the browser: the same session and document checks as
 * `npm run lint`, over the catalogue and rules bundled at build time.
 * Nothing here reads a file or makes a request.
 */

/** What a writer asks to check. */
export interface CheckRequest {
  text: string;
  /** An opened file's bytes, as read: checked as `npm run lint` reads a file (size, empty, binary, UTF-8, byte-order mark), then its text. */
  bytes?: Uint8Array | undefined;
  /** `draft`: wording only, as `npm run lint -- --language-only`; `template`: everything a template file is checked for. */
  kind: 'draft' | 'template';
  /** For a draft: the stage it will be sent at, as `--stage` (gates the escalation wording). */
  stage?: string | undefined;
  /** The file's name (a dropped file's, or `draft.md`): its extension chooses Markdown or MDX, as on the command line. */
  name?: string | undefined;
}

// The site's own data files, bundled as text: what the build validated is what the page checks against.
const data = import.meta.glob<string>('../../content/*.yaml', { query: '?raw', import: 'default', eager: true });

function dataFile(kind: 'ladder' | 'fields' | 'notices' | 'review'): DataFileRead {
  const text = data[`../../${contentPaths[kind]}`];
  if (text === undefined) throw new Error(`${contentPaths[kind]} was not bundled`);
  return { file: new VFile({ path: `/${contentPaths[kind]}`, value: text }), ok: true };
}

const root = '/';
const read = { ladder: dataFile('ladder'), fields: dataFile('fields'), notices: dataFile('notices'), review: dataFile('review') };
const { catalog } = catalogFromFiles(read);
if (!catalog) throw new Error('The bundled content data does not validate; the build should have stopped');

/** The stages a draft may be checked for, in ladder order. */
export const stages = catalog.ladder.stages.map((stage) => ({ id: stage.id, name: stage.name }));

const sessions = new Map<boolean, Session>();
function sessionFor(languageOnly: boolean, stage: string | undefined): Session {
  let session = sessions.get(languageOnly);
  if (!session) {
    session = createSession({ root, languageOnly }, catalog, read.notices.file);
    sessions.set(languageOnly, session);
  }
  if (!stage) return session;
  const found = catalog!.ladder.stages.find((s) => s.id === stage);
  if (!found) throw new Error(`Unknown stage "${stage}"`);
  return { ...session, stage: found };
}

/** A pasted template is named after its id, so the file-name check speaks of the file it will become. */
function fileName(request: CheckRequest): string {
  const given = (request.name ?? '').replace(/^.*[/\\]/, '');
  if (given) return given;
  if (request.kind === 'draft') return 'draft.md';
  const id = /^---\r?\n(?:[\s\S]*?\n)?id:[ \t]*['"]?([a-z0-9-]+)['"]?[ \t]*\r?\n/.exec(request.text)?.[1];
  return `${id ?? 'template'}.mdx`;
}

/**
 * Checks one text as `npm run lint` checks the same text saved as a draft
 * (`--language-only`, with `--stage`) or as templates/<name>, the checks
 * across templates included (they see this one template).
 */
export function checkText(request: CheckRequest): PlainResult {
  const name = fileName(request);
  const path = request.kind === 'template' ? `/${contentPaths.templates}/${name}` : `/${name}`;
  const session = sessionFor(request.kind === 'draft', request.kind === 'draft' ? request.stage : undefined);
  return toPlain(checkOne(new VFile({ path, value: request.text }), request.kind, session, { bytes: request.bytes }));
}
