/**
 * Micromark syntax for merge fields: `{{due_date}}`.
 *
 * In MDX a brace opens a JavaScript expression, so `{{due_date}}` would be
 * code. This construct is tried before MDX's expression constructs and turns
 * the double-brace form into a plain `mergeField` token; whatever is left as
 * an expression is rejected by the lockdown rule.
 */
import { markdownLineEnding } from 'micromark-util-character';
import { codes } from 'micromark-util-symbol';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    mergeField: 'mergeField';
    mergeFieldMarker: 'mergeFieldMarker';
    mergeFieldName: 'mergeFieldName';
  }
}

/** Long enough for any real field name, short enough to stop a runaway scan. */
const maxNameLength = 80;

function tokenizeMergeField(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let size = 0;

  const closeSecond: State = (code) => {
    if (code !== codes.rightCurlyBrace) return nok(code);
    effects.consume(code);
    effects.exit('mergeFieldMarker');
    effects.exit('mergeField');
    return ok;
  };

  const name: State = (code) => {
    if (code === codes.eof || code === codes.leftCurlyBrace || markdownLineEnding(code) || size > maxNameLength) return nok(code);
    if (code === codes.rightCurlyBrace) {
      effects.exit('mergeFieldName');
      effects.enter('mergeFieldMarker');
      effects.consume(code);
      return closeSecond;
    }
    size++;
    effects.consume(code);
    return name;
  };

  const nameStart: State = (code) => {
    if (code === codes.eof || code === codes.leftCurlyBrace || code === codes.rightCurlyBrace || markdownLineEnding(code)) return nok(code);
    effects.enter('mergeFieldName');
    return name(code);
  };

  const openSecond: State = (code) => {
    if (code !== codes.leftCurlyBrace) return nok(code);
    effects.consume(code);
    effects.exit('mergeFieldMarker');
    return nameStart;
  };

  return (code: Code) => {
    effects.enter('mergeField');
    effects.enter('mergeFieldMarker');
    effects.consume(code);
    return openSecond;
  };
}

const mergeField: Construct = { name: 'mergeField', tokenize: tokenizeMergeField };

export function mergeFieldSyntax(): Extension {
  return { text: { [codes.leftCurlyBrace]: mergeField } };
}

/**
 * MDX claims a line that starts with `{` for a block-level expression before
 * any inline construct runs, so `{{contact_name}}, {{contact_title}}` at the
 * start of a line would be parsed as JavaScript. This makes the block-level
 * constructs of `extension` decline where a merge field begins; the line then
 * becomes a paragraph and the inline merge-field construct takes it.
 */
export function yieldToMergeFields(extension: Extension): Extension {
  const flow = extension.flow?.[codes.leftCurlyBrace];
  if (!flow) return extension;
  const wrap = (construct: Construct): Construct => ({
    ...construct,
    tokenize(effects, ok, nok) {
      const original = construct.tokenize.call(this, effects, ok, nok);
      return (code) => effects.check(mergeField, nok, original)(code);
    },
  });
  return {
    ...extension,
    flow: { ...extension.flow, [codes.leftCurlyBrace]: Array.isArray(flow) ? flow.map(wrap) : wrap(flow as Construct) },
  };
}
