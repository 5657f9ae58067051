import type { Link, Nodes as MdastNodes, Root as MdastRoot, TableRow } from 'mdast';
import type { Paragraph as NlcstParagraph, Root as NlcstRoot, Sentence } from 'nlcst';
import { toString as mdastText } from 'mdast-util-to-string';
import { toString } from 'nlcst-to-string';
import { ParseEnglish } from 'parse-english';
import type { Node, Point } from 'unist';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { MergeField } from '../../document/merge-field-tree.ts';
import { foldLookAlikes, normalizeChar } from './normalize.ts';
import { lastAtOrBefore } from './sorted.ts';

/** Where a block of text sits, which decides how the rules treat it. */
export type TextContext = 'paragraph' | 'heading' | 'table' | 'list' | 'attribute' | 'subject' | 'title' | 'summary' | 'code';

export interface BlockData {
  context: TextContext;
  /** Inside a blockquote: a quoted example on a policy page. */
  quoted: boolean;
  /** Inside <Callout type="example">: sample wording a policy page offers for copying. */
  example: boolean;
  /** A call script's line for the writer's side to say (a table column headed "You say"): quoted, it is still said. */
  spoken?: boolean;
}

/**
 * A call script's table, read from its header: a column for the writer's side's lines ("You say", "Agent says", "Suggested
 * reply", "Response") beside one for the customer's ("They say", "Customer says", "Objection"). Without the customer's column,
 * or with a column that judges the lines ("Why", "Status"), the table lists wording, as a policy's table of banned lines does.
 */
const ownLinesHeader = /^(?:(?:you|we|agent|agents|collector|collectors|caller|credit controller|our agent)\s+)?(?:says?|response|reply|answer|rebuttal|line)$|^what (?:to|you|we) say$|^(?:suggested|your|our)\s+(?:reply|response|answer|line|rebuttal)$|^(?:agent|collector|caller|us|we|you)$/i;
const customerLinesHeader = /^(?:if\s+)?(?:they|the customer|customer|customers|client|debtor)(?:\s+says?)?$|^(?:objection|objections|customer objection|what they say)$/i;
/** A column that judges the lines rather than saying them: "Why it is banned", "Status: withdrawn" (not "Why it works"). */
const judgingHeader = /\b(?:banned|avoid|never|wrong|retired|withdrawn|fails?|not allowed|instead|status)\b/i;

/** A header cell's words without the marks around them ("**You say:**", "When?"). */
const plainHeader = (header: string) => header.replace(/[*_:.…?]/g, '').trim();

/** Which columns of a table hold the writer's side's lines to say (see ownLinesHeader); none unless the header sets both sides. */
function ownLineColumns(plain: readonly string[]): boolean[] {
  if (!plain.some((header) => customerLinesHeader.test(header)) || plain.some((header) => judgingHeader.test(header))) return plain.map(() => false);
  return plain.map((header) => ownLinesHeader.test(header));
}

/** A column that says when each row happens: a table with one is a schedule of steps ("Action | Date"). */
const whenHeader = /^(?:(?:due|target|planned|expected|start|action|review|contact|visit|from)\s+)?(?:dates?|when|times?|days?|weeks?|months?|deadline|timing|schedule|scheduled(?: for)?|on)$/i;

/**
 * Whether a table is a schedule (see scheduleRow): a column says when, none judges its lines or sets a script's sides, and
 * no cell opens with a quotation (a log of wording received, "| 3 May | “We'll block your gate” |", names the wording).
 */
function isSchedule(plain: readonly string[], rows: readonly TableRow[]): boolean {
  return (
    plain.some((header) => whenHeader.test(header)) &&
    !plain.some((header) => judgingHeader.test(header) || customerLinesHeader.test(header) || ownLinesHeader.test(header)) &&
    !rows.some((row) => row.children.some((cell) => /^\s*["“‘'«„]/.test(mdastText(cell))))
  );
}

/** A merge field's span in the source, so rules can tell a date field from a word. */
export interface FieldSpan {
  name: string;
  start: number;
  end: number;
}

export interface ExtractedText {
  tree: NlcstRoot;
  fields: FieldSpan[];
  /**
   * Source spans [start, end) read as text but written verbatim, not as
   * prose: code spans, and link text that is its own address (a bare URL or
   * e-mail). Their words are still checked for harm; their punctuation and
   * capitals are the code's or the address's, not the writer's tone.
   */
  verbatim: [number, number][];
}

/** Characters normalising may change are all outside ASCII. */
const ampersand = 0x26;
/** A character reference of Markdown's (CommonMark: decimal, hexadecimal or named), matched where it starts. */
const characterReference = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/y;
/** What `normalizeChar` may change: anything outside printable ASCII (control characters are dropped). */
const nonAscii = /[^\t\n\r\x20-\x7E]/;

/** What a merge field reads as in prose: a neutral noun, so sentences still parse. */
export const fieldPlaceholder = 'placeholder';

class Block {
  /** Source offset of each character of `text`. */
  readonly map: number[] = [];
  readonly data: BlockData;
  private readonly source: string;
  /** The text in pieces, joined once when read: appending to one string and testing it would copy it each time. */
  private readonly pieces: string[] = [];
  private joined: string | undefined = '';
  private lastChar = '';
  /** Anything but white space has been appended. */
  hasText = false;

  constructor(data: BlockData, source: string) {
    this.data = data;
    this.source = source;
  }

  get text(): string {
    return (this.joined ??= this.pieces.join(''));
  }

  private append(piece: string): void {
    if (!piece) return;
    this.pieces.push(piece);
    this.joined = undefined;
    this.lastChar = piece[piece.length - 1]!;
    if (!this.hasText && /\S/.test(piece)) this.hasText = true;
  }

  /**
   * Appends a node's value, aligning each character with the source: values
   * drop escapes, entities and container prefixes (`> `), so the source
   * pointer skips ahead to the matching character.
   */
  appendAligned(value: string, start: number, end: number): void {
    // Most text is plain printable ASCII copied verbatim from the source: no alignment or normalising needed.
    if (!nonAscii.test(value) && this.source.startsWith(value, start)) {
      this.append(value);
      for (let i = 0; i < value.length; i++) this.map.push(start + i);
      return;
    }
    let pointer = start;
    // `char` is a code point: two UTF-16 units outside the BMP (tag characters, mathematical letters).
    for (const char of value) {
      // A character reference the parser decoded ("&#32;", "&nbsp;") stands for `char`: it is taken whole, or the search
      // below would find the next literal "char" further on and shift every later position.
      if (this.source.charCodeAt(pointer) === ampersand && !this.source.startsWith(char, pointer)) {
        characterReference.lastIndex = pointer;
        if (characterReference.test(this.source) && characterReference.lastIndex <= end) {
          this.push(char, pointer);
          pointer = characterReference.lastIndex;
          continue;
        }
      }
      let probe = pointer;
      while (probe < end && !this.source.startsWith(char, probe) && probe - pointer < 12) probe++;
      if (probe < end && this.source.startsWith(char, probe)) pointer = probe;
      this.push(char, Math.min(pointer, Math.max(start, end - 1)));
      if (pointer < end) pointer += char.length;
    }
  }

  appendPlaceholder(start: number, end: number): void {
    // Plain ASCII letters, which normalising leaves as they are: appended whole, each letter mapped into the field.
    const last = fieldPlaceholder.length - 1;
    this.append(fieldPlaceholder);
    for (let i = 0; i <= last; i++) this.map.push(i === last ? end - 1 : Math.min(start + i, end - 1));
  }

  /** Appends `value`, which lies at `start` in the source character for character (same length), each at its own offset. */
  appendAt(value: string, start: number): void {
    for (let i = 0; i < value.length; ) {
      const char = String.fromCodePoint(value.codePointAt(i)!);
      this.push(char, start + i);
      i += char.length;
    }
  }

  appendSeparator(offset: number, separator = ' '): void {
    if (this.lastChar && !/\s/.test(this.lastChar)) this.push(separator, offset);
  }

  /** Appends one code point lying at `offset`; `map` gets an entry per UTF-16 unit, as `text` is indexed. */
  private push(char: string, offset: number): void {
    const normalized = normalizeChar(char);
    if (normalized === char) {
      this.append(char);
      for (let i = 0; i < char.length; i++) this.map.push(offset + i);
      return;
    }
    for (const out of normalized) {
      this.append(out);
      for (let i = 0; i < out.length; i++) this.map.push(offset);
    }
  }
}

/** A paragraph that is all bold (or italic) works as a heading in a letter: a label, not a statement. */
function isBoldLine(node: Extract<MdastNodes, { type: 'paragraph' }>): boolean {
  const content = node.children.filter((child) => !(child.type === 'text' && !child.value.trim()));
  return content.length > 0 && content.every((child) => child.type === 'strong' || child.type === 'emphasis');
}

function isTitleLine(text: string): boolean {
  const trimmed = text.trim();
  // A sentence's end may sit inside closing brackets or quotes: "(Please call us today.)" is a sentence.
  return !trimmed.includes('\n') && !/[.!?:;,]["'”’)\]]*$/.test(trimmed) && trimmed.split(/\s+/).length <= 6;
}

/** A pasted email's header line ("Subject: …", "Re: …") is a label too. */
function isSubjectLine(node: Extract<MdastNodes, { type: 'paragraph' }>): boolean {
  const first = node.children[0];
  const text = first?.type === 'text' ? first.value : first?.type === 'strong' && first.children[0]?.type === 'text' ? first.children[0].value : '';
  return /^\s*(subject|re|fw|fwd)\s*:/i.test(text) && !node.children.some((child) => child.type === 'break');
}

/**
 * HTML with each tag and comment replaced by as many spaces, so every
 * character of text keeps its offset. One pass: `<` to the next `>`.
 */
function withoutTags(html: string): string {
  return html.replace(/<!--[\s\S]*?(?:-->|$)|<[^>]*>?/g, (tag) => ' '.repeat(tag.length));
}

const inlineContainers = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxTextElement']);

function offsets(node: Node): [number, number] | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : [start, end];
}

/** Whether `offset` lies in one of `spans` (sorted by start, not overlapping): a binary search. */
export function inSpans(spans: readonly (readonly [number, number])[], offset: number): boolean {
  const span = spans[lastAtOrBefore(spans, (s) => s[0], offset)];
  return !!span && offset < span[1];
}

/** Whether a link's text is its own address (`https://pay.example.com/a!!!`, `ar@example.com`), as GFM makes of a bare URL. */
function isOwnAddress(link: Link): boolean {
  const only = link.children.length === 1 ? link.children[0] : undefined;
  return only?.type === 'text' && only.value.length > 0 && link.url.replace(/^mailto:/, '').endsWith(only.value);
}

/**
 * Collects every piece of text a reader sees — headings, paragraphs, list
 * items, table cells, link text and titles, image alt, JSX children and
 * string attributes — as blocks with a character-level map back to the source.
 * Inline formatting adds no separator, so a word split by emphasis
 * (`**bail**iffs`) is read whole.
 */
function collectBlocks(tree: MdastRoot | undefined, extras: readonly ExtraText[], source: string, fields: FieldSpan[], verbatim: [number, number][]): Block[] {
  const blocks: Block[] = [];

  const attributes = (node: MdastNodes, quoted: boolean, example: boolean) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string' || !attribute.value.trim()) continue;
      const span = offsets(attribute);
      if (!span) continue;
      const block = new Block({ context: 'attribute', quoted, example }, source);
      block.appendAligned(attribute.value, span[0], span[1]);
      blocks.push(block);
    }
  };

  // HTML whose value is its source (not inside a block quote or list, which strip their markers) keeps exact offsets.
  const appendHtml = (block: Block, html: string, span: [number, number]) => {
    if (source.slice(span[0], span[1]) === html) block.appendAt(withoutTags(html), span[0]);
    else block.appendAligned(withoutTags(html), span[0], span[1]);
  };

  const inline = (node: MdastNodes, block: Block) => {
    const span = offsets(node);
    switch (node.type) {
      case 'inlineCode':
        if (span) verbatim.push(span);
        if (span) block.appendAligned(node.value, span[0], span[1]);
        return;
      case 'text':
        if (span) block.appendAligned(node.value, span[0], span[1]);
        return;
      case 'break':
        if (span) block.appendSeparator(span[0], '\n');
        return;
      case 'image':
        if (span && node.alt) {
          block.appendSeparator(span[0]);
          block.appendAligned(node.alt, span[0], span[1]);
          block.appendSeparator(span[1] - 1);
        }
        return;
      case 'mergeField':
        if (span) {
          fields.push({ name: (node as MergeField).name, start: span[0], end: span[1] });
          block.appendPlaceholder(span[0], span[1]);
        }
        return;
      case 'mdxTextExpression':
        if (span) block.appendSeparator(span[0]);
        return;
      case 'html':
        // Raw HTML in a Markdown draft (MDX refuses it): a tag separates words, the text between tags is read.
        if (span) appendHtml(block, node.value, span);
        return;
      default:
        if (node.type === 'link' && span && isOwnAddress(node)) verbatim.push(span);
        // A link's title shows when the reader hovers over it: `[pay here](https://… "we know where you live")`.
        if (node.type === 'link' && span && node.title) {
          const title = new Block({ context: 'attribute', quoted: block.data.quoted, example: block.data.example }, source);
          // Looked for within the link's own source only: a title written with escapes is aligned over the whole link.
          const at = source.slice(span[0], span[1]).lastIndexOf(node.title);
          if (at >= 0) title.appendAt(node.title, span[0] + at);
          else title.appendAligned(node.title, span[0], span[1]);
          blocks.push(title);
        }
        if (node.type === 'mdxJsxTextElement') attributes(node, block.data.quoted, block.data.example);
        if (inlineContainers.has(node.type) && 'children' in node) for (const child of node.children) inline(child as MdastNodes, block);
    }
  };

  // A schedule's row is one planned step (what, when, by whom): read as one sentence, its cells set off as by commas.
  const scheduleRow = (row: TableRow, quoted: boolean, example: boolean) => {
    const block = new Block({ context: 'table', quoted, example }, source);
    for (const cell of row.children) {
      const span = offsets(cell);
      if (span && block.hasText) {
        block.appendSeparator(span[0], ',');
        block.appendSeparator(span[0]);
      }
      for (const child of cell.children) inline(child as MdastNodes, block);
    }
    if (block.hasText) blocks.push(block);
  };

  const flow = (node: MdastNodes, quoted: boolean, example: boolean, context: TextContext) => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        const kind =
          node.type === 'heading' || (node.type === 'paragraph' && isBoldLine(node))
            ? 'heading'
            : node.type === 'tableCell'
              ? 'table'
              : node.type === 'paragraph' && isSubjectLine(node)
                ? 'subject'
                : context;
        const block = new Block({ context: kind, quoted, example }, source);
        for (const child of node.children) inline(child as MdastNodes, block);
        // A short line with no full stop is a title ("LETTER BEFORE ACTION"), not a sentence.
        if (kind === 'paragraph' && isTitleLine(block.text)) block.data.context = 'heading';
        if (block.text.trim()) blocks.push(block);
        return;
      }
      case 'code': {
        const span = offsets(node);
        if (!span) return;
        const block = new Block({ context: 'code', quoted, example }, source);
        block.appendAligned(node.value, span[0], span[1]);
        blocks.push(block);
        return;
      }
      case 'html': {
        // A block of raw HTML in a Markdown draft: its text, not its tags, is what a reader sees.
        const span = offsets(node);
        if (!span) return;
        const block = new Block({ context, quoted, example }, source);
        appendHtml(block, node.value, span);
        if (block.text.trim()) blocks.push(block);
        return;
      }
      case 'blockquote':
        for (const child of node.children) flow(child as MdastNodes, true, example, context);
        return;
      case 'table': {
        const [header, ...rows] = node.children;
        const headers = (header?.children ?? []).map((cell) => plainHeader(mdastText(cell)));
        const own = ownLineColumns(headers);
        if (header) flow(header, quoted, example, context);
        if (isSchedule(headers, rows)) {
          for (const row of rows) scheduleRow(row, quoted, example);
          return;
        }
        for (const row of rows) {
          row.children.forEach((cell, column) => {
            const before = blocks.length;
            flow(cell, quoted, example, context);
            if (own[column]) for (const block of blocks.slice(before)) block.data.spoken = true;
          });
        }
        return;
      }
      case 'list':
      case 'listItem':
        for (const child of node.children) flow(child as MdastNodes, quoted, example, 'list');
        return;
      case 'mdxJsxFlowElement': {
        attributes(node, quoted, example);
        const isExample = example || (node.name === 'Callout' && node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'type' && a.value === 'example'));
        for (const child of node.children) flow(child as MdastNodes, quoted, isExample, context);
        return;
      }
      default:
        if ('children' in node) for (const child of node.children) flow(child as MdastNodes, quoted, example, context);
    }
  };

  for (const extra of extras) {
    const block = new Block({ context: extra.context, quoted: false, example: false }, source);
    for (const child of extra.tree.children) {
      if (child.type === 'paragraph') for (const phrasing of child.children) inline(phrasing as MdastNodes, block);
    }
    if (block.text.trim()) blocks.push(block);
  }
  if (tree) for (const child of tree.children) flow(child as MdastNodes, false, false, 'paragraph');
  return blocks;
}

/**
 * A string from frontmatter (subject, title), parsed as Markdown so its
 * merge fields are fields, with positions already shifted into the file.
 */
export interface ExtraText {
  tree: MdastRoot;
  context: TextContext;
}

const parser = new ParseEnglish();
parser.tokenizeParagraphPlugins.push(splitAfterFullStops, splitAfterLabelLines, joinAbbreviations);

/** Middle words of a company's name, always followed by more of it: "Orion Infra Projects Pvt. Ltd.", "Kedah Timber Sdn. Bhd.", "Harbour Pty. Ltd." (not "Bhd.", which ends one). */
const nameAbbreviations = /^(?:pvt|sdn|pty)$/i;
/** Abbreviations that stand before a number: "invoice No. 5530", "Ref. 2291", "cl. 14", "para. 3", "Rs. 45,000". */
const numberAbbreviations = /^(?:no|nos|ref|inv|acct|cl|cls|para|paras|art|arts|sec|secs|ss|reg|regs|vol|ch|pp|rs)$/i;
/** Abbreviations inside a phrase, always followed by more of it: "$38,650 incl. GST", "approx. £500", "excl. VAT", "Smith vs. Jones". */
const phraseAbbreviations = /^(?:incl|excl|approx|viz|vs)$/i;

/**
 * Joins a sentence that ends at an abbreviation the English parser does not know to the sentence after it: the middle
 * words of a company's name, "incl." or "approx." inside a phrase, and "No." or "Ref." before a number or a reference code
 * ("Claim No. CC/88213/BH"). Otherwise "… the process of Orion Infra Projects
 * Pvt. | Ltd. by order of the Tribunal" reads as two sentences, and a phrase of one never meets the other. Runs after the
 * parser's own passes, when white space between sentences is a paragraph's child.
 */
function joinAbbreviations(paragraph: NlcstParagraph): void {
  const children = paragraph.children;
  for (let i = 0; i + 2 < children.length; i++) {
    const sentence = children[i]!;
    const space = children[i + 1]!;
    const next = children[i + 2]!;
    if (sentence.type !== 'SentenceNode' || space.type !== 'WhiteSpaceNode' || next.type !== 'SentenceNode' || /\n/.test(toString(space))) continue;
    const period = sentence.children.at(-1);
    const word = sentence.children.at(-2);
    if (period?.type !== 'PunctuationNode' || toString(period) !== '.' || word?.type !== 'WordNode') continue;
    const value = toString(word);
    const following = next.children.find((child) => child.type === 'WordNode');
    if (!nameAbbreviations.test(value) && !phraseAbbreviations.test(value) && !(numberAbbreviations.test(value) && following && (/^\d/.test(toString(following)) || (isReferenceCode(toString(next)) && value !== value.toUpperCase())))) continue;
    word.children.push(period);
    sentence.children.pop();
    if (period.position && word.position) word.position.end = period.position.end;
    sentence.children.push(space, ...next.children);
    if (next.position && sentence.position) sentence.position.end = next.position.end;
    children.splice(i + 1, 2);
    i--;
  }
}

/**
 * A reference in capitals and digits at the start of `text`: "CC/88213/BH", "AB12", "K7QZ41" (not a word in capitals,
 * "NOTHING"). Read after "No." or "Ref." as written, not after "NO." in a line of capitals, which is the word.
 */
function isReferenceCode(text: string): boolean {
  const code = /^[A-Z][A-Z0-9]*(?:[/_.-][A-Z0-9]+)*/.exec(text)?.[0];
  return code !== undefined && /\d/.test(code);
}

/**
 * Abbreviations the English parser keeps a full stop on that also end sentences: months and weekdays ("due 14 Feb."),
 * a company's last word ("Ltd.", "Inc."), units ("2 hrs."), "in", "etc." and "per cent.". Titles, initials, a company's
 * middle words and an address's street types stand before a name ("Atty. Brown", "J. Patel", "Smith & Co. Ltd", "Oak
 * Ave. Springfield") and are not listed.
 */
const sentenceEnders = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|ltd|inc|in|min|mins|hr|hrs|sec|secs|sq|cu|yd|yds|lb|lbs|oz|gal|doz|tsp|tbsp|bbl|bbls|qt|kt|gr|mi|etc|cent)$/i;

/** Titles and initials, which stand before a name: "Dear Mr. {{last_name}}", "J. {{surname}}". */
const titles = /^(?:\p{L}|mr|mrs|ms|mx|dr|prof|messrs|atty|hon|rev|st|sr|jr|capt)$/iu;

/** Whether an abbreviation stands before what follows it, so a merge field after it goes on its sentence: a title, "No.", "incl.". */
function standsBeforeField(stem: string): boolean {
  return titles.test(stem) || nameAbbreviations.test(stem) || numberAbbreviations.test(stem) || phraseAbbreviations.test(stem);
}

/**
 * Splits a sentence that the English parser ran on past a full stop it took for part of a word: a number of one to three
 * digits ("It was due on July 15. We sent a reminder", which it reads as an ordinal, "15."), or an abbreviation that
 * also ends sentences ("due 14 Feb. Chased on the 16th", "Greenvale Foods Ltd. We write about", "8 per cent. We will").
 * A capitalised word after it starts the next sentence, unless the number opens its sentence (a list's "1. Call
 * them"); an abbreviation must be one that ends sentences (`sentenceEnders`). Otherwise, in at least one letter in
 * eleven of the corpora, a sentence ran into the next, and a phrase, a negation or a condition reached across the two.
 * A merge field reads as a word in lower case (`fieldPlaceholder`), which the parser never takes to start a sentence:
 * after a full stop, a question mark or an exclamation mark it does ("before the break. {{amount_due}} on
 * {{invoice_number}} by Thursday if you can"), unless the full stop is an abbreviation's that stands before it
 * (`standsBeforeField`) or a list's number's. The full stop stays on its word, as the parser leaves it at a paragraph's end.
 * One pass; each part is copied once.
 */
function splitAfterFullStops(paragraph: NlcstParagraph): void {
  splitSentences(paragraph, (parts) => {
    const cuts: number[] = [];
    // Whether a word came before in the sentence being built.
    let opened = false;
    for (let i = 0; i + 2 < parts.length; i++) {
      const word = parts[i]!;
      const space = parts[i + 1]!;
      const next = parts[i + 2]!;
      const field = next.type === 'WordNode' && toString(next) === fieldPlaceholder;
      if (word.type === 'PunctuationNode') {
        if (field && space.type === 'WhiteSpaceNode' && (word.value === '?' || word.value === '!')) {
          cuts.push(i + 1);
          opened = false;
        }
        continue;
      }
      if (word.type !== 'WordNode') continue;
      const opens = !opened;
      opened = true;
      const period = word.children.at(-1);
      if (space.type !== 'WhiteSpaceNode' || next.type !== 'WordNode' || word.children.length < 2 || period?.type !== 'PunctuationNode' || period.value !== '.') continue;
      const stem = toString(word).slice(0, -1);
      const number = /^\d{1,3}$/.test(stem);
      if (field ? (number ? opens : standsBeforeField(stem)) : !/^\p{Lu}/u.test(toString(next)) || (number ? opens : !sentenceEnders.test(stem))) continue;
      cuts.push(i + 1);
      opened = false;
    }
    return cuts;
  });
}

/**
 * A line that labels what follows it, whatever its length: a stamp in brackets ("[Voicemail, 4:52pm]") or a pasted email's
 * header ("From: Nadine Castell"). Short lines ending in a colon are labels too (`isLabelLine`).
 */
const labelLine = /^\[[^\]]*\]\s*$|^(?:from|to|cc|bcc|sent|date|subject|re)\s*:/i;

/**
 * Whether a line labels what follows (`labelLine`), or ends in a colon as a label does: a short line, at most nine words,
 * with no condition in it. A longer line, or one with its condition, leads into what follows and stays one sentence with
 * it ("Unless the money is in by Friday, this is what happens next:⏎expect me at your yard", "please do one of the
 * following by 20 December:⏎pay the balance, …").
 */
function isLabelLine(line: string): boolean {
  if (labelLine.test(line)) return true;
  return /:\s*$/.test(line) && line.split(/\s+/).length <= 9 && !/\b(?:if|unless|should|failing|otherwise|until|or else|following|follows)\b/i.test(line);
}

/**
 * Splits a sentence that runs on past a line that labels the next ones (`labelLine`): the English parser reads a single line
 * break as a space, so "[Voicemail, 4:52pm]" and "SMS (sent from collections line):" were one sentence with the first line of
 * the message under them, and a phrase, a negation or the tone model's words reached across the two. A line break after
 * any other line stays inside its sentence, as a letter wrapped by hand needs. One pass; each line is read once.
 */
function splitAfterLabelLines(paragraph: NlcstParagraph): void {
  splitSentences(paragraph, (parts) => {
    const cuts: number[] = [];
    let line = 0;
    for (let i = 0; i < parts.length; i++) {
      const space = parts[i]!;
      if (space.type !== 'WhiteSpaceNode' || !space.value.includes('\n')) continue;
      const label = isLabelLine(toString(parts.slice(line, i)).trim());
      line = i + 1;
      if (label && i + 1 < parts.length) cuts.push(i);
    }
    return cuts;
  });
}

/**
 * Splits each sentence of `paragraph` at the white space `cuts` finds in its parts (indices, ascending): the parts before a
 * cut end a sentence, and the white space stays between the two at paragraph level, as the parser leaves it. One pass;
 * each part is copied once.
 */
function splitSentences(paragraph: NlcstParagraph, cuts: (parts: Sentence['children']) => number[]): void {
  const children: NlcstParagraph['children'] = [];
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') {
      children.push(sentence);
      continue;
    }
    const parts = sentence.children;
    let start = 0;
    for (const at of cuts(parts)) {
      const space = parts[at]!;
      if (space.type !== 'WhiteSpaceNode') continue;
      children.push(sentenceOf(parts.slice(start, at)), space);
      start = at + 1;
    }
    children.push(start === 0 ? sentence : sentenceOf(parts.slice(start)));
  }
  paragraph.children = children;
}

function sentenceOf(parts: Sentence['children']): Sentence {
  const first = parts[0]?.position;
  const last = parts.at(-1)?.position;
  return { type: 'SentenceNode', children: parts, ...(first && last ? { position: { start: first.start, end: last.end } } : {}) };
}

/**
 * The most characters given to the English parser at once. Its passes splice
 * the children of a sentence one at a time, which is quadratic in the
 * sentence's length: a megabyte with no full stop would take minutes. A block
 * longer than this (no real paragraph comes near: the longest in the content
 * is under 2,000 characters) is parsed in windows cut after a sentence end
 * where there is one, else at white space, and the windows' paragraphs are
 * joined again; a sentence that runs over a window reads as two.
 */
export const parseWindow = 8000;

/**
 * Where to end the window starting at `from`: after a sentence end, else after white space, in its second half.
 * A rest of under a quarter window goes with this one: cut off alone, the last few words of a run-on sentence read
 * as a sentence of their own (three words in capitals, "shouting").
 */
function windowEnd(text: string, from: number): number {
  if (text.length - from <= parseWindow * 1.25) return text.length;
  const limit = from + parseWindow;
  const earliest = from + parseWindow / 2;
  let space = -1;
  for (let i = limit; i > earliest; i--) {
    if (!/\s/.test(text[i - 1]!) || /\s/.test(text[i]!)) continue;
    // `i` starts a word after white space: a cut here splits no word.
    let j = i - 1;
    while (j > from && /\s/.test(text[j]!)) j--;
    while (j > from && /["'\u201D\u2019)\]]/.test(text[j]!)) j--;
    if (/[.!?]/.test(text[j]!)) return i;
    if (space === -1) space = i;
  }
  if (space !== -1) return space;
  // No white space in the window's second half (one enormous word): cut it, but not inside a surrogate pair.
  return (text.charCodeAt(limit) & 0xfc00) === 0xdc00 ? limit - 1 : limit;
}

/**
 * Parses a block's text into paragraphs with positions in the document,
 * window by window (see `parseWindow`). A window's first paragraph continues
 * the previous window's last one unless a blank line separates them.
 */
function parseBlock(block: Block, toPoint: (offset: number) => Point | undefined): NlcstParagraph[] {
  // Folded whole, before windowing: whether a word is folded depends on the words around it.
  const text = foldLookAlikes(block.text);
  const out: NlcstParagraph[] = [];
  for (let from = 0; from < text.length; ) {
    const to = windowEnd(text, from);
    const whole = from === 0 && to === text.length;
    const parsed = parser.parse(whole ? text : text.slice(from, to));
    const map = whole ? block.map : block.map.slice(from, to);
    const continues = from > 0 && !/\n[^\S\n]*\n\s*$/.test(text.slice(Math.max(0, from - 64), from));
    let first = true;
    for (const paragraph of parsed.children) {
      if (paragraph.type !== 'ParagraphNode') continue;
      remap(paragraph, map, toPoint);
      const previous = out[out.length - 1];
      if (first && continues && previous) {
        for (const child of paragraph.children) previous.children.push(child);
        if (previous.position && paragraph.position) previous.position = { start: previous.position.start, end: paragraph.position.end };
      } else {
        paragraph.data = { ...block.data } as never;
        out.push(paragraph);
      }
      first = false;
    }
    from = to;
  }
  return out;
}

function remap(node: Node & { children?: Node[] }, map: number[], toPoint: (offset: number) => Point | undefined): void {
  const position = node.position;
  if (position && position.start.offset !== undefined && position.end.offset !== undefined) {
    const start = map[position.start.offset] ?? map[map.length - 1] ?? 0;
    const end = (map[Math.max(position.start.offset, position.end.offset - 1)] ?? start) + 1;
    const startPoint = toPoint(start);
    const endPoint = toPoint(end);
    if (startPoint && endPoint) node.position = { start: startPoint, end: endPoint };
  }
  if (node.children) for (const child of node.children) remap(child, map, toPoint);
}

/**
 * Builds one nlcst tree holding all the text of a document, with positions
 * in the document's own lines and columns, for retext plugins and the
 * project's phrase rules alike.
 */
export function extractText(file: VFile, tree: MdastRoot | undefined, extras: readonly ExtraText[] = []): ExtractedText {
  const source = String(file.value);
  const fields: FieldSpan[] = [];
  const verbatim: [number, number][] = [];
  const blocks = collectBlocks(tree, extras, source, fields, verbatim);
  const place = location(file);
  // An end one past a character outside the BMP lands between its two UTF-16 halves: move it past the pair.
  const splitsPair = (offset: number) => (source.charCodeAt(offset) & 0xfc00) === 0xdc00 && (source.charCodeAt(offset - 1) & 0xfc00) === 0xd800;
  const toPoint = (offset: number) => place.toPoint(Math.min(splitsPair(offset) ? offset + 1 : offset, source.length));
  const children: NlcstParagraph[] = [];
  for (const block of blocks) for (const paragraph of parseBlock(block, toPoint)) children.push(paragraph);
  return { tree: { type: 'RootNode', children }, fields, verbatim: verbatim.sort((a, b) => a[0] - b[0]) };
}
