#!/usr/bin/env node
// The validator's command line: `npm run lint -- [paths…]` or `npx fair-collections-lint`.
import { importBundled } from './fast-start.ts';

// Loaded after the compile cache is on (a static import would be compiled before it), from one bundle (fast-start.ts).
const { main } = await importBundled<typeof import('../src/validator/cli.ts')>('src/validator/cli.ts');

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  color: process.stdout.isTTY === true && !process.env['NO_COLOR'],
});
