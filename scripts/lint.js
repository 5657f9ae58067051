#!/usr/bin/env node
// @ts-check
// The validator's command line: `npm run lint -- [paths…]` or `npx fair-collections-lint`. Plain JavaScript, as its
// start-up is (fast-start.js): the validator itself is TypeScript, loaded from one bundle.

// A module with no static import (so the version check below runs first): top-level await needs it marked as one.
export {};

// Checked before anything is imported: on an older Node the imports below fail to link, with a SyntaxError that names no cause.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(
    `fair-collections-lint needs Node.js 22.12 or later; this is Node.js ${process.versions.node}. Run it as \`npm run lint -- [paths…]\` or \`npx fair-collections-lint\`, which use the project's own Node 24, or put node_modules/.bin first on your PATH.\n`,
  );
  process.exit(2);
}

const { importBundled } = await import('./fast-start.js');

// Loaded after the compile cache is on (a static import would be compiled before it), from one bundle (fast-start.js).
const { main } = /** @type {typeof import('../src/validator/cli.ts')} */ (await importBundled('src/validator/cli.ts'));

// A reader that stops early ("… | head") closes the pipe: the rest of the report has nowhere to go, which is no failure of
// the check, so the verdict stands. Any other failure to write the report (a full disk) loses it: the tool failed (exit 2).
process.stdout.on('error', (error) => {
  if (/** @type {NodeJS.ErrnoException} */ (error).code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`Could not write the report: ${error.message}\n`);
  process.exit(2);
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  color: process.stdout.isTTY === true && !process.env['NO_COLOR'],
});
