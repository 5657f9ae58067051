import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FreshResults } from './engine.ts';
import type { SessionOptions } from './session.ts';

/**
 * A worker needs one to two seconds to load the parsers, the English model
 * and the rule data: about what half a megabyte of templates takes to check
 * (a thousand short letters are 0.7 MB and check faster in one thread).
 * The work grows with the text, so the bytes decide, not the file count.
 */
const bytesPerWorker = 512 * 1024;

/** How many threads (this one and workers) a run over `bytes` bytes of files is worth on this machine (0: this thread alone). */
export function workerCount(bytes: number): number {
  const workers = Math.min(availableParallelism(), Math.floor(bytes / bytesPerWorker));
  return workers > 1 ? workers : 0;
}

/**
 * Checks files on `threads` threads: this one and `threads - 1` workers, each
 * with its own session, and returns the results in the order of `targets`.
 * Files are dealt round-robin so each thread gets a similar mix of long and
 * short ones. This thread's share is checked by `checkHere`, which also
 * reports the notices' wording; the workers start first, so their start-up
 * (the parsers, the English model, the rule data) overlaps this thread's work.
 */
export async function checkInParallel(
  targets: readonly string[],
  options: SessionOptions,
  threads: number,
  checkHere: (share: readonly string[]) => Promise<FreshResults>,
): Promise<FreshResults> {
  const shares = Array.from({ length: threads }, (_, t) => targets.filter((_, i) => i % threads === t));
  const away = shares.slice(1).map(
    (share) =>
      new Promise<FreshResults>((resolve, reject) => {
        const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { options, targets: share, reportNotices: false } });
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => {
          if (code !== 0) reject(new Error(`A validation worker stopped with exit code ${code}`));
        });
      }),
  );
  const replies = await Promise.all([checkHere(shares[0]!), ...away]);
  const byPath = new Map(replies.flatMap((reply) => reply.results).map((r) => [r.path, r]));
  const fingerprints = new Set(replies.map((reply) => reply.dataFingerprint));
  return {
    results: targets.map((t) => byPath.get(t)!),
    internalErrors: replies.reduce((sum, r) => sum + r.internalErrors, 0),
    notices: replies[0]?.notices,
    // Threads that read different content data (it changed during the run) agree on nothing.
    dataFingerprint: fingerprints.size === 1 ? [...fingerprints][0]! : '',
  };
}
