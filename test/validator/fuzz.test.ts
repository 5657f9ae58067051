import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
