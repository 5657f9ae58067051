import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** The wrapper that lets a wide table scroll inside its box; focusable so keyboard users can scroll it too. */
export function tableScrollWrapper(children: Element['children']): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['table-scroll'], tabIndex: 0 },
    children,
  };
}

/** Wraps every table of an HTML tree that is not wrapped yet. */
export function wrapTables(tree: Root): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
    if (parent.type === 'element' && String(parent.properties['className'] ?? '').includes('table-scroll')) return SKIP;
    parent.children[index] = tableScrollWrapper([node]);
    return SKIP;
  });
}
