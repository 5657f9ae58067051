/**
 * A word-level diff of two texts (Myers' O(ND) algorithm over words and the
 * spaces between them), for the /changes/ page and feed. Bounded: past
 * `maxEdits` differing words and spaces the whole text is shown as replaced, so one
 * rewritten chapter cannot make a build slow.
 */

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Words and single spaces: white space inside the text is compared as one space. */
function tokens(text: string): string[] {
  return text.replace(/\s+/gu, ' ').trim().match(/ |[^ ]+/gu) ?? [];
}

export function wordDiff(before: string, after: string, maxEdits = 500): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  if (!found) return merge([...(n ? [{ kind: 'removed' as const, text: a.join('') }] : []), ...(m ? [{ kind: 'added' as const, text: b.join('') }] : [])]);
  // Walk the trace back from the end to recover the edit script.
  const parts: DiffPart[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1]! < vd[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      parts.push({ kind: 'same', text: a[--x]! });
      y--;
    }
    if (d > 0) {
      if (x === prevX) parts.push({ kind: 'added', text: b[--y]! });
      else parts.push({ kind: 'removed', text: a[--x]! });
    }
  }
  return merge(parts.reverse());
}

/** Adjacent parts of one kind as one; a lone space between two changes joins them, so "a b" → "c d" reads as one replacement. */
function merge(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last && last.kind === part.kind) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

/** Shortens long unchanged stretches to their first and last words, so a diff shows the change in its context. */
export function withContext(parts: readonly DiffPart[], words = 12): DiffPart[] {
  return parts.map((part, index) => {
    if (part.kind !== 'same') return part;
    const split = part.text.split(' ');
    if (split.length <= words * 2 + 1) return part;
    const first = index === 0 ? [] : split.slice(0, words);
    const last = index === parts.length - 1 ? [] : split.slice(-words);
    return { kind: 'same', text: [...first, '…', ...last].join(' ') };
  });
}
