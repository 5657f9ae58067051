import path from 'node:path';
import { escapeControls, escapeTerminalControls } from './format.ts';

/**
 * A unified diff (`diff -u`, `git apply -p1`) of a file's text before and
 * after its fixes. Fixes never add or remove a line break, so the lines of
 * the two texts pair up one for one; a text whose lines do not (never from
 * `--fix`) is shown as one hunk replacing the whole file. Lines are split at
 * LF, so a CRLF file's lines keep their CR, as `diff` shows them; every other
 * control character is shown escaped, as in every report, but zero-width
 * characters and a byte-order mark are kept, so that the diff still applies.
 */
export function unifiedDiff(name: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const split = (text: string) => {
    const lines = text.split('\n');
    const complete = lines[lines.length - 1] === '';
    if (complete) lines.pop();
    return { lines, complete };
  };
  const a = split(before);
  const b = split(after);
  const show = (line: string) => escapeTerminalControls(line.endsWith('\r') ? line.slice(0, -1) : line) + (line.endsWith('\r') ? '\r' : '');
  // A path inside the folder the tool runs in gets git's a/ and b/ (`git apply`, `patch -p1`); one outside is written absolute.
  const [from, to] = path.isAbsolute(name) ? [name, name] : [`a/${name}`, `b/${name}`];
  const out = [`--- ${escapeControls(from)}`, `+++ ${escapeControls(to)}`];
  const noNewline = '\\ No newline at end of file';
  if (a.lines.length !== b.lines.length) {
    out.push(`@@ -1,${a.lines.length} +1,${b.lines.length} @@`, ...a.lines.map((l) => `-${show(l)}`));
    if (!a.complete) out.push(noNewline);
    out.push(...b.lines.map((l) => `+${show(l)}`));
    if (!b.complete) out.push(noNewline);
    return `${out.join('\n')}\n`;
  }
  const changed: number[] = [];
  for (let i = 0; i < a.lines.length; i++) if (a.lines[i] !== b.lines[i]) changed.push(i);
  // The last line differs only in its final newline: list it as changed.
  const last = a.lines.length - 1;
  if (a.complete !== b.complete && changed[changed.length - 1] !== last) changed.push(last);
  let k = 0;
  while (k < changed.length) {
    // A hunk: changed lines no more than 2 × context apart, with context around them.
    let end = k;
    while (end + 1 < changed.length && changed[end + 1]! - changed[end]! <= 2 * context) end++;
    const from = Math.max(0, changed[k]! - context);
    const to = Math.min(a.lines.length - 1, changed[end]! + context);
    const count = to - from + 1;
    out.push(`@@ -${from + 1},${count} +${from + 1},${count} @@`);
    const same = (i: number) => a.lines[i] === b.lines[i] && (i !== last || a.complete === b.complete);
    for (let i = from; i <= to; ) {
      if (same(i)) {
        out.push(` ${show(a.lines[i]!)}`);
        if (i === last && !a.complete) out.push(noNewline);
        i++;
        continue;
      }
      // A run of changed lines: the old ones, then the new, as diff prints them.
      let j = i;
      while (j <= to && !same(j)) j++;
      for (const [sign, side] of [['-', a], ['+', b]] as const) {
        for (let n = i; n < j; n++) {
          out.push(`${sign}${show(side.lines[n]!)}`);
          if (n === last && !side.complete) out.push(noNewline);
        }
      }
      i = j;
    }
    k = end + 1;
  }
  return `${out.join('\n')}\n`;
}
