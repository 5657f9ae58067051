import type { Nodes, Root } from 'mdast';
import type { MergeField } from '../document/merge-field-tree.ts';
import type { NoticeBlock } from './compose.ts';

type AnyNode = Nodes | MergeField | NoticeBlock;

/** Inline content flattened to text. */
function inline(node: AnyNode, values: Readonly<Record<string, string>> | undefined): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'mergeField':
      return values?.[node.name] ?? `{{${node.name}}}`;
    case 'break':
      return '\n';
    case 'image':
      return node.alt ?? '';
    case 'link': {
      const text = node.children.map((child) => inline(child, values)).join('');
      // The address is written out unless the words are the address: "our team (ar@example.com)".
      const address = node.url.replace(/^mailto:/i, '');
      return text === node.url || text === address ? text : `${text} (${address})`;
    }
    default:
      return 'children' in node ? (node.children as AnyNode[]).map((child) => inline(child, values)).join('') : '';
  }
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? line : line ? ' '.repeat(prefix.length) + line : line))
    .join('\n');
}

/** Block content to paragraphs separated by blank lines. */
function blocks(nodes: readonly AnyNode[], values: Readonly<Record<string, string>> | undefined): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        out.push(inline(node, values));
        break;
      case 'list':
        out.push(
          node.children
            .map((item, index) => {
              const marker = node.ordered ? `${(node.start ?? 1) + index}. ` : '- ';
              const box = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : '';
              return marker + box + indent(blocks(item.children, values).join('\n'), marker);
            })
            .join('\n'),
        );
        break;
      case 'table':
        out.push(node.children.map((row) => row.children.map((cell) => inline(cell, values)).join(' | ')).join('\n'));
        break;
      case 'code':
        out.push(node.value);
        break;
      case 'thematicBreak':
        out.push('---');
        break;
      case 'blockquote':
      case 'notice':
        out.push(...blocks(node.children, values));
        break;
      default:
        // yaml, html, JSX and expressions carry nothing a reader should receive.
        break;
    }
  }
  return out.filter((block) => block.trim() !== '');
}

/**
 * Plain text for pasting into an email or an AR system: no markup, paragraphs
 * separated by blank lines, merge fields as {{name}} or filled with `values`.
 */
export function renderText(tree: Root, values?: Readonly<Record<string, string>>): string {
  return blocks(tree.children, values).join('\n\n');
}
