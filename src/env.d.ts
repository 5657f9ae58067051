/// <reference types="astro/client" />

declare module 'virtual:fair-collections' {
  export const validation: import('./integration/summary.ts').ValidationSummary;
}
