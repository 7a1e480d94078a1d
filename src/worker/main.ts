// SPDX-License-Identifier: MIT
// The extension's worker thread (dist/coachWorker.js): answers the jobs checkWorker.ts sends for large
// documents. The language server needs no file of its own for this: dist/server.js starts again in this role.
import { isMainThread, parentPort, workerData } from 'worker_threads';
import { checkWorkerRole, serveChecks } from './checkWorker';

if (!isMainThread && parentPort && (workerData as { role?: unknown } | undefined)?.role === checkWorkerRole) serveChecks(parentPort);
