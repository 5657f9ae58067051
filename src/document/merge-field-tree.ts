/** mdast for merge fields: `{{ due_date }}` becomes `{type: 'mergeField', name: 'due_date'}`. */
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import type { Node } from 'unist';

export interface MergeField extends Node {
  type: 'mergeField';
  /** As written, trimmed; may be misspelt — the validator checks it against the catalogue. */
  name: string;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    mergeField: MergeField;
  }
  interface RootContentMap {
    mergeField: MergeField;
  }
}

export function mergeFieldFromMarkdown(): Extension {
  return {
    enter: {
      mergeField(this: CompileContext, token: Token) {
        this.enter({ type: 'mergeField', name: '' } as MergeField as never, token);
      },
    },
    exit: {
      mergeFieldName(this: CompileContext, token: Token) {
        const node = this.stack[this.stack.length - 1] as unknown as MergeField;
        node.name = this.sliceSerialize(token).trim();
      },
      mergeField(this: CompileContext, token: Token) {
        this.exit(token);
      },
    },
  };
}
