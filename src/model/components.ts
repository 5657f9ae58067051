/**
 * The components MDX content may use, and their attributes. Everything else —
 * imports, exports, expressions, HTML elements, other components — is refused
 * before anything is compiled. The site maps the same names to its components.
 */
export interface ComponentSpec {
  /** Attribute name → allowed literal values, or 'stage' / 'notice' for ids from the data, or 'text'. */
  attributes: Record<string, readonly string[] | 'stage' | 'notice' | 'text'>;
  /** Attributes that must be present. */
  required: readonly string[];
  /** Whether the component may wrap Markdown content. */
  children: boolean;
  /** Whether it renders a block (a list, a table, a figure) and so must stand on its own line, not inside a sentence. */
  block?: true;
}

export const calloutTypes = ['rule', 'why', 'tip', 'warning', 'example'] as const;

/** The chapter component that shows a notice's own text (governance reads it into the chapter's version). */
export const noticeTextComponent = 'NoticeText';

export const allowedComponents = {
  /** Templates: only notice blocks. */
  template: {
    Notice: { attributes: { id: 'notice' }, required: ['id'], children: false },
  },
  /** Notices (content/notices.yaml): Markdown and merge fields only. */
  notice: {},
  /** Subject lines, titles and summaries: one line of plain text with merge fields. */
  inline: {},
  /** Handbook chapters: the smallest set the chapters need. */
  chapter: {
    Callout: { attributes: { type: calloutTypes }, required: [], children: true, block: true },
    TemplateList: { attributes: { stage: 'stage' }, required: ['stage'], children: false, block: true },
    StageTable: { attributes: {}, required: [], children: false, block: true },
    LadderTimeline: { attributes: {}, required: [], children: false, block: true },
    /** A notice's own text, where a chapter states the policy a letter carries word for word. */
    NoticeText: { attributes: { id: 'notice' }, required: ['id'], children: false, block: true },
  },
} as const satisfies Record<'template' | 'notice' | 'inline' | 'chapter', Record<string, ComponentSpec>>;

/** What kind of text a lockdown applies to: it decides the components allowed. */
export type LockdownKind = keyof typeof allowedComponents;

/**
 * The only URL schemes a link may use; a link without a scheme is relative.
 * An allow-list, because browsers run or open far more than anyone lists
 * (javascript:, data:, blob:, filesystem:, vbscript:, intent:, …).
 */
export const allowedUrlSchemes = ['https', 'http', 'mailto', 'tel'] as const;

/**
 * Files a chapter's image may point at. Astro turns a relative image into an
 * import, so anything else (a .js file, `?raw`) would be loaded as code.
 * No SVG: it is a document that can carry script.
 */
export const imageExtensions = ['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif'] as const;
