import type { VFile } from 'vfile';

/** Files larger than this are refused: a template, chapter or data file is a few kilobytes. */
// 16× the longest chapter (16 KB). Parsing costs up to ~10 µs a byte on block-dense text (thousands of one-line headings), so this also bounds any file's check to a few seconds.
export const maxFileBytes = 256 * 1024;

/** Records why a file cannot be read, and what to do about it: a fatal `read-error` at its start, or at `place`. */
export function fail(file: VFile, reason: string, fix: string, place?: { line: number; column: number }) {
  const message = file.message(reason, { ruleId: 'read-error', source: 'fair-collections', place: place ?? { line: 1, column: 1 } });
  message.fatal = true;
  message.expected = [fix];
}

const saveAsUtf8 = 'Save the file as UTF-8 text (in most editors: Save with encoding, UTF-8) and check it again.';
const writeOrDelete = 'Write the text of the letter, or delete the file.';
/** What to do with a file over `maxFileBytes`. */
export const tooLargeFix = 'Keep one letter, template or chapter per file: split the file, or remove what is not part of it.';

export function tooLarge(bytes: number | undefined): string {
  const size = bytes === undefined ? `more than ${maxFileBytes / 1024} KB` : `${Math.ceil(bytes / 1024)} KB`;
  return `File is ${size}; the limit is ${maxFileBytes / 1024} KB (a template or chapter is a few kilobytes)`;
}

/**
 * Decodes a file's bytes (as read, at most `maxFileBytes + 1`) into
 * `file.value`, as `npm run lint` and the letter checker both read a file.
 * False, with a fatal `read-error` on `file`, for a file over the limit, an
 * empty or white-space-only, binary (NUL), UTF-16 or other non-UTF-8 file; a
 * byte-order mark is a warning.
 */
export function decodeContent(bytes: Uint8Array, file: VFile): boolean {
  if (bytes.length > maxFileBytes) {
    fail(file, tooLarge(bytes.length), tooLargeFix);
    return false;
  }
  if (bytes.length === 0) {
    fail(file, 'File is empty', writeOrDelete);
    return false;
  }
  // A UTF-16 file starts with its byte-order mark, and its ASCII letters each carry a NUL byte.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    fail(file, 'UTF-16 text, not UTF-8; save the file as UTF-8', saveAsUtf8);
    return false;
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    fail(file, `Binary file (a NUL byte at offset ${nul}), not text`, 'Check text files only (.md, .mdx, .txt): copy the letter out of a document or PDF into one.');
    return false;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at)).split('\n');
    fail(file, `Not UTF-8 text: byte 0x${bytes[at]!.toString(16).padStart(2, '0')} at offset ${at}; save the file as UTF-8`, saveAsUtf8, {
      line: before.length,
      column: before[before.length - 1]!.length + 1,
    });
    return false;
  }
  if (!/\S/.test(text)) {
    fail(file, 'File has only white space, no text', writeOrDelete);
    return false;
  }
  // TextDecoder drops a byte-order mark silently; the bytes tell whether there was one.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const message = file.message('File starts with a byte-order mark; save it as UTF-8 without BOM', { ruleId: 'read-error', source: 'fair-collections', place: { line: 1, column: 1 } });
    // The read-error rule's own why is about files that cannot be read; this one was read.
    message.note = 'The mark is invisible in most editors but is copied into what is sent, where some mail and AR systems show it as stray characters.';
    message.fatal = false;
    message.expected = ['Save the file as UTF-8 without a byte-order mark (the three bytes EF BB BF at its start): in Notepad, File › Save as with Encoding "UTF-8", not "UTF-8 with BOM"; in VS Code, the encoding in the status bar › Save with Encoding › UTF-8.'];
  }
  file.value = text;
  return true;
}

/**
 * Offset of the first byte that is not part of valid UTF-8, as the Unicode Standard's table of well-formed byte sequences
 * (3-7) has it: after E0, ED, F0 and F4 the second byte's range is narrower (no overlong forms, no surrogates such as
 * ED A0 80, nothing past U+10FFFF).
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    const [low, high] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    const second = bytes[i + 1] ?? 0;
    if (length > 1 && (second < low || second > high)) return i;
    for (let k = 2; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return 0;
}
