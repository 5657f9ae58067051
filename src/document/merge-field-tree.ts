/** mdast for merge fields: `{{ due_date }}` becomes `{type: 'mergeField', name: 'due_date'}`. */
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import type { Node } from 'unist';
import { nameOf, wellFormed } from './merge-field-slips.ts';

export interface MergeField extends Node {
  type: 'mergeField';
  /** As written, trimmed; may be misspelt — the validator checks it against the catalogue. */
  name: string;
  /**
   * The field as typed, braces and all, when its braces are wrong or a line
   * break splits it (`{{due_date}`, `{due_date}`: see merge-field-slips.ts);
   * absent for a field written `{{name}}`. The validator reports it.
   */
  written?: string;
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
      mergeField(this: CompileContext, token: Token) {
        const node = this.stack[this.stack.length - 1] as unknown as MergeField;
        const text = this.sliceSerialize(token);
        node.name = nameOf(text);
        if (!wellFormed(text)) node.written = text;
        this.exit(token);
      },
    },
  };
}
