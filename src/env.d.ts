/// <reference types="astro/client" />

declare module 'virtual:fair-collections' {
  export const validation: import('./integration/summary.ts').ValidationSummary;
  /** The site runs under `astro dev`: content errors are shown on every page instead of stopping it. */
  export const development: boolean;
}

interface ImportMetaEnv {
  /** The build's FAIR_COLLECTIONS_TODAY, baked into browser code by astro.config.mjs (src/governance/review.ts). */
  readonly FAIR_COLLECTIONS_TODAY?: string;
}
