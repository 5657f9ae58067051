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

/** How many workers a run over `bytes` bytes of files is worth on this machine (0: check in this thread). */
export function workerCount(bytes: number): number {
  const workers = Math.min(availableParallelism(), Math.floor(bytes / bytesPerWorker));
  return workers > 1 ? workers : 0;
}

/**
 * Checks files on worker threads, each with its own session, and returns the
 * results in the order of `targets`. Files are dealt round-robin so each
 * worker gets a similar mix of long and short ones.
 */
export async function checkInWorkers(targets: readonly string[], options: SessionOptions, workers: number): Promise<FreshResults> {
  const shares = Array.from({ length: workers }, (_, w) => targets.filter((_, i) => i % workers === w));
  const replies = await Promise.all(
    shares.map(
      (share, w) =>
        new Promise<FreshResults>((resolve, reject) => {
          // The first worker also reports the notices' wording.
          const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { options, targets: share, reportNotices: w === 0 } });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`A validation worker stopped with exit code ${code}`));
          });
        }),
    ),
  );
  const byPath = new Map(replies.flatMap((reply) => reply.results).map((r) => [r.path, r]));
  const fingerprints = new Set(replies.map((reply) => reply.dataFingerprint));
  return {
    results: targets.map((t) => byPath.get(t)!),
    internalErrors: replies.reduce((sum, r) => sum + r.internalErrors, 0),
    notices: replies[0]?.notices,
    // Workers that read different content data (it changed during the run) agree on nothing.
    dataFingerprint: fingerprints.size === 1 ? [...fingerprints][0]! : '',
  };
}
