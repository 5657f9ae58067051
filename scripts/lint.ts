#!/usr/bin/env node
// The validator's command line: `npm run lint -- [paths…]` or `npx fair-collections-lint`.
import { main } from '../src/validator/cli.ts';

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  color: process.stdout.isTTY === true && !process.env['NO_COLOR'],
});
