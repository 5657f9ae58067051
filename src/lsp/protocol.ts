import type { PlainResult } from '../validator/serialize.ts';

/** What the language server asks its checking thread (src/lsp/worker.ts). */
export type WorkerRequest =
  | {
      id: number;
      type: 'check';
      /** The project root: where content/ and templates/ are. */
      root: string;
      /** Where the text would be saved: its place in the project decides nothing here, `kind` does; its extension chooses Markdown or MDX. */
      path: string;
      kind: 'template' | 'chapter' | 'draft';
      text: string;
      /** For drafts: the stage to check the wording for (`--stage`). */
      stage?: string | undefined;
    }
  | { id: number; type: 'project'; root: string };

/** A merge field of the catalogue, for completions. */
export interface FieldInfo {
  name: string;
  label: string;
  format: string;
  description: string;
  example: string;
}

/** The content data as the checks read it, and its own problems. */
export interface ProjectData {
  /** Changes whenever a data file changes on disk. */
  stamp: string;
  /** The data files with their problems, as `npm run lint` reports them. */
  dataFiles: PlainResult[];
  /** Empty when the data does not load. */
  fields: FieldInfo[];
  /** The ladder's stage ids (empty when the data does not load). */
  stages: string[];
  /** Whether the root has any content data: a folder without is no project (its drafts are still checked). */
  isProject: boolean;
}

export type WorkerAnswer =
  | { id: number; type: 'check'; stamp: string; result: PlainResult }
  | { id: number; type: 'project'; data: ProjectData }
  | { id: number; type: 'error'; error: string };
