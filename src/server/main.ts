#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// `docker-coach-language-server --stdio`: Docker Coach's hovers, completions, problems, fixes and lenses for
// any editor that speaks the Language Server Protocol. vscode-languageserver reads the transport from
// the arguments (`--stdio`, `--node-ipc`, `--socket=N`) and exits when the editor that started it dies
// (the `processId` of `initialize`, checked every few seconds) or closes the connection.
import { isMainThread, parentPort, workerData } from 'worker_threads';
import { createConnection, LSPErrorCodes, ProposedFeatures, ResponseError, type RequestMessage } from 'vscode-languageserver/node';
import { checkWorkerRole, serveChecks } from '../worker/checkWorker';
import { startServer } from './server';
import { serverVersion } from './version';

const args = process.argv.slice(2);
if (!isMainThread && (workerData as { role?: unknown } | undefined)?.role === checkWorkerRole && parentPort) {
  // This file started again as the check worker (see checkWorker.ts): one bundle, two roles.
  serveChecks(parentPort);
} else if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${serverVersion}\n`);
} else if (args.includes('--help') || args.includes('-h') || !args.some(a => /^--(stdio|node-ipc|socket|pipe|clientProcessId)/.test(a))) {
  process.stdout.write('Usage: docker-coach-language-server --stdio\nThe Docker Coach language server: start it from your editor\'s LSP client (see the README, "Other editors").\n');
} else {
  const connection = createConnection(ProposedFeatures.all, {
    // A request cancelled while it still waits in the queue is answered at once, without running it.
    cancelUndispatched: message => ({ jsonrpc: message.jsonrpc, id: (message as RequestMessage).id, error: new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled').toJson() }),
  });
  // Writing to a client that has gone must not bring the server down with an unhandled error.
  process.stdout.on('error', () => process.exit(0));
  startServer(connection, { workerScript: __filename });
  connection.listen();
}
