// SPDX-License-Identifier: MIT
// Hover over the language server (issue 18): the same files and positions asked through stdio, as an
// editor asks, against the same core call made in this process. The target is LSP p50 ≤ 2 × core p50
// + 1 ms: the protocol may add a round trip, never work of its own. Reported here, not asserted as a test.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { pathToFileURL } from 'url';
import {
  createProtocolConnection, DidOpenTextDocumentNotification, ExitNotification, HoverRequest, InitializeRequest,
  PublishDiagnosticsNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import * as core from '../src/core/index';

type Pos = { line: number; character: number };
export interface LspCase { name: string; file: string; languageId: 'dockerfile' | 'dockercompose'; text: string; positions: Pos[] }

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Times `call` at every position, three rounds (after one warm-up call), in microseconds. */
async function timeEach(positions: Pos[], call: (p: Pos) => unknown): Promise<number[]> {
  await call(positions[0]);
  const samples: number[] = [];
  for (const p of [...positions, ...positions, ...positions]) {
    const t = performance.now();
    await call(p);
    samples.push((performance.now() - t) * 1000);
  }
  return samples;
}

export async function benchLspHover(cases: LspCase[]): Promise<void> {
  // The tsc output of src/server/main.ts: the same code the bundle holds, built by `npm run compile`.
  const server = path.resolve(__dirname, '..', 'src', 'server', 'main.js');
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const checked = new Map<string, () => void>();
  connection.onNotification(PublishDiagnosticsNotification.type, p => checked.get(p.uri)?.());
  connection.listen();
  const root = path.resolve(__dirname, '..', '..', 'samples');
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(root).toString(), workspaceFolders: null, capabilities: {} });
  await connection.sendNotification('initialized', {});

  console.log('\n## Hover over LSP (stdio) vs the core in process');
  console.log('| file | positions | core p50 µs | LSP p50 µs | target µs (2 × core + 1000) | within |');
  console.log('| --- | ---: | ---: | ---: | ---: | --- |');
  let within = 0;
  for (const c of cases) {
    const uri = pathToFileURL(c.file).toString();
    // The server checks a file as it opens: wait for that, so the timings are of hovers alone.
    const opened = new Promise<void>(resolve => checked.set(uri, resolve));
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: c.languageId, version: 1, text: c.text } });
    await opened;
    const explain = c.languageId === 'dockerfile' ? core.explainDockerfile : core.explainCompose;
    const coreP50 = median(await timeEach(c.positions, p => explain(c.text, p, { file: c.file })));
    const lspP50 = median(await timeEach(c.positions, p => connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: p })));
    const target = 2 * coreP50 + 1000;
    if (lspP50 <= target) within++;
    console.log(`| ${c.name} | ${c.positions.length} | ${coreP50.toFixed(1)} | ${lspP50.toFixed(1)} | ${target.toFixed(0)} | ${lspP50 <= target ? 'yes' : 'NO'} |`);
  }
  console.log(`\nHover over LSP: ${within} of ${cases.length} files within 2 × core + 1 ms at p50`);
  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  await new Promise(resolve => child.on('exit', resolve));
  connection.dispose();
}

/** The samples and a generated file of each kind, at evenly spread positions. */
export function lspCases(repoRoot: string, generated: { dockerfile: string; compose: string }, spread: (text: string) => Pos[]): LspCase[] {
  const sample = (rel: string, languageId: LspCase['languageId']): LspCase => {
    const file = path.join(repoRoot, 'samples', rel);
    const text = fs.readFileSync(file, 'utf8');
    return { name: `samples/${rel}`, file, languageId, text, positions: spread(text) };
  };
  return [
    sample('backend-flask/Dockerfile', 'dockerfile'),
    sample('docker-compose.yml', 'dockercompose'),
    { name: 'generated 1000 lines', file: path.join(repoRoot, 'bench-generated', 'Dockerfile'), languageId: 'dockerfile', text: generated.dockerfile, positions: spread(generated.dockerfile) },
    { name: 'generated 500 services', file: path.join(repoRoot, 'bench-generated', 'compose.yaml'), languageId: 'dockercompose', text: generated.compose, positions: spread(generated.compose) },
  ];
}
