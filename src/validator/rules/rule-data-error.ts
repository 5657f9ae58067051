import type { VFile } from 'vfile';

/** Rule data that does not parse, validate or compile: the tool cannot run, and says where. */
export class RuleDataError extends Error {
  readonly files: VFile[];

  constructor(files: VFile[]) {
    super(files.flatMap((f) => f.messages.map((m) => `${m.file}:${m.line ?? 1}:${m.column ?? 1}  ${m.reason}`)).join('\n'));
    this.name = 'RuleDataError';
    this.files = files;
  }
}
