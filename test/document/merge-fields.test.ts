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

  it('report an unclosed expression as a located syntax error instead of throwing', () => {
    const { tree, file } = parse('Pay {due_date by Friday');
    expect(tree).toBeUndefined();
    expect(file.messages).toHaveLength(1);
    expect(file.messages[0]).toMatchObject({ ruleId: 'syntax', fatal: true, line: 1 });
  });

  // Each a slip of the braces a writer makes; in MDX each was code that failed to parse ("Could not parse expression
  // with acorn") or was refused as JavaScript, and in Markdown plain text that reached the customer.
  describe.each(['mdx', 'markdown'] as const)('typed with a slip of the braces, in %s', (syntax) => {
    it.each([
      ['Pay {{invoice_number} now.', '{{invoice_number}', 5, 22],
      ['Pay {invoice_number}} now.', '{invoice_number}}', 5, 22],
      ['Pay { {invoice_number}} now.', '{ {invoice_number}}', 5, 24],
      ['Pay {{ invoice_number } now.', '{{ invoice_number }', 5, 24],
      ['Pay {{invoice_number}}} now.', '{{invoice_number}}}', 5, 24],
      ['Pay {{{invoice_number}}} now.', '{{{invoice_number}}}', 5, 25],
      ['Pay {invoice_number} now.', '{invoice_number}', 5, 21],
      ['Pay {{invoice_number\n\nNext.', '{{invoice_number', 5, 21],
      ['Pay {{due_date by Friday', '{{due_date', 5, 15],
      // Spaces before an unclosed name (a fuzzed template found micromark's tokenizer left without an open token there).
      ['Pay {{  due_date by Friday', '{{  due_date', 5, 17],
      ['{{invoice_number} at the start of a line', '{{invoice_number}', 1, 18],
    ])('%j is the field, kept as typed and located', (text, written, column, endColumn) => {
      const file = new VFile({ value: text });
      const tree = parseDocument(file, syntax);
      expect(file.messages).toEqual([]);
      const [field, ...rest] = mergeFieldsIn(tree!);
      expect(rest).toEqual([]);
      expect(field).toMatchObject({ name: written.replace(/[{} ]/g, ''), written, position: { start: { line: 1, column }, end: { line: 1, column: endColumn } } });
    });

    it('a field split by a line break, in a paragraph, a quotation or a list item, is one field', () => {
      for (const text of ['Quote {{customer_\nreference}} please.', '> Quote {{customer_\n> reference}} please.', '- Quote {{customer_\n  reference}} please.']) {
        const file = new VFile({ value: text });
        const [field] = mergeFieldsIn(parseDocument(file, syntax)!);
        expect(field, text).toMatchObject({ name: 'customer_reference', written: '{{customer_\nreference}}', position: { start: { line: 1 }, end: { line: 2 } } });
      }
    });

    it('a field with its name left out is an empty field, not text or code', () => {
      // Before, `{{}}` was plain text in Markdown (it reached the customer) and an empty object in an MDX expression.
      const file = new VFile({ value: 'Dear {{}}, pay {{}} now, or {{} today.' });
      const fields = mergeFieldsIn(parseDocument(file, syntax)!);
      expect(file.messages).toEqual([]);
      expect(fields.map((f) => [f.name, f.written, f.position!.start.column])).toEqual([
        ['', undefined, 6],
        ['', undefined, 16],
        ['', '{{}', 29],
      ]);
    });

    it('only a field typed with a slip is kept as typed, and code in single braces is no field', () => {
      const file = new VFile({ value: 'Pay {{ due_date }} and {{a}}, not {{due_date}. Total {1 + 1} and {/* note */}.' });
      const fields = mergeFieldsIn(parseDocument(file, syntax)!);
      expect(fields.map((f) => [f.name, f.written])).toEqual([
        ['due_date', undefined],
        ['a', undefined],
        ['due_date', '{{due_date}'],
      ]);
    });
  });
});

describe('a document the parser cannot read', () => {
  it('is a located syntax error, never a crash, even where the parser’s own consistency check fails (an open fragment before a heading underline)', () => {
    for (const text of ['<>a\n---\n', '<>---\ntitle: x\n---\n\nHello\n']) {
      const file = new VFile({ path: 'x.mdx', value: text });
      expect(parseDocument(file, 'mdx'), text).toBeUndefined();
      expect(file.messages.map((m) => [m.ruleId, m.fatal, m.reason.startsWith('MDX syntax:')]), text).toEqual([['syntax', true, true]]);
    }
  });
});

describe('the fix an MDX syntax error names', () => {
  const fixFor = (value: string) => {
    const file = new VFile({ path: 'x.mdx', value });
    expect(parseDocument(file, 'mdx')).toBeUndefined();
    return [file.messages[0]!.reason, file.messages[0]!.expected?.[0]];
  };
  it('says to quote an attribute value written bare, and that text in braces is read as code', () => {
    expect(fixFor('Hello.\n\n<Notice id=payment-instructions />\n')[1]).toBe('Put the attribute’s value in quotes: <Notice id="payment-instructions" />.');
    const [reason, fix] = fixFor('Please reply {by return} to this letter.\n');
    expect(reason).toMatch(/^MDX syntax: Could not parse expression with acorn \(MDX reads text in \{ \} as code\)$/);
    expect(fix).toBe('For literal braces write \\{ and \\}; a merge field has two braces on each side, {{field_name}}.');
    expect(fixFor('Hello <b>there.\n')[1]).toMatch(/^Close the tag or component opened here/);
  });
});
