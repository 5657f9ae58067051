import retextEquality from 'retext-equality';
import retextProfanities from 'retext-profanities';
import type { Root } from 'nlcst';
import { VFile } from 'vfile';
import type { DocumentContext, DocumentRule, ReportSpec } from '../types.ts';
import { loadPhraseData } from './phrase-rules.ts';

type Transformer = (tree: Root, file: VFile) => void;

/**
 * Runs a retext plugin on the document's own nlcst tree (which covers every
 * piece of text and carries source positions) and hands its messages on
 * under this project's rule id.
 */
function runPlugin(transform: Transformer, context: DocumentContext): { spec: ReportSpec; source: string; inQuote: boolean }[] {
  const scratch = new VFile({ path: context.file.path, value: context.file.value });
  transform(context.text.tree, scratch);
  const quotedLines = new Set<number>();
  if (context.kind === 'chapter' || context.kind === 'draft') {
    for (const token of context.words.tokens) {
      if (token.literal || token.quoted) quotedLines.add(token.first.position!.start.offset!);
    }
  }
  return scratch.messages.map((message) => ({
    spec: {
      reason: message.reason,
      place: message.place && 'start' in message.place ? message.place : undefined,
      actual: message.actual ?? undefined,
      expected: message.expected?.length ? message.expected : undefined,
    },
    source: message.source ?? 'retext',
    inQuote: message.place !== undefined && 'start' in message.place && quotedLines.has(message.place.start.offset ?? -1),
  }));
}

let profanityTransform: Transformer | undefined;
const equalityTransform = (retextEquality as unknown as (options: object) => Transformer)({});

/** Built on first use: its allow-list is rule data, which may fail to load. */
function profanities(): Transformer {
  profanityTransform ??= (retextProfanities as unknown as (options: object) => Transformer)({
    sureness: 1,
    ignore: loadPhraseData().lexicon['profanity-allowed'] ?? [],
  });
  return profanityTransform;
}

export const profanity: DocumentRule = {
  meta: {
    id: 'profanity',
    name: 'Profanity',
    description: 'Profane or obscene words, from the retext-profanities word list (words it rates as likely profane).',
    why: 'Obscene or profane language in a collection message is abuse, whatever the provocation.',
    source: 'FDCPA §806(2) (benchmark); retext-profanities (cuss word list).',
    severity: 'error',
    suppressible: false,
    scope: 'language',
    examples: {
      valid: [{ text: 'We would be grateful for payment by Friday.' }],
      invalid: [{ text: 'Pay the damn invoice.' }, { text: 'Your paperwork is crap.' }],
    },
  },
  check(context, report) {
    for (const { spec, inQuote } of runPlugin(profanities(), context)) {
      if (!inQuote) report({ ...spec, expected: ['Remove the word; say plainly what you need.'] });
    }
  },
};

export const equality: DocumentRule = {
  meta: {
    id: 'equality',
    name: 'Inconsiderate wording',
    description: 'Gendered, ableist or otherwise inconsiderate words, from retext-equality, with a suggested alternative.',
    why: 'Letters go to people we do not know; considerate wording keeps the conversation about the invoice.',
    source: 'retext-equality (alex); handbook, Purpose and principles.',
    severity: 'warning',
    suppressible: true,
    scope: 'language',
    examples: {
      valid: [{ text: 'Please ask the person who approves invoices to call us.' }],
      invalid: [{ text: 'Please ask your chairman to call us.' }, { text: 'This delay is crazy.' }],
    },
  },
  check(context, report) {
    for (const { spec, inQuote } of runPlugin(equalityTransform, context)) if (!inQuote) report(spec);
  },
};
