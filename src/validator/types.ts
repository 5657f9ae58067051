import type { Root as MdastRoot } from 'mdast';
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import type { Catalog } from '../catalog/load.ts';
import type { ComposedLetter } from '../letters/index.ts';
import type { LetterEntry } from '../library/load.ts';
import type { Chapter, Stage, TemplateFrontmatter } from '../model/index.ts';
import type { Match } from './phrases/matcher.ts';
import type { ExtractedText, ExtraText } from './text/extract.ts';
import type { Paragraphs } from './text/tokens.ts';

export type Severity = 'error' | 'warning';

/**
 * What a document is, which decides the rules that apply to it. A notice is
 * the text of one entry of content/notices.yaml: fixed wording reviewed
 * once, included in letters whose stage gates its topics.
 */
export type DocumentKind = 'template' | 'chapter' | 'draft' | 'notice';

/** One example of a rule, good or bad; examples drive the rule's tests and its documentation page. */
export interface RuleExample {
  /** Text checked as a template body (language rules) or a whole template file (content rules). */
  text: string;
  /** Stage to assume, for stage-gated rules. */
  stage?: string | undefined;
  /** Why it passes or fails, shown on the rule page. */
  note?: string | undefined;
}

export interface RuleMeta {
  id: string;
  name: string;
  /** What the rule checks, in one sentence. */
  description: string;
  /** Why it matters, in one line; printed with every message. */
  why: string;
  /** The regulation or handbook principle behind it. */
  source: string;
  severity: Severity;
  /** Whether a writer may silence it for one line, with a reason. Errors of harm never are. */
  suppressible: boolean;
  /** language: wording, checked everywhere; content: required content of templates; project: across files. */
  scope: 'language' | 'content' | 'project';
  /**
   * On policy pages (handbook chapters), which text the rule checks: `all`, or
   * only `examples` — sample wording in <Callout type="example">. Policy text
   * has to name the practices it forbids.
   */
  policyPages?: 'all' | 'examples' | 'none' | undefined;
  /** Content rules: the kinds of document they check (default: templates). */
  kinds?: readonly DocumentKind[] | undefined;
  examples: { valid: RuleExample[]; invalid: RuleExample[] };
}

/** An entry of the one-pass phrase index: which rule a pattern belongs to, and how to report it. */
export interface PhraseEntry {
  rule: string;
  /** The group within the rule: what is wrong, and what to write instead. */
  label: string;
  instead?: string | undefined;
  /** For escalation topics. */
  topic?: string | undefined;
  /** The pattern as written, for tests and docs. */
  pattern: string;
}

/** Everything a rule may look at for one document, computed once. */
export interface DocumentContext {
  file: VFile;
  kind: DocumentKind;
  /** The project root, when the document is checked as part of a project (images are resolved against it). */
  root?: string | undefined;
  /** Only wording rules run (`--language-only`). */
  languageOnly: boolean;
  tree?: MdastRoot | undefined;
  /** An MDX file that does not parse, read as Markdown for its wording (and for code a writer left past the error). */
  fallbackTree?: MdastRoot | undefined;
  /** A template's frontmatter, when all of it is valid (what the site and the project rules use). */
  template?: TemplateFrontmatter | undefined;
  /**
   * What the content rules check the template against: its frontmatter, or,
   * when some keys are broken, the valid ones (with defaults for the rest),
   * so one run shows every problem. Undefined when stage, channel or
   * jurisdictions are broken (a message says which checks that stops).
   */
  checkable?: TemplateFrontmatter | undefined;
  chapter?: Chapter | undefined;
  catalog?: Catalog | undefined;
  /** The stage whose gates apply; undefined means the latest stage (everything allowed). */
  stage?: Stage | undefined;
  /** For templates: the letter with its notices expanded (fields used, subject). */
  letter?: ComposedLetter | undefined;
  /** For templates: where frontmatter keys are, for messages about them. */
  locate(path: readonly (string | number)[]): ReportSpec['place'];
  /** Frontmatter strings parsed as text (subject, title, summary), with positions in the file. */
  extras: readonly ExtraText[];
  text: ExtractedText;
  words: Paragraphs;
  phrases: Match<PhraseEntry>[];
  /**
   * Sentences (token sentence numbers) holding a step that a wording rule found lawful on the basis the letter gives
   * for it (a group's `lawfulWhenStated` or `lawfulWhenSupposed`: enforcement after a judgment). Filled as the wording
   * rules run; the tone model leaves these sentences to that judgement.
   */
  lawful: Set<number>;
  /**
   * Sentences in which a rule's antipattern cancelled one of its group's matches: wording the rule data names as an
   * innocent use ("listed on the attendee board as an exhibitor"). The tone model leaves these to that judgement too.
   */
  innocent: Set<number>;
}

export interface ReportSpec {
  reason: string;
  /** Node or token span to point at. */
  place?: Position | Point | undefined;
  actual?: string | undefined;
  expected?: string[] | undefined;
  /** Overrides the rule's severity for this message. */
  severity?: Severity | undefined;
  /** Why this finding matters, where the rule's own why is about its other findings. */
  why?: string | undefined;
}

export interface DocumentRule {
  meta: RuleMeta;
  check(context: DocumentContext, report: (spec: ReportSpec) => void): void;
}

/** A template as project rules see it, after its own checks. */
export interface ProjectTemplate {
  file: VFile;
  template: TemplateFrontmatter;
  /** Where the frontmatter keys project rules point at are (`id`, `sendOffsetDays`). */
  places: Readonly<Record<string, ReportSpec['place']>>;
  /** The template rendered for the site, when the run was asked to render. */
  letter?: LetterEntry | undefined;
}

export interface ProjectRule {
  meta: RuleMeta;
  check(templates: readonly ProjectTemplate[], catalog: Catalog, report: (file: VFile, spec: ReportSpec) => void): void;
}
