import type { Node, Parent } from 'unist';

/**
 * Structural limits for content, checked in linear time before and after
 * parsing. Markdown parsers and every tree walker recurse once per nesting
 * level, and micromark pairs emphasis and link brackets by scanning back over
 * the open ones (quadratic in a paragraph's markers): a few kilobytes of
 * `> > >`, `- - -` or `*****` can take minutes, overflow the stack or crash
 * the build, and a block of text costs the square of its length. A letter or chapter needs a small fraction of each limit.
 */
export const structureLimits = {
  /** Blockquotes and list items opened on one line: `> - 1. text` is 3. */
  containersPerLine: 12,
  /** Depth of the parsed tree, from the root to the deepest node. */
  treeDepth: 40,
  /** `*`, `_` and `~` characters in one paragraph. */
  emphasisMarkersPerParagraph: 1000,
  /** `[` and `]` in one paragraph (links, images, footnotes, task boxes). */
  bracketsPerParagraph: 1000,
  /**
   * Characters in one block of lines with no blank line between them (a
   * paragraph, a table, a list). micromark's text resolution with GFM is
   * quadratic in a block's length; the longest block in the handbook is 2 KB.
   */
  charactersPerBlock: 32_000,
  /**
   * Block quotes opened in one file (a `>` line after a line that is not one, also inside a list item).
   * micromark's document parser is quadratic in them: 8,000 take 8 s, a
   * 250 KB file of `> a` minutes. The handbook's most quoted page opens 16.
   */
  blockQuotes: 1000,
  /**
   * Lists opened in one file (a list item after a paragraph that is in no list). micromark's document parser is
   * quadratic in them as in block quotes: 2,000 one-item lists between paragraphs take 3 s, 4,000 take 17 s, where one
   * list of 4,000 items takes under a second; 350 lists of 30 items each in a megabyte take 4 s, 1,000 of them 20 s.
   * The handbook's longest page opens 12.
   */
  lists: 300,
} as const;

export interface StructureProblem {
  /** What is wrong, then how to fix it. */
  reason: string;
  /** How to fix it, as the report's "Instead" line gives it. */
  fix: string;
  line: number;
  column: number;
}

/** A thematic break (`* * *`, `- - -`, `___`) is not nesting, however many markers it has. */
function isThematicBreak(line: string): boolean {
  return /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(line);
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** Whether `<` at `at` opens an element, closes one, or is neither (a self-closing tag, an autolink, a comparison). */
function elementTag(line: string, at: number): 'open' | 'close' | undefined {
  if (line[at + 1] === '/') return /[A-Za-z]/.test(line[at + 2] ?? '') ? 'close' : undefined;
  if (!/[A-Za-z]/.test(line[at + 1] ?? '')) return undefined;
  // A bounded look for the end of the tag keeps the scan linear.
  const rest = line.slice(at, at + 200);
  const end = rest.indexOf('>');
  if (end < 0) return 'open';
  const tag = rest.slice(0, end + 1);
  return tag.endsWith('/>') || /[:@]/.test(tag.split(/\s/)[0]!) ? undefined : 'open';
}

/** A line whose container markers hold a block quote's `>`, alone or inside list items (`- > quoted`). */
const quoteOpens = /^(?:[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+)*[ \t]*>/;
/** A line that opens a list item, inside any quotes: "- a", "  2. b", "> * c". */
const listOpens = /^(?:[ \t]*>)*[ \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;

/** How many container markers (`>`, `-`, `+`, `*`, `1.`, `1)`) open at the start of a line. */
function containersAt(line: string): number {
  let depth = 0;
  let i = 0;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') i++;
    const c = line[i];
    if (c === '>') {
      depth++;
      i++;
      continue;
    }
    if ((c === '-' || c === '+' || c === '*') && (line[i + 1] === ' ' || line[i + 1] === '\t')) {
      depth++;
      i += 2;
      continue;
    }
    let j = i;
    while (j - i < 9 && line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57) j++;
    if (j > i && (line[j] === '.' || line[j] === ')') && (line[j + 1] === ' ' || line[j + 1] === '\t')) {
      depth++;
      i = j + 2;
      continue;
    }
    return depth;
  }
}

/**
 * Checks source text against `structureLimits` in one pass, before any
 * parser sees it. Returns at most one problem per kind (the first place it
 * is exceeded); an empty list means the text is safe to parse.
 */
export function checkStructure(text: string): StructureProblem[] {
  const problems: StructureProblem[] = [];
  const found = new Set<string>();
  const add = (kind: string, what: string, fix: string, line: number, column = 1, joiner = '; ') => {
    if (found.has(kind)) return;
    found.add(kind);
    problems.push({ reason: `${what}${joiner}${fix}`, fix, line, column });
  };
  let emphasis = 0;
  let brackets = 0;
  let characters = 0;
  let paragraphLine = 1;
  let elements = 0;
  const bareReturn = /\r(?!\n)/.exec(text);
  if (bareReturn) {
    // Parsers disagree on a lone CR (micromark ends a line there, the site build's frontmatter reader does not).
    add('cr', 'A carriage return without a line feed (an old Mac line ending)', 'save the file with LF or CRLF line endings', text.slice(0, bareReturn.index).split('\n').length);
  }
  let blockQuotes = 0;
  let inQuote = false;
  let lists = 0;
  let inList = false;
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const quoteLine = quoteOpens.test(line);
    if (quoteLine && !inQuote && ++blockQuotes > structureLimits.blockQuotes) {
      add('quotes', `More than ${structureLimits.blockQuotes.toLocaleString('en')} block quotes (lines opening with >) in one file`, 'join them or remove the markers', n + 1);
    }
    inQuote = quoteLine;
    // A list goes on over blank lines, lines indented as its items' text (two spaces or a tab), and text straight after an
    // item's line (a lazy continuation); any other line of text ends it.
    const listLine = listOpens.test(line) && !isThematicBreak(line);
    if (listLine && !inList && ++lists > structureLimits.lists) {
      add('lists', `More than ${structureLimits.lists.toLocaleString('en')} lists (list items after a paragraph) in one file`, 'join them into fewer lists or remove the markers', n + 1);
    }
    if (listLine) inList = true;
    else if (line.trim() !== '' && !/^(?: {2}|\t)/.test(line) && (n === 0 || lines[n - 1]!.trim() === '')) inList = false;
    if (line.trim() === '') {
      emphasis = 0;
      brackets = 0;
      characters = 0;
      paragraphLine = n + 2;
      continue;
    }
    characters += line.length + 1;
    if (characters > structureLimits.charactersPerBlock) {
      add('block', `The block of text starting on line ${paragraphLine} runs past ${structureLimits.charactersPerBlock.toLocaleString('en')} characters without a blank line`, 'split it into paragraphs', n + 1);
    }
    if (!isThematicBreak(line)) {
      const depth = containersAt(line);
      if (depth > structureLimits.containersPerLine) {
        add('containers', `${depth} quotes or lists nested on one line; the limit is ${structureLimits.containersPerLine}`, 'Flatten the structure', n + 1, 1, '. ');
      }
    }
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === '<') {
        // Components and HTML elements open a level each; the tree's depth is checked only after
        // parsing, and the parser's own passes recurse per level, so it is bounded here first.
        const tag = elementTag(line, i);
        if (tag === 'open') elements++;
        else if (tag === 'close') elements = Math.max(0, elements - 1);
        if (elements > structureLimits.treeDepth) {
          add('elements', `More than ${structureLimits.treeDepth} components or HTML elements open inside each other`, 'flatten it', n + 1, i + 1);
        }
      }
      // An underscore inside a word (a merge field's name) can neither open nor close emphasis.
      // Each marker counts (a run of 16,000 `*` is 8,000 nested emphases); an underscore inside a word, as in a merge field's name, never opens or closes one.
      if (c === '*' || c === '~' || (c === '_' && !(isWordChar(line[i - 1]) && isWordChar(line[i + 1])))) emphasis++;
      else if (c === '[' || c === ']') brackets++;
    }
    if (emphasis > structureLimits.emphasisMarkersPerParagraph) {
      add('emphasis', `The paragraph starting on line ${paragraphLine} has more than ${structureLimits.emphasisMarkersPerParagraph} emphasis markers (*, _ or ~)`, 'split it or remove the markers', n + 1);
    }
    if (brackets > structureLimits.bracketsPerParagraph) {
      add('brackets', `The paragraph starting on line ${paragraphLine} has more than ${structureLimits.bracketsPerParagraph} square brackets`, 'split it or remove them', n + 1);
    }
  }
  return problems;
}

/** What stands in for a character of structure in `flattenStructure`: no parser reads it as markup or as indentation. */
const filler = '\u00a0';
/** Blocks are cut well inside the limit, so the flattened text parses in time linear in its length. */
const flatBlock = structureLimits.charactersPerBlock / 4;

/**
 * The text with its structure taken out and every word where it was: container markers at the start of a line and the
 * characters of emphasis, links, tags and expressions become no-break spaces (neither markup nor indentation to a
 * parser), a line of markers alone becomes a blank line, an HTML comment is blanked, and a block longer than a quarter of
 * `charactersPerBlock` is cut into paragraphs at a sentence's end (its mark and the space after it become a blank line),
 * else at two spaces, else (no space for 400 characters) through a word. Same length, line for line and column for column,
 * so anything found in it is reported at its place in the file. A short frontmatter at the top is kept as it is (a long or
 * odd one is read as text). Linear in the text. Used to read the wording of a file whose structure is beyond the limits
 * (validator/session.ts).
 */
export function flattenStructure(text: string): string {
  const out = text.split('');
  let i = 0;
  // The frontmatter, which the parser reads on its own, kept when it is well within the limits.
  const frontmatter = /^---\r?\n[\s\S]*?\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(0, flatBlock));
  if (frontmatter && !/\r(?!\n)/.test(frontmatter[0])) i = frontmatter[0].length;
  let block = 0;
  let lineStart = true;
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n' && out[k] !== '\r') out[k] = ' ';
  };
  const cut = (at: number) => {
    out[at] = '\n';
    out[at + 1] = '\n';
    block = 0;
    lineStart = true;
  };
  for (; i < out.length; i++) {
    let c = out[i]!;
    if (c === '\r') {
      // A lone carriage return ends a line for the location of messages as for the limits: read as a line feed.
      if (out[i + 1] === '\n') continue;
      out[i] = c = '\n';
    }
    if (c === '\n') {
      // A blank line ends the block.
      if (lineStart) block = 0;
      lineStart = true;
      continue;
    }
    if (lineStart) {
      // Markers opening the line: quotes, bullets, numbers, and the spaces among them.
      let j = i;
      for (;;) {
        while (out[j] === ' ' || out[j] === '\t') j++;
        if (out[j] === '>') j++;
        else if ((out[j] === '-' || out[j] === '+' || out[j] === '*') && (out[j + 1] === ' ' || out[j + 1] === '\t')) j += 2;
        else if (/\d/.test(out[j] ?? '')) {
          let k = j;
          while (k < j + 9 && /\d/.test(out[k] ?? '')) k++;
          if ((out[k] === '.' || out[k] === ')') && (out[k + 1] === ' ' || out[k + 1] === '\t')) j = k + 2;
          else break;
        } else break;
      }
      lineStart = false;
      if (j > i) {
        // A line of markers alone is blank (spaces, which a parser reads as a blank line, as the limits do).
        const alone = j >= out.length || out[j] === '\n' || out[j] === '\r';
        for (let k = i; k < j; k++) out[k] = alone ? ' ' : filler;
        block += j - i;
        i = j - 1;
        if (alone) lineStart = true;
        continue;
      }
    }
    // An HTML comment, which the parser would not have read as wording: blanked to its end.
    if (c === '<' && out[i + 1] === '!' && out[i + 2] === '-' && out[i + 3] === '-') {
      const close = text.indexOf('-->', i + 4);
      const to = close < 0 ? out.length : close + 3;
      blank(i, to);
      i = to - 1;
      continue;
    }
    if ('*~[]<>{}`|\\'.includes(c) || (c === '_' && !(isWordChar(out[i - 1]) && isWordChar(out[i + 1])))) out[i] = filler;
    block++;
    if (block <= flatBlock || i + 1 >= out.length) continue;
    const next = out[i + 1]!;
    // At a sentence's end first; after 200 characters more, at two spaces; after 400, through a word (never at a comma,
    // which would part a condition from its consequence).
    if ((/[.!?]/.test(c) && (next === ' ' || next === '\t')) || (block > flatBlock + 200 && /[ \t]/.test(c) && (next === ' ' || next === '\t')) || (block > flatBlock + 400 && next !== '\n' && next !== '\r')) {
      cut(i);
      i++;
    }
  }
  return out.join('');
}

/**
 * The first node deeper than `structureLimits.treeDepth`, found without
 * recursion (the walk itself must not overflow), or undefined.
 */
export function tooDeep(tree: Node): Node | undefined {
  const stack: [Node, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > structureLimits.treeDepth) return node;
    const children = (node as Partial<Parent>).children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + 1]);
  }
  return undefined;
}
