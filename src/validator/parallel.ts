import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FreshResults } from './engine.ts';
import type { SessionOptions } from './session.ts';

/**
 * A worker needs one to two seconds to load the parsers, the English model
 * and the rule data, and as much memory again as this thread. Over the
 * thousand short letters of the benchmark (a third of a megabyte), two threads
 * took as long as one (6.5 s against 6.3-7.2 s, 2026-12-04) for 170 MB more,
 * so a worker starts from half a megabyte of files. The work grows with the
 * text, so the bytes decide, not the file count.
 */
const bytesPerWorker = 512 * 1024;

/** How many threads (this one and workers) a run over `bytes` bytes of files is worth on this machine (0: this thread alone). */
export function workerCount(bytes: number): number {
  const threads = Math.min(availableParallelism(), Math.floor(bytes / bytesPerWorker));
  return threads > 1 ? threads : 0;
}

/**
 * The queue the threads of one run share, in a SharedArrayBuffer: cell 0 is
 * the next file to hand out, cell 1 + w worker w's state. A worker takes files
 * only once it has moved itself from starting to taking; this thread, done
 * with the queue, moves a worker still starting to not needed, and that
 * worker takes none. Either move is one compare-and-swap, so no file is taken
 * by a worker that was released.
 */
const STARTING = 0;
const TAKING = 1;
const NOT_NEEDED = 2;

export interface SharedQueue {
  buffer: SharedArrayBuffer;
  /** For a worker: its number, from 0. */
  worker?: number | undefined;
}

/** The files of `targets` not yet taken by another thread, each handed to one thread only, in order. */
export function* takeFiles(targets: readonly string[], queue: SharedQueue): Generator<string> {
  const cells = new Int32Array(queue.buffer);
  if (queue.worker !== undefined && Atomics.compareExchange(cells, 1 + queue.worker, STARTING, TAKING) !== STARTING) return;
  for (let i = Atomics.add(cells, 0, 1); i < targets.length; i = Atomics.add(cells, 0, 1)) yield targets[i]!;
}

/** Marks worker `worker` not needed if it has not begun taking files; true if so (it will take none, and can be stopped). */
export function releaseIfStarting(buffer: SharedArrayBuffer, worker: number): boolean {
  return Atomics.compareExchange(new Int32Array(buffer), 1 + worker, STARTING, NOT_NEEDED) === STARTING;
}

/**
 * Checks files on `threads` threads: this one and `threads - 1` workers, each
 * with its own session, and returns the results in the order of `targets`.
 * The workers start first, so their start-up (the parsers, the English model,
 * the rule data) overlaps this thread's work; then every thread takes the next
 * file as it frees up, so a thread that started late or drew long files never
 * leaves the others waiting. This thread's files are checked by `checkHere`,
 * which also reports the notices' wording. A worker still starting when the
 * files are all taken is released and waited for: it takes no file and ends
 * once it has loaded. It is not stopped: stopping a thread while it evaluates
 * its modules can crash Node's V8 outright ("Check failed: (location_) !=
 * nullptr", nodejs/node#60755, seen in a CI run), where waiting costs at
 * most the worker's start-up, and only on runs small enough for this thread
 * to finish first. A worker's failure
 * ends the run at once, whatever this thread is doing, and so does this
 * thread's: the promise rejects with it, and the other workers are stopped.
 */
export async function checkInParallel(
  targets: readonly string[],
  options: SessionOptions,
  threads: number,
  checkHere: (files: Iterable<string>) => Promise<FreshResults>,
): Promise<FreshResults> {
  const buffer = new SharedArrayBuffer(4 * threads);
  const cells = new Int32Array(buffer);
  const workers = Array.from({ length: threads - 1 }, (_, w) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { options, targets, queue: { buffer, worker: w }, reportNotices: false } });
    const reply = new Promise<FreshResults | undefined>((resolve, reject) => {
      worker.once('message', resolve);
      // A worker released before it took a file replies with no results; its failure to start fails nothing.
      worker.once('error', (error) => (Atomics.load(cells, 1 + w) === NOT_NEEDED ? resolve(undefined) : reject(error)));
      worker.once('exit', (code) => {
        if (Atomics.load(cells, 1 + w) === NOT_NEEDED) resolve(undefined);
        else if (code !== 0) reject(new Error(`A validation worker stopped with exit code ${code}`));
      });
    });
    return { worker, reply, w };
  });
  // The first worker failure, heard from the start: one while this thread is still checking would otherwise go unheard.
  const failure = new Promise<never>((_, reject) => {
    for (const { reply } of workers) reply.catch(reject);
  });
  failure.catch(() => undefined);
  let here: FreshResults;
  try {
    here = await Promise.race([checkHere(takeFiles(targets, { buffer })), failure]);
  } catch (error) {
    for (const { worker } of workers) void worker.terminate();
    throw error;
  }
  for (const { w } of workers) releaseIfStarting(buffer, w);
  const away = (await Promise.all(workers.map(({ reply }) => reply))).filter((reply) => reply !== undefined);
  const replies = [here, ...away];
  const byPath = new Map(replies.flatMap((reply) => reply.results).map((r) => [r.path, r]));
  // Threads that read different content data (it changed during the run) agree on nothing.
  const fingerprints = new Set(replies.map((reply) => reply.dataFingerprint));
  return {
    results: targets.map((t) => byPath.get(t)!),
    internalErrors: replies.reduce((sum, r) => sum + r.internalErrors, 0),
    notices: here.notices,
    dataFingerprint: fingerprints.size === 1 ? [...fingerprints][0]! : '',
  };
}
