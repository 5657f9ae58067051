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
  return readable(merge(parts.reverse()));
}

/**
 * The minimal diff as a reader wants it: an unchanged word between two
 * changes is folded into them ("send it <del>the same day.</del><ins>within
 * the hour.</ins>", not "<ins>within</ins> the <del>same</del>…"), and the
 * words removed come before the words added.
 */
function readable(parts: DiffPart[]): DiffPart[] {
  const groups: (DiffPart | { removed: string; added: string })[] = [];
  for (const part of parts) {
    const last = groups[groups.length - 1];
    const lastIsEdit = last !== undefined && !('kind' in last);
    if (part.kind === 'same') {
      groups.push({ ...part });
      continue;
    }
    const edit = lastIsEdit ? last : { removed: '', added: '' };
    if (!lastIsEdit) groups.push(edit);
    if (part.kind === 'removed') edit.removed += part.text;
    else edit.added += part.text;
  }
  // Fold a short unchanged stretch (one word and its spaces) that sits between two edits.
  for (let i = 1; i < groups.length - 1; i++) {
    const [before, same, after] = [groups[i - 1]!, groups[i]!, groups[i + 1]!];
    if ('kind' in before || !('kind' in same) || 'kind' in after) continue;
    if (same.text.trim().split(' ').length > 1) continue;
    before.removed += same.text + after.removed;
    before.added += same.text + after.added;
    groups.splice(i, 2);
    i--;
  }
  const out: DiffPart[] = [];
  for (const group of groups) {
    if ('kind' in group) {
      out.push(group);
      continue;
    }
    // White space both sides end with is unchanged.
    const tail = /\s*$/.exec(group.removed)![0].length && /\s*$/.exec(group.added)![0].length ? ' ' : '';
    const removed = tail ? group.removed.slice(0, -1) : group.removed;
    const added = tail ? group.added.slice(0, -1) : group.added;
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    if (tail) out.push({ kind: 'same', text: tail });
  }
  return merge(out);
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
