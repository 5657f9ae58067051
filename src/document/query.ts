import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import type { MergeField } from './merge-field-tree.ts';

export function mergeFieldsIn(tree: Root): MergeField[] {
  const found: MergeField[] = [];
  visit(tree, 'mergeField', (node) => {
    found.push(node);
  });
  return found;
}

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export function jsxElementsIn(tree: Root): JsxElement[] {
  const found: JsxElement[] = [];
  visit(tree, (node) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') found.push(node);
  });
  return found;
}

/** The value of a literal string attribute, or undefined when absent or not a plain string. */
export function stringAttribute(element: JsxElement, name: string): string | undefined {
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === name && typeof attribute.value === 'string') return attribute.value;
  }
  return undefined;
}
