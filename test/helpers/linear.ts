import { expect } from 'vitest';
import { createChecker } from '../../src/validator/engine.ts';
import { exampleTemplate } from './content.ts';
import { projectRoot } from './project.ts';

// Hostile input: text shaped so that a check whose cost grows with the square of a sentence, a
// paragraph or the file would run for minutes. CI shares two cores, so no test asserts a wall-clock
// time: each compares the time for n and 4n or 8n bytes (linear gives ~4x or ~8x, quadratic ~16x or ~64x).

export const checker = await createChecker({ root: projectRoot });

/**
 * `unit` repeated to about `bytes` characters, whole units only, in blocks
 * of at most 30,000 characters separated by a blank line (each starting with
 * `header`): the parser refuses longer blocks (structureLimits), so the
 * longest text the wording passes can meet is many blocks of the limit.
 */
export function repeat(unit: string, bytes: number, header = ''): string {
  const perBlock = Math.max(1, Math.floor((30_000 - header.length) / unit.length));
  const total = Math.max(1, Math.floor(bytes / unit.length));
  const blocks: string[] = [];
  for (let done = 0; done < total; done += perBlock) blocks.push(header + unit.repeat(Math.min(perBlock, total - done)));
  return blocks.join('\n\n');
}

/** Messages by rule id for a draft (wording only) or a template. */
export function check(text: string, kind: 'draft' | 'template' = 'draft'): Record<string, number> {
  const result = checker.check(kind === 'template' ? exampleTemplate(text) : text, { kind, path: kind === 'template' ? 'templates/example.mdx' : 'draft.md' });
  const counts: Record<string, number> = {};
  for (const message of result.file.messages) counts[String(message.ruleId)] = (counts[String(message.ruleId)] ?? 0) + 1;
  return counts;
}

/**
 * The CPU time `run` takes in this process (user and system), not the wall time: on a busy two-core machine
 * another process's work would count in the wall time of whichever run it overlapped (three test workers there
 * once put "thousands of threatening paragraphs" at 13 times for 4 times the text, a ratio it stays far below alone).
 */
export function timed<T>(run: () => T): { value: T; ms: number } {
  const start = process.cpuUsage();
  const value = run();
  const { user, system } = process.cpuUsage(start);
  return { value, ms: (user + system) / 1000 };
}

/**
 * How many times as long `large` takes as `small` (at least 5 ms counted for `small`). One run can
 * still stall on a collection: a ratio at or over `bound` is measured up to four more times and the
 * fastest run of each size counts, so only a cost that grows every time fails.
 */
export function growth(small: () => unknown, large: () => unknown, bound = 20, first?: { small: number; large: number }): number {
  let smallMs = first?.small ?? timed(small).ms;
  let largeMs = first?.large ?? timed(large).ms;
  for (let retry = 0; retry < 4 && largeMs / Math.max(smallMs, 5) >= bound; retry++) {
    smallMs = Math.min(smallMs, timed(small).ms);
    largeMs = Math.min(largeMs, timed(large).ms);
  }
  return largeMs / Math.max(smallMs, 5);
}

export function expectVerdict(counts: Record<string, number>, expected: Record<string, number | 'some'>): void {
  expect(Object.keys(counts).sort()).toEqual(Object.keys(expected).sort());
  for (const [rule, count] of Object.entries(expected)) {
    if (count === 'some') expect(counts[rule]).toBeGreaterThan(0);
    else expect(counts[rule]).toBe(count);
  }
}
