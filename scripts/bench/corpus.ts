import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a project with `count` synthetic templates, varied from the real
 * ones: paragraphs swapped between templates of the same stage, reordered
 * and reworded, so no two files are copies. Each is a valid template, so
 * the same corpus can be validated and built.
 */

interface Source {
  id: string;
  frontmatter: string;
  paragraphs: string[];
  stage: string;
}

const closings = ['Kind regards,', 'Best regards,', 'Yours sincerely,', 'With thanks,', 'Regards,'];
const openers = [
  'Thank you for your business with us.',
  'I hope this finds you well.',
  'We value working with your team.',
  'Thank you for your help with this.',
  'I appreciate your time on this.',
];

function rng(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

async function readSources(root: string): Promise<Source[]> {
  const dir = path.join(root, 'templates');
  const sources: Source[] = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.mdx')).sort()) {
    const text = await readFile(path.join(dir, name), 'utf8');
    const end = text.indexOf('\n---', 4);
    const frontmatter = text.slice(4, end);
    const body = text.slice(end + 4).trim();
    sources.push({ id: name.replace(/\.mdx$/, ''), frontmatter, paragraphs: body.split(/\n{2,}/), stage: /^stage: (.*)$/m.exec(frontmatter)![1]! });
  }
  return sources;
}

/**
 * Paragraphs that only carry prose — no fields a stage may require, no
 * components, no next step that needs its neighbours' date and condition —
 * are safe to move between templates.
 */
function movable(paragraph: string): boolean {
  return (
    !paragraph.includes('{{') &&
    !paragraph.includes('<') &&
    !/^[#|*-]/.test(paragraph) &&
    !/^(Dear|Hello|Kind|Best|Yours|Regards)/.test(paragraph) &&
    !/interest|compensation|suspen|pause|supply|deliver|refer|agency|legal|court|claim|collect|action|solicitor|attorney|fixed sum|costs|\bact\b/i.test(paragraph)
  );
}

export async function writeCorpus(projectRoot: string, out: string, count: number): Promise<void> {
  await rm(out, { recursive: true, force: true });
  await mkdir(path.join(out, 'templates'), { recursive: true });
  await cp(path.join(projectRoot, 'content'), path.join(out, 'content'), { recursive: true });
  const sources = await readSources(projectRoot);
  const pool = new Map<string, string[]>();
  for (const s of sources) pool.set(s.stage, [...(pool.get(s.stage) ?? []), ...s.paragraphs.filter(movable)]);
  const everywhere = sources.flatMap((s) => s.paragraphs.filter(movable));
  const random = rng(count);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length]!;
    const id = `${source.id}-${String(i).padStart(5, '0')}`;
    const paragraphs = source.paragraphs.map((p) => {
      if (!movable(p)) return p;
      const r = random();
      if (r < 0.3) return pick(pool.get(source.stage) ?? [p]);
      if (r < 0.4) return `${pick(openers)} ${p}`;
      return p;
    });
    // Reorder the movable middle paragraphs, keep greeting and sign-off in place.
    const middle = paragraphs.slice(1, -2);
    for (let k = middle.length - 1; k > 0; k--) {
      if (!movable(middle[k]!) || random() < 0.5) continue;
      const j = Math.floor(random() * (k + 1));
      if (movable(middle[j]!)) [middle[k], middle[j]] = [middle[j]!, middle[k]!];
    }
    if (random() < 0.5) middle.push(pick(everywhere));
    const body = [paragraphs[0]!, ...middle, ...paragraphs.slice(-2)].join('\n\n').replace(/^(Kind regards|Best regards|Yours sincerely),/m, pick(closings));
    const frontmatter = source.frontmatter.replace(/^id: .*$/m, `id: ${id}`).replace(/^title: (.*)$/m, `title: $1 (variant ${i})`);
    await writeFile(path.join(out, 'templates', `${id}.mdx`), `---\n${frontmatter}\n---\n\n${body}\n`);
  }
}

/**
 * Writes `count` short letters to `<out>/letters/`, each a passage of the
 * public judgement corpus (test/corpus-public, both splits, harmful and fair)
 * with an opener added and its figures changed, so no two files are copies.
 * Returns how many were written.
 */
export async function writeLetters(projectRoot: string, out: string, count: number): Promise<number> {
  const dir = path.join(projectRoot, 'test', 'corpus-public');
  const passages: string[] = [];
  for (const split of ['dev', 'test']) {
    for (const label of ['aggressive', 'fair']) {
      const folder = path.join(dir, split, label);
      for (const name of (await readdir(folder)).sort()) {
        if (!name.endsWith('.md')) continue;
        passages.push((await readFile(path.join(folder, name), 'utf8')).replace(/^---\n[\s\S]*?\n---\n/, ''));
      }
    }
  }
  await mkdir(path.join(out, 'letters'), { recursive: true });
  const random = rng(count);
  for (let i = 0; i < count; i++) {
    const body = passages[i % passages.length]!.replace(/\d+/g, (digits) => String((Number(digits) + i) % 10 ** digits.length).padStart(digits.length, '0'));
    await writeFile(path.join(out, 'letters', `letter-${String(i).padStart(5, '0')}.md`), `${openers[Math.floor(random() * openers.length)]}\n\n${body}`);
  }
  return count;
}
