// A worker thread of a validation run: opens its own session, then checks files from the run's shared queue until none is left.
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { contentPaths } from '../project.ts';
import { dataFingerprint } from './cache.ts';
import type { FreshResults } from './engine.ts';
import { takeFiles, type SharedQueue } from './parallel.ts';
import { toPlain } from './serialize.ts';
import { checkTargets, openSession } from './run.ts';
import type { SessionOptions } from './session.ts';

const { options, targets, queue, reportNotices } = workerData as { options: SessionOptions; targets: string[]; queue: SharedQueue; reportNotices: boolean };
const { session, dataFiles } = await openSession(options, reportNotices);
const results = [];
for await (const { result, project } of checkTargets(takeFiles(targets, queue), session)) results.push(toPlain(result, project));
const notices = reportNotices ? dataFiles.find((f) => f.path === path.join(session.root, contentPaths.notices)) : undefined;
parentPort!.postMessage({
  results,
  internalErrors: session.counters.internalErrors,
  notices: notices && toPlain({ file: notices, kind: 'data', suppressions: [] }),
  dataFingerprint: dataFingerprint(dataFiles),
} satisfies FreshResults);
