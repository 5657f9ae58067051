export * from './vocabulary.ts';
export * from './common.ts';
export * from './chapter.ts';
export * from './field.ts';
export * from './notice.ts';
export * from './ladder.ts';
export * from './template.ts';
export * from './components.ts';
