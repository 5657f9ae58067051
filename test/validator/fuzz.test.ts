import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { Program } from 'estree';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/document/parse.ts';
import { createChecker } from '../../src/validator/engine.ts';
import { projectRoot } from '../helpers/project.ts';

const checker = await createChecker({ root: projectRoot });
const templates = readdirSync(path.join(projectRoot, 'templates')).map((name) => readFileSync(path.join(projectRoot, 'templates', name), 'utf8'));

/** Runs the validator and checks the properties every run must have. */
function checkProperties(text: string, kind: 'template' | 'chapter' | 'draft') {
  const lines = text.split(/\r\n|\r|\n/);
  const first = checker.check(text, { kind, path: kind === 'template' ? 'templates/fuzz.mdx' : 'fuzz.mdx' });
  expect(first.file.messages.filter((m) => m.ruleId === 'internal-error').map(String)).toEqual([]);
  for (const message of first.file.messages) {
    const line = message.line ?? 1;
    const column = message.column ?? 1;
    expect(line, message.reason).toBeGreaterThanOrEqual(1);
    expect(line, message.reason).toBeLessThanOrEqual(lines.length);
    expect(column, message.reason).toBeGreaterThanOrEqual(1);
    expect(column, message.reason).toBeLessThanOrEqual(lines[line - 1]!.length + 1);
  }
  const again = checker.check(text, { kind, path: kind === 'template' ? 'templates/fuzz.mdx' : 'fuzz.mdx' });
  expect(again.file.messages.map(String)).toEqual(first.file.messages.map(String));
}

/** Edits that keep most of a real template: deleting a slice and inserting text or hostile characters. */
const mutation = fc.record({
  template: fc.integer({ min: 0, max: templates.length - 1 }),
  at: fc.nat(),
  length: fc.nat({ max: 60 }),
  insert: fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.constantFrom('{', '}', '{{', '}}', '<', '</Notice>', '<Notice id="', '---', '\n\n', '\u200B', '\u0430', '**', '`', '|', '> ', '\\', '\r\n', '\uFEFF', '{/* x */}', '!!!'),
    fc.string({ unit: 'grapheme', maxLength: 10 }),
  ),
});

// Hundreds of runs on a loaded two-core machine: the limit is a budget, not a target.
const budget = { timeout: 300_000 };

describe('the validator, on any input', () => {
  it('never throws, reports positions inside the text, and is deterministic — random text', budget, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 300 }), fc.constantFrom('template', 'chapter', 'draft' as const), (text, kind) => {
        checkProperties(text, kind);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, reports positions inside the text, and is deterministic — mutated real templates', budget, () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        let text = templates[mutations[0]!.template]!;
        for (const m of mutations) {
          const at = m.at % (text.length + 1);
          text = text.slice(0, at) + m.insert + text.slice(at + m.length);
        }
        checkProperties(text, 'template');
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * MDX as writers (and attackers) write it: nested quotes, lists, components
 * and emphasis, links with any scheme, and expressions mixing comments with
 * code — the shapes where the locks and the parser's limits matter.
 */
const word = fc.constantFrom('Pay', 'invoice', '{{due_date}}', '{{amount_due}}', 'we', 'will', 'not', 'bailiffs', 'Friday', 'court', '£40', '“quoted”');
const expressionPart = fc.constantFrom('/* note */', '/**/', '/* a */ /* b */', '/* *', '*/', 'x', 'process.exit(1)', '// line\n', '"*/"', "'/*'", '`${1}`', '\n');
const { block } = fc.letrec<{ inline: string; block: string }>((tie) => ({
  inline: fc.oneof(
    { depthSize: 'small' },
    word,
    fc.tuple(fc.constantFrom('*', '**', '_', '~~'), tie('inline')).map(([m, t]) => `${m}${t}${m}`),
    fc.tuple(word, fc.constantFrom('https://pay.example/', 'javascript:alert(1)', ' JAVASCRIPT:x', 'blob:x', 'mailto:ar@example.com', '../escalation-ladder/', 'tel:+441234')).map(([t, u]) => `[${t}](${u})`),
    fc.tuple(word, fc.constantFrom('./chart.png', './chart.js', '../../package.json?raw', '/etc/passwd', 'https://x.example/a.png')).map(([t, u]) => `![${t}](${u})`),
    fc.array(expressionPart, { minLength: 1, maxLength: 4 }).map((parts) => `{${parts.join(' ')}}`),
    fc.array(tie('inline'), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' ')),
  ),
  block: fc.oneof(
    { depthSize: 'small' },
    tie('inline'),
    tie('block').map((b) => b.split('\n').map((line) => `> ${line}`).join('\n')),
    fc.tuple(fc.constantFrom('- ', '1. ', '* '), tie('block')).map(([m, b]) => b.split('\n').map((line, i) => (i === 0 ? m : '   ') + line).join('\n')),
    fc.tuple(fc.constantFrom('Callout type="tip"', 'Callout', 'Notice id="dispute-path" /', 'script', 'StageTable /'), tie('block')).map(([tag, b]) => (tag.endsWith('/') ? `<${tag}>` : `<${tag}>\n\n${b}\n\n</${tag.split(' ')[0]}>`)),
    fc.array(tie('block'), { minLength: 1, maxLength: 3 }).map((blocks) => blocks.join('\n\n')),
  ),
}));

/** Frontmatter that tries YAML's sharp edges: aliases that multiply, explicit tags, dates, deep nesting. */
const frontmatterYaml = fc.oneof(
  fc.integer({ min: 1, max: 30 }).map((depth) => ['a0: &a0 [x, x, x, x]', ...Array.from({ length: depth }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}, *a${i}, *a${i}, *a${i}]`), 'title: Laughs'].join('\n')),
  fc.constantFrom('title: !!js/function "function () { return 1 }"', 'title: 2026-11-20', 'title: !!binary aGVsbG8=', 'title: yes', 'title: ~', 'id: 0x1F', 'title: &t x\nsummary: *t'),
  fc.integer({ min: 1, max: 2000 }).map((depth) => `title: ${'['.repeat(depth)}${']'.repeat(depth)}`),
  fc.integer({ min: 1, max: 500 }).map((depth) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')),
);

/** One token repeated into a long run: the shapes that made passes quadratic or recursive. */
const longRun = fc.tuple(
  fc.constantFrom('> ', '- ', '1. ', '*', '_', '[', '](x)', '{', '{{', '<Callout>', 'go ', 'not ', '"', '{{due_date}} ', 'We will take legal action and ', '| a ', '\n', 'invoice '),
  // Up to a quarter of a megabyte: a pass that grows with the square shows at that size; linear.test.ts takes the named shapes
  // to a megabyte.
  fc.integer({ min: 100, max: 8_000 }),
).map(([token, count]) => token.repeat(count));

describe('the validator, on grammar-shaped hostile input', () => {
  it('never throws and reports positions inside the text — nested MDX', budget, () => {
    fc.assert(
      fc.property(block, fc.constantFrom('template', 'chapter', 'draft' as const), (text, kind) => {
        checkProperties(text, kind);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses every expression that holds code, as the JavaScript parser reads it, and keeps block comments', budget, () => {
    fc.assert(
      fc.property(fc.array(expressionPart, { minLength: 1, maxLength: 5 }), (parts) => {
        const text = `Hello {${parts.join(' ')}} there.\n`;
        const file = new VFile({ path: 'fuzz.mdx', value: text });
        const tree = parseDocument(file, 'mdx');
        if (!tree) return; // Not an expression at all: a syntax error, reported as such.
        let code = false;
        visit(tree, (node) => {
          // A bare name in single braces ("{x}") is read as a merge field typed with a slip of the braces, which a policy
          // page refuses as it refuses code (the build would read it as code).
          if (node.type === 'mergeField' && 'written' in node && node.written !== undefined) code = true;
          if (node.type !== 'mdxTextExpression' && node.type !== 'mdxFlowExpression') return;
          const program = (node.data as { estree?: Program } | undefined)?.estree;
          if (!program || program.body.length > 0) code = true;
        });
        const refused = checker.check(text, { kind: 'chapter', path: 'fuzz.mdx' }).file.messages.some((m) => m.ruleId === 'mdx-lockdown');
        if (code) expect(refused, text).toBe(true);
        // Line comments are refused too, harmless or not: a writer's notes are block comments.
        else if (!text.includes('//')) expect(refused, text).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on frontmatter with aliases, tags and deep nesting', budget, () => {
    fc.assert(
      fc.property(frontmatterYaml, fc.constantFrom('template', 'chapter' as const), (yaml, kind) => {
        checkProperties(`---\n${yaml}\n---\n\nDear {{customer_contact_name}},\n`, kind);
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on long runs of one token, each within a CPU-time budget', budget, () => {
    // Linear passes check 100 KB in well under a second of CPU; the budget catches a run that grows with the square of the
    // input. It counts this process's CPU time, which another process on a busy machine does not add to (linear.test.ts
    // measures growth by ratios for the shapes it names).
    const perInput = 20_000;
    fc.assert(
      fc.property(longRun, (text) => {
        const start = process.cpuUsage();
        checkProperties(text, 'draft');
        const { user, system } = process.cpuUsage(start);
        expect((user + system) / 1000, `${JSON.stringify(text.slice(0, 20))}… (${text.length} characters)`).toBeLessThan(perInput);
      }),
      { numRuns: 25 },
    );
  });
});
