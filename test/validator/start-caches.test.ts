// What the command line keeps between runs to start sooner (scripts/fast-start.js's bundle, the platform's compiled
// rule data) must never change what a run reports: a run that reads them gives the messages one that built them gave.
import { execFile } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/validator/cli.ts';
import { projectRoot } from '../helpers/project.ts';

const run = promisify(execFile);
const compiled = path.join(projectRoot, 'node_modules', '.cache', 'fair-collections', 'compiled');

/** The bin as a writer runs it, from its bundle, a fresh process each time. */
async function lint(...args: string[]): Promise<string> {
  const env = { ...process.env, FAIR_COLLECTIONS_BUNDLE: '1' };
  try {
    return (await run(process.execPath, [path.join(projectRoot, 'scripts', 'lint.js'), '--format', 'json', ...args], { cwd: projectRoot, env, maxBuffer: 64 << 20 })).stdout;
  } catch (error) {
    // Exit code 1 (problems found) is the expected outcome on harmful letters.
    return (error as { stdout: string }).stdout;
  }
}

describe('start-up caches', () => {
  it('a run reading the compiled rule data another run stored reports exactly what compiling them gives', async () => {
    const letters = ['test/corpus/aggressive', 'test/corpus/fair'];
    await rm(compiled, { recursive: true, force: true });
    const compiling = await lint('--language-only', ...letters);
    // At least this run's store: test files running beside this one check in-process, from src/, and store theirs here too.
    expect((await readdir(compiled)).filter((name) => name.endsWith('.bin')).length).toBeGreaterThanOrEqual(1);
    const reading = await lint('--language-only', ...letters);
    expect(JSON.parse(reading)).toEqual(JSON.parse(compiling));
    expect(JSON.parse(reading).flatMap((file: { messages: unknown[] }) => file.messages).length).toBeGreaterThan(70);
  });

  it('the bundled command line reports exactly what the source modules report, templates and project rules included', async () => {
    let source = '';
    const [bundled] = await Promise.all([lint(), main(['--format', 'json'], { stdout: (text) => (source += text), stderr: () => undefined, cwd: projectRoot, color: false })]);
    expect(JSON.parse(bundled)).toEqual(JSON.parse(source));
    // Every template and chapter, not an empty report.
    expect(JSON.parse(bundled).length).toBeGreaterThan(23);
  });
});
