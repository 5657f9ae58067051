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
} as const;

export interface StructureProblem {
  reason: string;
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
  const add = (kind: string, problem: StructureProblem) => {
    if (found.has(kind)) return;
    found.add(kind);
    problems.push(problem);
  };
  let emphasis = 0;
  let brackets = 0;
  let characters = 0;
  let paragraphLine = 1;
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '') {
      emphasis = 0;
      brackets = 0;
      characters = 0;
      paragraphLine = n + 2;
      continue;
    }
    characters += line.length + 1;
    if (characters > structureLimits.charactersPerBlock) {
      add('block', {
        reason: `The block of text starting on line ${paragraphLine} runs past ${structureLimits.charactersPerBlock.toLocaleString('en')} characters without a blank line; split it into paragraphs`,
        line: n + 1,
        column: 1,
      });
    }
    if (!isThematicBreak(line)) {
      const depth = containersAt(line);
      if (depth > structureLimits.containersPerLine) {
        add('containers', {
          reason: `${depth} quotes or lists nested on one line; the limit is ${structureLimits.containersPerLine}. Flatten the structure`,
          line: n + 1,
          column: 1,
        });
      }
    }
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      // An underscore inside a word (a merge field's name) can neither open nor close emphasis.
      // Each marker counts (a run of 16,000 `*` is 8,000 nested emphases); an underscore inside a word, as in a merge field's name, never opens or closes one.
      if (c === '*' || c === '~' || (c === '_' && !(isWordChar(line[i - 1]) && isWordChar(line[i + 1])))) emphasis++;
      else if (c === '[' || c === ']') brackets++;
    }
    if (emphasis > structureLimits.emphasisMarkersPerParagraph) {
      add('emphasis', {
        reason: `The paragraph starting on line ${paragraphLine} has more than ${structureLimits.emphasisMarkersPerParagraph} emphasis markers (*, _ or ~); split it or remove the markers`,
        line: n + 1,
        column: 1,
      });
    }
    if (brackets > structureLimits.bracketsPerParagraph) {
      add('brackets', {
        reason: `The paragraph starting on line ${paragraphLine} has more than ${structureLimits.bracketsPerParagraph} square brackets; split it or remove them`,
        line: n + 1,
        column: 1,
      });
    }
  }
  return problems;
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
