#!/usr/bin/env node
// @ts-check
// The validator's command line: `npm run lint -- [paths…]` or `npx fair-collections-lint`. Plain JavaScript, as its
// start-up is (fast-start.js): the validator itself is TypeScript, loaded from one bundle.
import { importBundled } from './fast-start.js';

// Loaded after the compile cache is on (a static import would be compiled before it), from one bundle (fast-start.js).
const { main } = /** @type {typeof import('../src/validator/cli.ts')} */ (await importBundled('src/validator/cli.ts'));

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  color: process.stdout.isTTY === true && !process.env['NO_COLOR'],
});
