import { wordDiff, withContext, type DiffPart } from './diff.ts';
import type { Change } from './history.ts';

/** Changes a page or feed shows at most: the newest; the history itself is bounded by HISTORY_MAX_COMMITS. */
export const pageLimit = 200;
export const feedLimit = 50;

export interface ChangeView {
  /** Anchor on /changes/. */
  anchor: string;
  path: string;
  title: string;
  /** Site-relative page of the template or chapter; undefined when it no longer exists. */
  page?: string | undefined;
  kind: 'template' | 'chapter';
  change: Change;
  /** 'renamed' when a rename left the text as it was; a rename with new wording is 'changed' (and `change.from` says so). */
  what: 'added' | 'changed' | 'renamed' | 'removed';
  diff: DiffPart[];
}

export function changeViews(changes: readonly Change[], titleOf: (path: string) => { title: string; href: string } | undefined, limit: number): ChangeView[] {
  return changes.slice(0, limit).map((change) => {
    const found = titleOf(change.path);
    const name = change.path.replace(/^.*\//, '').replace(/\.mdx$/, '');
    return {
      // The path, not only the name: a template and a chapter may share a file name.
      anchor: `${change.commit.hash.slice(0, 10)}-${change.path.replace(/\.mdx$/, '').replace(/[^a-z0-9]+/gi, '-')}`,
      path: change.path,
      title: found?.title ?? name,
      page: found?.href,
      kind: change.path.startsWith('templates/') ? 'template' : 'chapter',
      change,
      what: !change.before ? 'added' : !change.after ? 'removed' : change.from !== undefined && change.before.version === change.after.version ? 'renamed' : 'changed',
      diff: !change.before || !change.after ? opening(change.after?.text ?? change.before?.text ?? '', change.after ? 'added' : 'removed') : withContext(wordDiff(change.before.text, change.after.text)),
    };
  });
}

/** A file added or removed whole: its opening words stand for it (the page links to the full text). */
function opening(text: string, kind: 'added' | 'removed', words = 60): DiffPart[] {
  const split = text.replace(/\s+/gu, ' ').trim().split(' ');
  return [{ kind, text: split.slice(0, words).join(' ') }, ...(split.length > words ? [{ kind: 'same' as const, text: ' …' }] : [])];
}

/** What a change is called in a heading or a feed entry. */
export const whatLabel: Record<ChangeView['what'], string> = { added: 'Added', changed: 'Changed', renamed: 'Renamed', removed: 'Removed' };

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text escaped for HTML and XML. Characters XML 1.0 forbids (controls other
 * than tab and line breaks, lone surrogates, U+FFFE/U+FFFF) become U+FFFD: a
 * stray one in a commit or a template would otherwise make the feed unreadable.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|\p{Cs}/gu, '\ufffd').replace(/[&<>"']/g, (c) => escapes[c]!);
}

/** The diff as HTML: <ins> for added words, <del> for removed ones, the rest as text; everything escaped. */
export function diffHtml(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.kind === 'same' ? escapeHtml(p.text) : `<${p.kind === 'added' ? 'ins' : 'del'}>${escapeHtml(p.text)}</${p.kind === 'added' ? 'ins' : 'del'}>`)).join('');
}
