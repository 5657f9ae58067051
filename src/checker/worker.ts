import { checkText, type CheckRequest } from './check.ts';

/** A request from the page; `id` pairs it with its answer. */
export type WorkerRequest = CheckRequest & { id: number };
export type WorkerAnswer = { id: number; ms: number } & ({ result: ReturnType<typeof checkText> } | { error: string });

// Checking runs here, off the page's thread: typing never waits for the tagger.
self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const { id, ...request } = event.data;
  const started = performance.now();
  let answer: WorkerAnswer;
  try {
    answer = { id, ms: 0, result: checkText(request) };
  } catch (error) {
    answer = { id, ms: 0, error: error instanceof Error ? error.message : String(error) };
  }
  answer.ms = performance.now() - started;
  self.postMessage(answer);
});
self.postMessage({ ready: true });
