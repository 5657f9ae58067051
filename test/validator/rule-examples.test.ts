import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/validator/engine.ts';
import { loadRules } from '../../src/validator/rules/index.ts';
import { targetWhy } from '../../src/validator/rules/lockdown.ts';
import { projectRoot } from '../helpers/project.ts';

// Every rule's valid/invalid examples are its tests, as in ESLint; the same lists
// are shown on the rule's page in the rules reference.
const checker = await createChecker({ root: projectRoot });
const rules = loadRules().document.map((rule) => rule.meta);

describe.each(rules.map((meta) => [meta.id, meta] as const))('rule %s', (id, meta) => {
  // Wording examples are letter text, checked at the latest stage unless they name one;
  // content examples are whole template files, whose frontmatter names the stage.
  const run = (text: string, stage?: string) =>
    checker
      .check(text, { kind: 'template', path: 'templates/example.mdx', stage: meta.scope === 'content' ? undefined : (stage ?? 'pre-action') })
      .file.messages.filter((m) => m.ruleId === id);

  it.each(meta.examples.valid.map((e) => [e.text, e] as const))('accepts %s', (_text, example) => {
    expect(run(example.text, example.stage).map(String)).toEqual([]);
  });

  it.each(meta.examples.invalid.map((e) => [e.text, e] as const))('rejects %s', (_text, example) => {
    const messages = run(example.text, example.stage);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message.line).toBeGreaterThan(0);
      expect(message.url).toMatch(new RegExp(`/rules/${id}/$`));
      // A rule's own why, or for a refused link or image the why of that finding (rules/lockdown.ts).
      expect([meta.why, ...Object.values(targetWhy)]).toContain(message.note);
    }
  });
});
