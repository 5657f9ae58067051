/**
 * Micromark syntax for merge fields: `{{due_date}}`.
 *
 * In MDX a brace opens a JavaScript expression, so `{{due_date}}` would be
 * code. This construct is tried before MDX's expression constructs and turns
 * the double-brace form into a plain `mergeField` token; whatever is left as
 * an expression is rejected by the lockdown rule.
 *
 * A field typed with a slip of the braces is a `mergeField` token too: a
 * brace missing or one too many on either side (`{{due_date}`, `{due_date}}`,
 * `{{{due_date}}}`), a space between the opening braces (`{ {due_date}}`),
 * single braces around a name (`{due_date}`), an opening never closed
 * (`{{due_date` and the end of the line or of the words of a name), or one
 * line break inside. The validator then names the field meant and how to
 * write it (`merge-field-slips.ts`); as MDX it would be code, and the whole
 * file would fail to parse on it with an acorn error.
 */
import { markdownLineEnding, markdownSpace } from 'micromark-util-character';
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

/** The most braces read on either side: `{{{name}}}` is the longest slip; a longer run is not a field. */
const maxBraces = 3;

/** A character of a field name as the catalogue writes them (and other systems: `InvoiceNo`): letters, digits, `_`. */
function isNameCharacter(code: Code): boolean {
  return code !== null && ((code >= codes.digit0 && code <= codes.digit9) || (code >= codes.uppercaseA && code <= codes.uppercaseZ) || (code >= codes.lowercaseA && code <= codes.lowercaseZ) || code === codes.underscore);
}

function tokenizeMergeField(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  let opening = 0;
  let closing = 0;
  let size = 0;
  let lineEndings = 0;
  // Whether the name is one word of name characters, white space around it: single braces around anything else
  // (`{1 + 1}`, `{process.env.HOME}`, `{ }`) are code, left to MDX and the lockdown rule.
  let plainName = true;
  let nameCharacters = 0;
  let nameEnded = false;

  const done: State = (code) => {
    effects.exit('mergeField');
    return ok(code);
  };

  /** `{{name}}`, its name read up to the closing braces; nok when none come on this line or the next. */
  const tokenizeClosed = (inner: Effects, closed: State, notClosed: State): State => {
    const closeMore: State = (code) => {
      if (code === codes.rightCurlyBrace && closing < maxBraces) {
        closing++;
        inner.consume(code);
        return closeMore;
      }
      inner.exit('mergeFieldMarker');
      // `{name}` is a field only when it is a name; `{ {` needs the second brace closed too.
      return opening === 1 && closing === 1 && !(plainName && nameCharacters > 0) ? notClosed(code) : closed(code);
    };

    const name: State = (code) => {
      if (code === codes.rightCurlyBrace) {
        inner.exit('mergeFieldName');
        inner.enter('mergeFieldMarker');
        closing = 1;
        inner.consume(code);
        return closeMore;
      }
      if (code === codes.eof || code === codes.leftCurlyBrace || size > maxNameLength) return notClosed(code);
      if (markdownLineEnding(code)) {
        // One line break, as a writer's editor wraps a line; a field across more is not one.
        if (lineEndings > 0) return notClosed(code);
        lineEndings++;
        nameEnded = nameCharacters > 0;
        inner.exit('mergeFieldName');
        inner.enter('lineEnding');
        inner.consume(code);
        inner.exit('lineEnding');
        inner.enter('mergeFieldName');
        return name;
      }
      if (isNameCharacter(code)) {
        if (nameEnded) plainName = false;
        nameCharacters++;
      } else if (markdownSpace(code)) {
        nameEnded = nameCharacters > 0;
      } else plainName = false;
      size++;
      inner.consume(code);
      return name;
    };

    return (code) => {
      // `{{}}`: a field with its name left out, reported as that (as MDX it would be an empty object in an expression).
      if (code === codes.rightCurlyBrace && opening >= 2) {
        inner.enter('mergeFieldMarker');
        closing = 1;
        inner.consume(code);
        return closeMore;
      }
      if (code === codes.eof || code === codes.rightCurlyBrace || markdownLineEnding(code)) return notClosed(code);
      inner.enter('mergeFieldName');
      return name(code);
    };
  };

  /** `{{name` never closed: the field is the opening braces and the name's characters after them, as far as they go. */
  const unclosed: State = (code) => {
    size = 0;
    // Spaces before the name are the name token's too: micromark consumes characters only into a token just entered.
    effects.enter('mergeFieldName');
    return unclosedStart(code);
  };

  const unclosedStart: State = (code) => {
    if (markdownSpace(code) && size <= maxNameLength) {
      size++;
      effects.consume(code);
      return unclosedStart;
    }
    if (!isNameCharacter(code)) return nok(code);
    return unclosedName(code);
  };

  const unclosedName: State = (code) => {
    if (isNameCharacter(code) && size <= maxNameLength) {
      size++;
      effects.consume(code);
      return unclosedName;
    }
    effects.exit('mergeFieldName');
    return done(code);
  };

  const closedName: Construct = { tokenize: (inner, closed, notClosed) => tokenizeClosed(inner, closed, notClosed), partial: true };

  const afterOpening: State = (code) => {
    effects.exit('mergeFieldMarker');
    // Only two braces or more open a field that may be left unclosed: one brace and a word is ordinary text.
    return effects.attempt(closedName, done, opening >= 2 ? unclosed : nok)(code);
  };

  const open: State = (code) => {
    if (code === codes.leftCurlyBrace && opening < maxBraces) {
      opening++;
      effects.consume(code);
      return open;
    }
    // `{ {name}}`: spaces after the first brace, then the second.
    if (opening === 1 && markdownSpace(code)) return effects.check(spacedBrace, gap, afterOpening)(code);
    return afterOpening(code);
  };

  const gap: State = (code) => {
    if (markdownSpace(code)) {
      effects.consume(code);
      return gap;
    }
    return open(code);
  };

  return (code: Code) => {
    effects.enter('mergeField');
    effects.enter('mergeFieldMarker');
    return open(code);
  };
}

/** Spaces and tabs, then a `{`: the second brace of `{ {name}}`. */
const spacedBrace: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    let size = 0;
    const spaces: State = (code) => {
      if (markdownSpace(code) && size++ <= maxNameLength) {
        effects.consume(code);
        return spaces;
      }
      return code === codes.leftCurlyBrace ? ok(code) : nok(code);
    };
    return spaces;
  },
};

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
