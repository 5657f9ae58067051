import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/document/parse.ts';
import { mergeFieldsIn } from '../../src/document/query.ts';

function parse(value: string) {
  const file = new VFile({ path: 'draft.mdx', value });
  return { tree: parseDocument(file, 'mdx'), file };
}

function expressions(tree: Root | undefined): string[] {
  const found: string[] = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (node.type.startsWith('mdx') && node.type.endsWith('Expression')) found.push(node.type);
    node.children?.forEach((child) => walk(child as typeof node));
  };
  if (tree) walk(tree);
  return found;
}

describe('merge fields', () => {
  it('are fields, not JavaScript, wherever a writer types them', () => {
    const { tree, file } = parse(
      ['# Invoice {{invoice_number}}', '', '{{contact_name}}', '', '{{contact_name}}, {{contact_title}}', '', '| Due | Amount |', '|---|---|', '| {{due_date}} | {{amount_due}} |', '', '- pay by {{ due_date }}', '', '> quoted {{balance_due}}'].join('\n'),
    );
    expect(file.messages).toEqual([]);
    expect(expressions(tree)).toEqual([]);
    expect(mergeFieldsIn(tree!).map((f) => f.name)).toEqual(['invoice_number', 'contact_name', 'contact_name', 'contact_title', 'due_date', 'amount_due', 'due_date', 'balance_due']);
  });

  it('keep a misspelt or spaced name as written so the validator can suggest the right one', () => {
    const { tree } = parse('Pay by {{Due Date}} or {{due-date}}.');
    expect(mergeFieldsIn(tree!).map((f) => f.name)).toEqual(['Due Date', 'due-date']);
  });

  it('carry their exact position', () => {
    const { tree } = parse('Line one\n\nPay {{balance_due}} now.');
    const [field] = mergeFieldsIn(tree!);
    expect(field!.position!.start).toMatchObject({ line: 3, column: 5 });
    expect(field!.position!.end).toMatchObject({ line: 3, column: 20 });
  });

  it('leave single-brace code as MDX expressions, for the lockdown to reject', () => {
    const { tree } = parse('Total {1 + 1} and\n\n{process.env.HOME}\n');
    expect(expressions(tree)).toEqual(['mdxTextExpression', 'mdxFlowExpression']);
  });

  it('report an unclosed field as a located syntax error instead of throwing', () => {
    const { tree, file } = parse('Pay {{due_date by Friday');
    expect(tree).toBeUndefined();
    expect(file.messages).toHaveLength(1);
    expect(file.messages[0]).toMatchObject({ ruleId: 'syntax', fatal: true, line: 1 });
  });
});
