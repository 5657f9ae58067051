import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { wrapTables } from '../document/scrollable-tables.ts';

/**
 * Makes chapter HTML usable on any screen and with assistive technology:
 * wide tables scroll inside their own box rather than the page, and
 * checklist items ("- [ ] …") give their checkbox a name.
 */
export default function rehypeChapters() {
  return (tree: Root) => {
    wrapTables(tree);
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'li' || !String(node.properties['className'] ?? '').includes('task-list-item')) return;
      const input = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'input');
      if (input) input.properties['ariaLabel'] = toString(node).trim();
    });
  };
}
