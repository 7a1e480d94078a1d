// SPDX-License-Identifier: MIT
// A language client for the tests: starts the bundled server (dist/server.js, what the npm package ships)
// over stdio and talks to it with vscode-languageserver-protocol, as an editor would. It answers the
// server's own requests (settings, registrations, documents to show, commands to run) and keeps what it
// was sent, so tests assert what a client received.
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  createProtocolConnection, ConfigurationRequest, InitializeRequest, PublishDiagnosticsNotification, RegistrationRequest,
  ShowDocumentRequest, StreamMessageReader, StreamMessageWriter, DidOpenTextDocumentNotification,
  type ClientCapabilities, type Diagnostic, type InitializeResult, type ProtocolConnection, type ShowDocumentParams,
} from 'vscode-languageserver-protocol/node';
import { PassThrough } from 'stream';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const serverPath = path.join(repoRoot, 'dist', 'server.js');
export const samples = path.join(repoRoot, 'samples');

export function uriOf(file: string): string {
  return pathToFileURL(file).toString();
}

export interface ClientOptions {
  capabilities?: ClientCapabilities;
  initializationOptions?: unknown;
  /** The answer to every `workspace/configuration` item; the server is told the client can be asked when set. */
  configuration?: unknown;
  processId?: number | null;
  rootPath?: string;
}

export interface TestClient {
  connection: ProtocolConnection;
  child: ChildProcess;
  initializeResult: InitializeResult;
  /** Resolves with the exit code (or the signal's name) once the server process has ended. */
  exited: Promise<number | string | null>;
  /** Everything the server wrote, raw, for replies to messages the tests wrote by hand. */
  rawOutput(): string;
  stderr(): string;
  /** The latest `publishDiagnostics` for a URI, waiting for one that satisfies `until`. */
  diagnostics(uri: string, until?: (d: Diagnostic[]) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
  /** Requests the server made to the client, by method. */
  received: { method: string; params: unknown }[];
  open(file: string, languageId: string, text?: string): string;
  /** Writes bytes to the server's stdin exactly as given. */
  writeRaw(data: string): void;
  close(): Promise<void>;
}

export async function startClient(options: ClientOptions = {}): Promise<TestClient> {
  if (!fs.existsSync(serverPath)) throw new Error(`${serverPath} is missing: run \`npm run bundle\` first (npm test does)`);
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let raw = '';
  let stderr = '';
  const tee = new PassThrough();
  child.stdout!.on('data', (chunk: Buffer) => { raw += chunk.toString('utf8'); tee.write(chunk); });
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
  const exited = new Promise<number | string | null>(resolve => child.on('exit', (code, signal) => resolve(code ?? signal)));
  const connection = createProtocolConnection(new StreamMessageReader(tee), new StreamMessageWriter(child.stdin!));
  const published = new Map<string, Diagnostic[]>();
  const listeners = new Set<() => void>();
  const received: { method: string; params: unknown }[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, p => { published.set(p.uri, p.diagnostics); for (const l of listeners) l(); });
  connection.onUnhandledNotification(() => undefined); // window/logMessage, window/showMessage and the like
  connection.onRequest(ConfigurationRequest.type, p => { received.push({ method: 'workspace/configuration', params: p }); return p.items.map(() => options.configuration ?? null); });
  connection.onRequest(RegistrationRequest.type, p => { received.push({ method: 'client/registerCapability', params: p }); return null; });
  connection.onRequest(ShowDocumentRequest.type, (p: ShowDocumentParams) => { received.push({ method: 'window/showDocument', params: p }); return { success: true }; });
  connection.onRequest('dockerCoach/runInTerminal', p => { received.push({ method: 'dockerCoach/runInTerminal', params: p }); return { ran: true }; });
  for (const method of ['window/showMessageRequest', 'workspace/codeLens/refresh', 'workspace/diagnostic/refresh']) {
    connection.onRequest(method, (params: unknown) => { received.push({ method, params }); return null; });
  }
  connection.listen();
  const capabilities: ClientCapabilities = options.capabilities ?? {};
  if (options.configuration !== undefined) capabilities.workspace = { ...capabilities.workspace, configuration: true };
  const initializeResult = await connection.sendRequest(InitializeRequest.type, {
    processId: options.processId === undefined ? process.pid : options.processId,
    rootUri: uriOf(options.rootPath ?? samples),
    workspaceFolders: [{ uri: uriOf(options.rootPath ?? samples), name: 'samples' }],
    capabilities,
    initializationOptions: options.initializationOptions,
  });
  await connection.sendNotification('initialized', {});

  const client: TestClient = {
    connection, child, initializeResult, exited, received,
    rawOutput: () => raw,
    stderr: () => stderr,
    diagnostics(uri, until = () => true, timeoutMs = 10000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const d = published.get(uri);
          if (d && until(d)) { listeners.delete(check); clearTimeout(timer); resolve(d); }
        };
        const timer = setTimeout(() => { listeners.delete(check); reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(published.get(uri))}`)); }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
    open(file, languageId, text) {
      const uri = uriOf(file);
      void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text: text ?? fs.readFileSync(file, 'utf8') } });
      return uri;
    },
    writeRaw(data) {
      child.stdin!.write(data);
    },
    async close() {
      if (child.exitCode === null && child.signalCode === null) child.kill();
      await exited;
      connection.dispose();
    },
  };
  return client;
}

/** A JSON-RPC message framed as the protocol frames it. */
export function frame(message: object): string {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}
