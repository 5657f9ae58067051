import type { Text } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { writtenKeys } from '../../document/frontmatter.ts';
import { asField, braceSlips, foreignFields } from '../../document/merge-field-slips.ts';
import type { MergeField } from '../../document/merge-field-tree.ts';
import { fieldsUsed, placedNotices } from '../../letters/index.ts';
import { jurisdictionNames, type Notice } from '../../model/index.ts';
import { closest, nearestUnique } from '../../source/suggest.ts';
import { fieldAliases } from '../../catalog/build.ts';
import type { Catalog } from '../../catalog/load.ts';
import type { DocumentContext, DocumentRule, ReportSpec } from '../types.ts';

/** Template files used as examples: a frontmatter block and a body. */
function template(frontmatter: string, body: string): string {
  return `---\n${frontmatter.trim()}\n---\n\n${body.trim()}\n`;
}

/** A valid 7-day reminder, which the content rules' examples vary. */
export const goodReminder = template(
  `id: example\ntitle: Example\nsummary: Example reminder.\nstage: overdue-7\nchannel: email\nsendOffsetDays: 7\nsubject: "Invoice {{invoice_number}}: {{balance_due}} overdue"\njurisdictions: [US, UK, EU]\nnotices: [payment-instructions, named-contact, dispute-path, already-paid]`,
  'Dear {{customer_contact_name}},\n\nInvoice {{invoice_number}} of {{invoice_date}}, due on {{due_date}}, is {{days_past_due}} days overdue.',
);

type Checkable = DocumentContext & { [K in 'checkable' | 'catalog' | 'tree' | 'letter' | 'stage']-?: NonNullable<DocumentContext[K]> };

/** Templates whose stage, channel and jurisdictions are valid, with a catalogue, can be checked for content (types.ts `checkable`). */
export function applies(context: DocumentContext): context is Checkable {
  return context.kind === 'template' && !context.languageOnly && !!context.checkable && !!context.catalog && !!context.tree && !!context.letter && !!context.stage;
}

function nodePlace(node: { position?: { start: { line: number; column: number; offset?: number | undefined }; end: { line: number; column: number; offset?: number | undefined } } | undefined }): ReportSpec['place'] {
  return node.position ? { start: node.position.start, end: node.position.end } : undefined;
}

/**
 * The catalogue field a name not in it most likely means: another system's name for it (its aliases, `invoice_no`), or
 * the nearest name or alias by edit distance (`invoice_nubmer`); undefined when none is near.
 */
function meantField(catalog: Catalog, name: string): string | undefined {
  const aliases = fieldAliases(catalog.fields);
  const normal = name.replace(/[\s-]+/g, '_').toLowerCase();
  // Two edits turn any short word into another ("the" → the alias "due"): a name of four letters or fewer is read as a
  // field only one edit away.
  const near = normal.length <= 4 ? nearestUnique : closest;
  return aliases.get(normal) ?? near(normal, catalog.fields.map((f) => f.name)) ?? aliases.get(near(normal, aliases.keys()) ?? '');
}

/**
 * The fields `names` stand for: each known name, and each typo read as the field it most likely is (`meantField`). The
 * merge-fields rule reports the typo and its fix; the rules that need a field do not also report it missing (one message
 * per fault, and the fix is not held back by a second).
 */
function fieldsMeant(catalog: Catalog, names: Iterable<string>): Set<string> {
  const known = new Set(catalog.fields.map((f) => f.name));
  const meant = new Set<string>();
  for (const name of names) meant.add(known.has(name) ? name : (meantField(catalog, name) ?? name));
  return meant;
}

/**
 * The merge fields a document's text writes as other systems do (`[[invoice_date]]`, `<<due_date>>`, `%balance_due%`),
 * whose names are catalogue fields or near one: each with the field meant and where it sits (at its text node when an
 * escape inside makes the source differ from the text). Names no field is near (a wiki's `[[Citation]]`) are not fields.
 * Read once a tree: the merge-fields, required-content and subject-line rules all ask.
 */
function foreignFieldsIn(file: VFile, tree: Node, catalog: Catalog): { meant: string; written: string; place: ReportSpec['place'] }[] {
  const cached = foreignFieldsRead.get(tree);
  if (cached) return cached;
  const known = new Set(catalog.fields.map((f) => f.name));
  const found: { meant: string; written: string; place: ReportSpec['place'] }[] = [];
  foreignFieldsRead.set(tree, found);
  const placeOf = placer(file);
  visit(tree, 'text', (node: TextNode) => {
    for (const { name, written, index } of foreignFields(node.value)) {
      const meant = known.has(name) ? name : meantField(catalog, name);
      if (meant) found.push({ meant, written, place: placeOf(node, index, written) });
    }
  });
  return found;
}

/** Each tree's fields as other systems write them, read once (`foreignFieldsIn`). */
const foreignFieldsRead = new WeakMap<Node, { meant: string; written: string; place: ReportSpec['place'] }[]>();

/** A Markdown text node as the content rules place it: its text and where it is. */
export type TextNode = Pick<Text, 'value' | 'position'>;

/**
 * Where `written`, found at `index` of a text node's value, sits in the file: its own span when the source there reads
 * the same, else (an escape inside makes them differ) the text node's.
 */
export function placer(file: VFile): (node: TextNode, index: number, written: string) => ReportSpec['place'] {
  const source = String(file.value);
  const place = location(file);
  return (node, index, written) => {
    const start = node.position?.start.offset;
    const at = start === undefined ? undefined : start + index;
    const exact = at !== undefined && source.slice(at, at + written.length) === written;
    const from = exact ? place.toPoint(at) : undefined;
    const to = exact ? place.toPoint(at + written.length) : undefined;
    return from && to ? { start: from, end: to } : nodePlace(node);
  };
}

export const mergeFields: DocumentRule = {
  meta: {
    id: 'merge-fields',
    name: 'Merge fields',
    description:
      'Every {{field}} in a template, its subject and its notices must be in the field catalogue (content/fields.yaml) and written with two braces on each side, on one line; in a draft checked for wording only, an unknown or mistyped field is a warning. Names other systems use ({{invoice_no}}) are suggested from the catalogue\'s aliases; a field with a brace missing or one too many ({{invoice_number}, {invoice_number}}, {invoice_number}), or written as another system writes fields ([[invoice_number]], <<invoice_number>>, %invoice_number%), is named with how to write it.',
    why: 'An unknown or mistyped field reaches the customer as literal {{braces}} or an empty gap.',
    source: 'content/fields.yaml',
    severity: 'error',
    suppressible: false,
    // Checked wherever fields are written, drafts included, so it runs with the wording rules.
    scope: 'language',
    policyPages: 'none',
    examples: {
      valid: [{ text: goodReminder }],
      invalid: [
        { text: goodReminder.replace('{{due_date}}', '{{due_dte}}'), note: 'A typo: the message suggests {{due_date}}.' },
        { text: goodReminder.replace('{{invoice_number}}', '{{invoice_no}}'), note: 'Another system\'s name: the message suggests {{invoice_number}}, whose alias it is.' },
        { text: goodReminder.replace('{{due_date}}', '{{due_date}'), note: 'A closing brace missing: the message says to write {{due_date}}.' },
        { text: goodReminder.replace('{{due_date}}', '{due_date}'), note: 'Single braces, which MDX would read as code: the message says to write {{due_date}}.' },
        { text: goodReminder.replace('{{due_date}}', '{{}}'), note: 'A field with its name left out: reported as an empty field, which MDX would otherwise read as code.' },
        { text: goodReminder.replace('{{due_date}}', '[[due_date]]'), note: 'Another system\'s way of writing a field: the message says to write {{due_date}}, and the stage does not also report the due date missing.' },
      ],
    },
  },
  check(context, report) {
    // Chapters may not hold merge fields at all (mdx-lockdown); notices are checked with the catalogue.
    // Past an MDX syntax error the Markdown parse still holds the fields (merge-field syntax is the same in both), so a
    // typo in one is reported in the same run as the syntax error.
    const tree = context.tree ?? context.fallbackTree;
    if (context.kind === 'chapter' || context.kind === 'notice' || !context.catalog || !tree) return;
    const names = context.catalog.fields.map((f) => f.name);
    const known = new Set(names);
    // In a draft the letter is not yet a template: a field the catalogue lacks is advice, not a block.
    const severity = context.kind === 'draft' || context.languageOnly ? 'warning' : undefined;
    const suggestion = (name: string) => meantField(context.catalog!, name);
    /** What is wrong with a field, or undefined when it is a catalogue field written `{{name}}`. */
    const problem = (node: MergeField): Omit<ReportSpec, 'place' | 'severity'> | undefined => {
      if (node.name === '') {
        const written = node.written ?? '{{}}';
        return { reason: `Empty merge field ${written}: no field is named between its braces`, actual: written, expected: ['{{field_name}}, with a name from content/fields.yaml'] };
      }
      if (node.written !== undefined) {
        // Braces typed wrong: the field it most likely is, written as it should be.
        const meant = known.has(node.name) ? node.name : suggestion(node.name);
        const advice = meant === node.name ? `; write ${asField(meant)}` : meant ? `; did you mean ${asField(meant)}?` : `, and "${node.name}" is not a field in content/fields.yaml`;
        return {
          reason: `Malformed merge field ${node.written.replace(/\s*[\r\n]+\s*/g, '⏎')}: ${braceSlips(node.written)}${advice}`,
          actual: node.written,
          // No field near it: the braces may be the slip ("Please pay {the} balance").
          expected: meant ? [asField(meant)] : ['{{field_name}}, with a name from content/fields.yaml', `${node.name}, without braces, if no field is meant`],
        };
      }
      if (known.has(node.name)) return undefined;
      const meant = suggestion(node.name);
      // The field written whole, braces and all, as the writer pastes it.
      return { reason: `Unknown merge field {{${node.name}}}${meant ? `; did you mean {{${meant}}}?` : ''}`, actual: node.name, expected: meant ? [asField(meant)] : ['a field from content/fields.yaml'] };
    };
    // One finding per distinct field as written: a file may repeat the same typo thousands of times.
    const problems = new Map<string, ReturnType<typeof problem>>();
    const check = (node: MergeField) => {
      // A name is never written with braces, so the two kinds of key cannot meet.
      const key = node.written ?? node.name;
      if (!problems.has(key)) problems.set(key, problem(node));
      const found = problems.get(key);
      if (found) report({ ...found, expected: found.expected && [...found.expected], severity, place: nodePlace(node) });
    };
    // The subject line as the frontmatter gives it (the letter's own, once composed), so a typo there is reported past a
    // syntax error in the body too.
    const subject = context.extras.find((extra) => extra.context === 'subject')?.tree;
    for (const part of subject ? [subject, tree] : [tree]) {
      visit(part, 'mergeField', check);
      for (const { meant, written, place } of foreignFieldsIn(context.file, part, context.catalog)) {
        report({ reason: `Merge field ${written} is written as another system writes fields; write ${asField(meant)}`, actual: written, expected: [asField(meant)], severity, place });
      }
    }
  },
};

export const notices: DocumentRule = {
  meta: {
    id: 'notices',
    name: 'Notices',
    description: 'Each <Notice id="…" /> names a notice from content/notices.yaml that the template lists; no notice the stage forbids; no notice for a jurisdiction the template is not used in.',
    why: 'Notices are shared blocks: a wrong id leaves a hole in the letter, and a forbidden one (a payment demand beside a bankruptcy notice) breaks the law it is there for.',
    source: 'content/notices.yaml and content/ladder.yaml (forbids.notices); 11 U.S.C. §362(a)(6) for bankruptcy.',
    severity: 'error',
    suppressible: false,
    scope: 'content',
    examples: {
      valid: [{ text: goodReminder.replace('days overdue.', 'days overdue.\n\n<Notice id="payment-instructions" />') }],
      invalid: [
        { text: goodReminder.replace('days overdue.', 'days overdue.\n\n<Notice id="payment-instruction" />'), note: 'Unknown id.' },
        {
          text: goodReminder.replace('days overdue.', 'days overdue.\n\n<Notice id="bankruptcy-information" />'),
          note: 'Placed but not listed in notices:.',
        },
      ],
    },
  },
  check(context, report) {
    if (!applies(context)) return;
    const { checkable: template, catalog, stage } = context;
    const ids = catalog.notices.map((n) => n.id);
    const seen = new Set<string>();
    for (const { id, element } of placedNotices(context.tree)) {
      const place = nodePlace(element);
      if (!id) {
        report({ reason: 'A <Notice> needs an id written as a plain string: <Notice id="dispute-path" />', place, expected: ids });
      } else if (!ids.includes(id)) {
        const suggestion = closest(id, ids);
        report({ reason: `Unknown notice "${id}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`, place, actual: id, expected: suggestion ? [suggestion] : ids });
      } else if (!template.notices.includes(id)) {
        report({ reason: `Notice "${id}" is placed but not listed; add it to notices: in the frontmatter`, place, actual: id, expected: [...template.notices, id] });
      } else if (seen.has(id)) {
        report({ reason: `Notice "${id}" is placed twice`, place, actual: id });
      }
      if (id) seen.add(id);
    }
    template.notices.forEach((id, index) => {
      const notice = catalog.notices.find((n) => n.id === id)!;
      if (stage.forbids.notices.includes(id)) {
        report({
          reason: `Notice "${id}" must not appear at stage “${stage.name}”`,
          place: context.locate(['notices', index]),
          actual: id,
          expected: ['Remove it: content/ladder.yaml forbids it at this stage.'],
        });
      } else if (notice.jurisdiction !== 'all' && !template.jurisdictions.includes(notice.jurisdiction)) {
        report({
          reason: `Notice "${id}" applies in ${jurisdictionNames[notice.jurisdiction]}, which this template is not used in`,
          place: context.locate(['notices', index]),
          actual: id,
          expected: [`Add ${notice.jurisdiction} to jurisdictions, or remove the notice.`],
        });
      }
    });
  },
};

/** Notices a stage requires of a template, given where the template is used. */
function requiredNotices(stageNotices: readonly string[], all: readonly Notice[], jurisdictions: readonly string[]): Notice[] {
  return stageNotices
    .map((id) => all.find((n) => n.id === id))
    .filter((n): n is Notice => n !== undefined && (n.jurisdiction === 'all' || jurisdictions.includes(n.jurisdiction)));
}

export const requiredContent: DocumentRule = {
  meta: {
    id: 'required-content',
    name: 'Required content',
    description: 'A template carries every merge field and notice its stage requires in content/ladder.yaml: due date, invoice number and date, amount or balance, named contact, payment instructions, dispute path and the notices of its jurisdictions.',
    why: 'A reminder the customer cannot act on — no due date, no invoice, no one to call — only delays payment.',
    source: 'content/ladder.yaml (requires); handbook, Written reminders and demand letters.',
    severity: 'error',
    suppressible: false,
    scope: 'content',
    examples: {
      valid: [{ text: goodReminder }],
      invalid: [
        { text: goodReminder.replace(', due on {{due_date}},', ''), note: 'No due date.' },
        { text: goodReminder.replace(', dispute-path', ''), note: 'No dispute path.' },
      ],
    },
  },
  check(context, report) {
    if (!applies(context)) return;
    const { checkable: template, catalog, stage, letter } = context;
    // A field written as another system writes it is reported by merge-fields, with its fix; it is not also missing.
    const used = fieldsMeant(catalog, [...fieldsUsed(letter), ...foreignFieldsIn(context.file, context.tree, catalog).map((f) => f.meant)]);
    for (const requirement of stage.requires.fields) {
      const options = Array.isArray(requirement) ? requirement : [requirement];
      if (options.some((name) => used.has(name))) continue;
      const labels = options.map((name) => {
        const field = catalog.fields.find((f) => f.name === name);
        return `{{${name}}}${field ? ` (${field.label.toLowerCase()})` : ''}`;
      });
      report({
        reason: `Stage “${stage.name}” requires ${labels.join(' or ')}`,
        place: context.locate(['stage']),
        expected: options.map((name) => `{{${name}}}`),
      });
    }
    const missing = requiredNotices(stage.requires.notices, catalog.notices, template.jurisdictions).filter((notice) => !template.notices.includes(notice.id));
    // Each missing notice is a problem of its own, and each fix gives the whole list with all of them added: applied in any
    // order, or one alone, it never undoes another's.
    const complete = `notices: [${[...new Set([...template.notices, ...missing.map((notice) => notice.id)])].join(', ')}]`;
    for (const notice of missing) {
      report({
        reason: `Stage “${stage.name}” requires the notice "${notice.id}" (${notice.title.toLowerCase()})${notice.jurisdiction === 'all' ? '' : ` for ${notice.jurisdiction}`}`,
        place: context.locate(['notices']),
        // One instruction, not the list: a list of more than three alternatives is not shown as "Instead".
        expected: [`${complete}, and <Notice id="${notice.id}" /> where it belongs in the letter`],
      });
    }
  },
};

export const subjectLine: DocumentRule = {
  meta: {
    id: 'subject-line',
    name: 'Email subject line',
    description: 'An email’s subject names the invoice number and an amount, so the customer’s AP team can find and route it.',
    why: 'Collection emails are triaged by subject; one without the invoice and the amount waits in a queue.',
    source: 'handbook, Written reminders and demand letters.',
    severity: 'error',
    suppressible: false,
    scope: 'content',
    examples: {
      valid: [{ text: goodReminder }],
      invalid: [{ text: goodReminder.replace('subject: "Invoice {{invoice_number}}: {{balance_due}} overdue"', 'subject: "A reminder"') }],
    },
  },
  check(context, report) {
    if (!applies(context) || context.checkable.channel !== 'email' || !context.letter.subject) return;
    const names = foreignFieldsIn(context.file, context.letter.subject, context.catalog).map((f) => f.meant);
    visit(context.letter.subject, 'mergeField', (node) => {
      names.push(node.name);
    });
    const used = fieldsMeant(context.catalog, names);
    const money = context.catalog.fields.filter((f) => f.format === 'money').map((f) => f.name);
    const missing = [!used.has('invoice_number') && '{{invoice_number}}', !money.some((name) => used.has(name)) && 'an amount such as {{balance_due}}'].filter(Boolean);
    if (missing.length > 0) {
      report({ reason: `The subject line lacks ${missing.join(' and ')}`, place: context.locate(['subject']), expected: ['Invoice {{invoice_number}}: {{balance_due}} …'] });
    }
  },
};

export const schedule: DocumentRule = {
  meta: {
    id: 'send-day',
    name: 'Send day and jurisdiction',
    description: 'A template on a ladder step has a send day inside its stage’s day range, and is used only where its stage applies.',
    why: 'The send day drives the schedule; one outside its stage sends the wrong letter at the wrong time.',
    source: 'content/ladder.yaml (days, jurisdictions).',
    severity: 'error',
    suppressible: false,
    scope: 'content',
    examples: {
      valid: [{ text: goodReminder }],
      invalid: [{ text: goodReminder.replace('sendOffsetDays: 7', 'sendOffsetDays: 3'), note: 'Day 3 is before the 7-day stage opens.' }],
    },
  },
  check(context, report) {
    if (!applies(context)) return;
    const { checkable: template, stage } = context;
    const day = template.sendOffsetDays;
    const range = `${stage.days.from}${stage.days.to === undefined ? ' on' : ` to ${stage.days.to}`}`;
    // A send day written but invalid ("7.5") is the frontmatter rule's to report: it is there, only mistyped.
    if (stage.kind === 'step' && day === undefined && !writtenKeys(context.tree).has('sendOffsetDays')) {
      report({ reason: `A template on the ladder step “${stage.name}” needs sendOffsetDays (days ${range})`, place: context.locate(['stage']), expected: [String(stage.days.from)] });
    } else if (day !== undefined && (day < stage.days.from || (stage.days.to !== undefined && day > stage.days.to))) {
      report({ reason: `Send day ${day} is outside stage “${stage.name}” (days ${range})`, place: context.locate(['sendOffsetDays']), actual: String(day), expected: [String(stage.days.from)] });
    }
    if (stage.jurisdictions) {
      template.jurisdictions.forEach((j, index) => {
        if (!stage.jurisdictions!.includes(j)) {
          report({
            reason: `Stage “${stage.name}” applies only in ${stage.jurisdictions!.map((x) => jurisdictionNames[x]).join(', ')}, not ${jurisdictionNames[j]}`,
            place: context.locate(['jurisdictions', index]),
            actual: j,
            expected: [...stage.jurisdictions!],
          });
        }
      });
    }
  },
};
