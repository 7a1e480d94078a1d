// SPDX-License-Identifier: MIT
// The worker thread that starts programs for dockerProcess.ts (dist/programWorker.js, 1 KB): it needs
// nothing of the core, so it is a script of its own.
import { isMainThread, parentPort, workerData } from 'worker_threads';
import { programWorkerRole, servePrograms } from './dockerProcess';

if (!isMainThread && parentPort && (workerData as { role?: unknown } | undefined)?.role === programWorkerRole) servePrograms(parentPort);
