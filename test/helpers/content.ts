import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from './project.ts';

/** A temporary root holding a copy of the real content and templates, for tests that break them. */
export async function contentCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fair-collections-content-'));
  await cp(path.join(projectRoot, 'content'), path.join(dir, 'content'), { recursive: true });
  await cp(path.join(projectRoot, 'templates'), path.join(dir, 'templates'), { recursive: true });
  return dir;
}

/** Replaces `search` in a file of a copied root; fails loudly if the text is not there. */
export async function edit(root: string, file: string, search: string | RegExp, replacement: string): Promise<void> {
  const full = path.join(root, file);
  const text = await readFile(full, 'utf8');
  const next = text.replace(search, replacement);
  if (next === text) throw new Error(`edit(): ${String(search)} not found in ${file}`);
  await writeFile(full, next);
}

/** Line (1-based) of the first occurrence of `needle` in a file of a copied root. */
export async function lineOf(root: string, file: string, needle: string): Promise<number> {
  const text = await readFile(path.join(root, file), 'utf8');
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`lineOf(): ${needle} not in ${file}`);
  return text.slice(0, index).split('\n').length;
}

/** A complete overdue-60 email template around `body`, passing every content rule; `extra` adds frontmatter lines. */
export function exampleTemplate(body: string, extra = ''): string {
  return `---
id: example
title: Example
summary: Example reminder.
stage: overdue-60
channel: email
sendOffsetDays: 60
subject: "Invoice {{invoice_number}}: {{balance_due}} overdue"
jurisdictions: [US, UK, EU]
notices: [payment-instructions, named-contact, dispute-path, already-paid, pre-referral, bankruptcy-information]
owner: credit-manager
lastReviewed: 2026-11-20
${extra}---

Dear {{customer_contact_name}}, invoice {{invoice_number}} of {{invoice_date}} was due on {{due_date}} and is {{days_past_due}} days late; we last wrote on {{previous_contact_date}}.

${body}
`;
}

/** A chapter whose MDX would write a file, read the environment and call the network when compiled. */
export function codeChapter(marker: string, url: string): string {
  return `---
title: Hostile
summary: Tries to run code at build time.
order: 99
owner: ar-specialist
lastReviewed: 2026-11-20
---
import fs from 'node:fs'

export const leak = process.env.HOME

{fs.writeFileSync(${JSON.stringify(marker)}, 'pwned')}

{await fetch(${JSON.stringify(url)})}

Nothing to see here.
`;
}
