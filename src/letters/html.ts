import type { Element, ElementContent, Root as HastRoot, Text } from 'hast';
import { wrapTables } from '../document/scrollable-tables.ts';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import type { Field } from '../model/index.ts';
import type { MergeField } from '../document/merge-field-tree.ts';
import type { NoticeBlock } from './compose.ts';

export interface RenderOptions {
  /** The catalogue, for labels. */
  fields: readonly Field[];
  /** Values to fill in; without them merge fields render as {{placeholders}}. */
  values?: Readonly<Record<string, string>> | undefined;
}

function lines(value: string): ElementContent[] {
  return value.split('\n').flatMap((line, index): ElementContent[] => {
    const text: Text = { type: 'text', value: line };
    return index === 0 ? [text] : [{ type: 'element', tagName: 'br', properties: {}, children: [] }, text];
  });
}

function handlers(options: RenderOptions): Record<string, Handler> {
  const labels = new Map(options.fields.map((f) => [f.name, f.label]));
  const drop: Handler = () => undefined;
  return {
    mergeField(_state: State, node: MergeField): Element {
      const value = options.values?.[node.name];
      return {
        type: 'element',
        tagName: 'span',
        properties: {
          className: value === undefined ? ['merge-field'] : ['merge-field', 'is-filled'],
          dataField: node.name,
          title: labels.get(node.name) ?? node.name,
        },
        children: value === undefined ? [{ type: 'text', value: `{{${node.name}}}` }] : lines(value),
      };
    },
    notice(state: State, node: NoticeBlock): Element {
      return {
        type: 'element',
        tagName: 'div',
        properties: { className: ['notice'], dataNotice: node.id },
        children: state.all(node as never),
      };
    },
    // Nothing executable or raw reaches the page: the validator rejects these, and the renderer drops them too.
    mdxJsxFlowElement: drop,
    mdxJsxTextElement: drop,
    mdxFlowExpression: drop,
    mdxTextExpression: drop,
    mdxjsEsm: drop,
    html: drop,
    yaml: drop,
  };
}

/** Renders letter mdast to an HTML string; all text is escaped. */
export function renderHtml(tree: Root, options: RenderOptions): string {
  const hast = toHast(tree, { handlers: handlers(options), allowDangerousHtml: false }) as HastRoot;
  wrapTables(hast);
  return toHtml(hast);
}
