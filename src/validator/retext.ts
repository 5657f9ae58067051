import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { completeMessages } from './report-message.ts';
import { loadRules } from './rules/index.ts';
import { findPhrases, loadPhraseData } from './rules/phrase-rules.ts';
import { runRules } from './session.ts';
import { tokenize } from './text/tokens.ts';
import type { DocumentContext, DocumentKind } from './types.ts';

export interface RetextFairCollectionsOptions {
  /**
   * What the text is: `draft` (the default: a letter being written, as
   * `npm run lint -- --language-only` reads it), `template`, `notice` or `chapter`.
   */
  kind?: DocumentKind | undefined;
}

/**
 * The validator's wording checks as a retext plugin: nlcst in (from
 * retext-english, or the validator's own text extraction), vfile messages
 * out, as retext-equality does. Every wording rule runs — the phrase rules,
 * shouting, profanity, equality, the tone model — and each message carries
 * its `ruleId`, `source`, `place`, `actual`, `expected`, the rule's why as
 * `note` and its page as `url`.
 *
 *   const processor = unified().use(retextEnglish).use(retextFairCollections);
 *   const file = new VFile('Pay now or else.');
 *   await processor.run(processor.parse(file), file); // file.messages: coercion, …
 *
 * `run`, not `process`: nothing here compiles the tree back to text, and
 * `process` throws without a compiler (retext-stringify).
 */
export default function retextFairCollections(options: RetextFairCollectionsOptions = {}) {
  const kind = options.kind ?? 'draft';
  return (tree: Root, file: VFile): void => {
    const { document, meta } = loadRules();
    const words = tokenize(tree, [], { draft: kind === 'draft', names: loadPhraseData().givenNames });
    const context: DocumentContext = {
      file,
      kind,
      languageOnly: true,
      locate: () => undefined,
      extras: [],
      text: { tree, fields: [], verbatim: [] },
      words,
      phrases: [],
      lawful: new Set(),
      innocent: new Set(),
    };
    context.phrases = findPhrases(words.tokens, context.innocent);
    runRules(
      context,
      document.filter((rule) => rule.meta.scope === 'language'),
    );
    completeMessages(file, new Map(meta.map((m) => [m.id, m])));
  };
}
