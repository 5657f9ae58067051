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
}

export const calloutTypes = ['rule', 'why', 'tip', 'warning', 'example'] as const;

export const allowedComponents = {
  /** Templates: only notice blocks. */
  template: {
    Notice: { attributes: { id: 'notice' }, required: ['id'], children: false },
  },
  /** Handbook chapters: the smallest set the chapters need. */
  chapter: {
    Callout: { attributes: { type: calloutTypes }, required: [], children: true },
    TemplateList: { attributes: { stage: 'stage' }, required: ['stage'], children: false },
    StageTable: { attributes: {}, required: [], children: false },
    LadderTimeline: { attributes: {}, required: [], children: false },
  },
} as const satisfies Record<'template' | 'chapter', Record<string, ComponentSpec>>;

/** URL schemes that run code or smuggle content; refused in links and images. */
export const forbiddenUrlSchemes = ['javascript:', 'data:', 'vbscript:', 'file:'];
