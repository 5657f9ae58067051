import type { RuleMeta } from '../types.ts';

function meta(id: string, name: string, description: string, why: string, valid: string, invalid: string, severity: RuleMeta['severity'] = 'error'): RuleMeta {
  return {
    id,
    name,
    description,
    why,
    source: 'Project content model (src/model) and README.',
    severity,
    suppressible: false,
    scope: 'content',
    examples: { valid: [{ text: valid }], invalid: [{ text: invalid }] },
  };
}

/** Problems found while reading and parsing, before any rule runs. They have pages like every rule. */
export const builtinRules: RuleMeta[] = [
  meta(
    'config',
    'Project config',
    'fair-collections.yaml, when present, is valid: known keys, known rule ids, and no rule that reports errors turned down or off (warnings may be turned off per folder, or raised to errors).',
    'A config that could silence a rule of harm would let CI pass a letter that threatens; a typo in a rule id would silently change nothing.',
    'overrides:\n  - files: ["content/handbook/**"]\n    rules:\n      equality: "off"',
    'rules:\n  threats: "off"',
  ),
  meta(
    'read-error',
    'Readable file',
    'The file can be read, is UTF-8 text, not binary, empty or too large.',
    'A file the tool cannot read cannot be checked, and must not be published unchecked.',
    'A UTF-8 text file of a few kilobytes.',
    'A file saved in Latin-1 with a “£” sign, or a PDF renamed to .mdx.',
  ),
  meta(
    'syntax',
    'MDX and Markdown syntax',
    'The file parses as MDX (templates, chapters) or Markdown (drafts).',
    'A file that does not parse cannot be checked or built.',
    'Dear {{customer_contact_name}},',
    'Hello <b>unclosed',
  ),
  meta(
    'structure',
    'Bounded structure',
    'Quotes, lists, emphasis and components nest only so deep, a paragraph holds a bounded number of emphasis markers and brackets, a block of text runs only so long before a blank line, and a file opens a bounded number of block quotes.',
    'Every parser and tree walk recurses per nesting level, and reads a paragraph as one unit: a few kilobytes of `> > >` or `*****`, a whole file with no blank line, or thousands of separate `>` quotes can take minutes, overflow the stack or crash the site build.',
    '> A quoted line\n> - with a list inside',
    '> > > > > > > > > > > > > > deeply quoted',
  ),
  meta(
    'frontmatter',
    'Frontmatter',
    'The --- block at the top of a template or chapter has every required field, with allowed values only.',
    'The site, the schedule and the checks all read these fields.',
    'channel: email',
    'channel: fax',
  ),
  meta(
    'data-schema',
    'Data files',
    'content/ladder.yaml, fields.yaml and notices.yaml follow the content model.',
    'Every template is checked against this data; a broken file stops every check that needs it.',
    'tone: formal',
    'tone: angry',
  ),
  meta(
    'data-reference',
    'Data references',
    'Ids the data files mention — fields, notices, stages — exist and are unique.',
    'A stage that requires a field that does not exist can never be satisfied.',
    'requires: { fields: [due_date] }',
    'requires: { fields: [due_dat] }',
  ),
  meta(
    'suppression',
    'Suppressions',
    'A suppression comment names a rule that can be silenced, gives a reason, and silences something.',
    'Silencing is for the rare false warning, and the reason is shown in the report and on the template page.',
    '{/* fair-collections-disable-next-line equality -- quoting the customer’s own job title */}',
    '{/* fair-collections-disable-next-line threats */}',
  ),
];
