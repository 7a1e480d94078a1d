// SPDX-License-Identifier: MIT
// Issue 14: problems and completions after a one-character edit, ours against each anchor's own, on the
// same edits. The anchors are called the way their servers call them once the edit has arrived:
//   Dockerfile: dockerfile-language-service `validate(content)` and `computeCompletionItems(content, position)`.
//   Compose:    compose-language-service's diagnostics are its YAML parse's errors and warnings (what its
//               DiagnosticProvider sends after its debounce); its completions come from MultiCompletionProvider.
import { performance } from 'perf_hooks';
import { DockerfileLanguageServiceFactory } from 'dockerfile-language-service';
import { ComposeDocument } from '@microsoft/compose-language-service/lib/service/ComposeDocument';
import { MultiCompletionProvider } from '@microsoft/compose-language-service/lib/service/providers/completion/MultiCompletionProvider';
import { runWithContext, type ActionContext } from '@microsoft/compose-language-service/lib/service/utils/ActionContext';
import * as core from '../src/core/index';
import { generatedCompose, generatedDockerfile } from './generate';

type Pos = { line: number; character: number };
type Call = (text: string, p: Pos) => unknown;

export const pct = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];

/** Lines spread over the file; on each, the place after its leading spaces (where a learner starts typing). */
function editPlaces(text: string, max: number): Pos[] {
  const lines = text.split('\n');
  const step = Math.max(1, Math.floor(lines.length / max));
  const out: Pos[] = [];
  for (let line = 0; line < lines.length && out.length < max; line += step) {
    const indent = lines[line].search(/\S/);
    if (indent >= 0) out.push({ line, character: lines[line].length });
  }
  return out;
}

/** The text with one space typed at `p` (the end of its line). */
function typed(text: string, p: Pos): string {
  let start = 0;
  for (let i = 0; i < p.line; i++) start = text.indexOf('\n', start) + 1;
  const at = start + p.character;
  const before = text[at - 1] === '\\' ? at - 1 : at; // never after a line continuation
  return text.slice(0, before) + ' ' + text.slice(before);
}

/** Milliseconds of `call` on each edited version, right after `call` on the text before the edit. */
export async function timeAfterEdits(text: string, places: Pos[], call: Call, edit: (text: string, p: Pos) => string = typed): Promise<number[]> {
  const out: number[] = [];
  for (const p of places) {
    await call(text, p); // the version before the edit was seen
    const version = edit(text, p);
    const t = performance.now();
    await call(version, p);
    out.push(performance.now() - t);
  }
  return out;
}

function composeAnchors(): { diagnostics: Call; completion: Call } {
  const context = {
    clientCapabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } }, publishDiagnostics: {} } },
    connection: {},
    telemetry: { eventName: 'completion', properties: {}, measurements: {}, groupingStrategy: 'eventName' },
  } as unknown as ActionContext;
  const token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() { /* none */ } }) };
  const provider = new MultiCompletionProvider(true, true);
  let version = 0;
  const open = (text: string) => ComposeDocument.DocumentManagerConfig.create('file:///bench/compose.yaml', 'dockercompose', ++version, text);
  return {
    diagnostics: text => {
      const doc = open(text);
      const y = doc.yamlDocument.value;
      return [...y.errors, ...y.warnings].map(e => ({ range: e.linePos, message: e.message }));
    },
    completion: (text, p) => {
      const doc = open(text);
      return runWithContext(context, () => Promise.resolve(provider.on({ document: doc, position: p, textDocument: doc.id } as never, token as never, undefined as never)));
    },
  };
}

export async function benchAfterEditChecks(): Promise<void> {
  const service = DockerfileLanguageServiceFactory.createLanguageService();
  const compose = composeAnchors();
  const problems = (t: string): unknown => core.dockerfileDiagnostics(t);
  const validate = (t: string): unknown => service.validate(t);
  const composeProblems = (t: string): unknown => core.composeDiagnostics(t);
  const rows: [string, string, Call, Call, number][] = [
    ['problems, Dockerfile, 1,000 lines', generatedDockerfile(1000), problems, validate, 30],
    ['problems, Dockerfile, 10,000 lines', generatedDockerfile(10000), problems, validate, 8],
    ['problems, compose, 100 services', generatedCompose(100), composeProblems, compose.diagnostics, 30],
    ['problems, compose, 1,000 services', generatedCompose(1000), composeProblems, compose.diagnostics, 8],
  ];
  rows.push(
    ['completion, Dockerfile, 1,000 lines', generatedDockerfile(1000), (t, p) => core.completeDockerfile(t, p), (t, p) => service.computeCompletionItems(t, p), 30],
    ['completion, Dockerfile, 10,000 lines', generatedDockerfile(10000), (t, p) => core.completeDockerfile(t, p), (t, p) => service.computeCompletionItems(t, p), 8],
    ['completion, compose, 100 services', generatedCompose(100), (t, p) => core.completeCompose(t, p), compose.completion, 30],
    ['completion, compose, 1,000 services', generatedCompose(1000), (t, p) => core.completeCompose(t, p), compose.completion, 8],
  );
  console.log('\n## Problems and completions after a one-character edit (ms, ours / theirs; ratio = ours ÷ theirs, target ≤ 1.0)');
  console.log('| what | edits | p50 | p95 | ratio p50 / p95 |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [name, text, ours, theirs, n] of rows) {
    const places = editPlaces(text, n);
    const a = await timeAfterEdits(text, places, ours);
    const b = await timeAfterEdits(text, places, theirs);
    const r = (q: number) => pct(a, q) / Math.max(pct(b, q), 1e-6);
    const met = (x: number) => `${x.toFixed(2)}${x <= 1 ? '' : ' (not met)'}`;
    console.log(`| ${name} | ${places.length} | ${pct(a, 0.5).toFixed(2)} / ${pct(b, 0.5).toFixed(2)} | ${pct(a, 0.95).toFixed(2)} / ${pct(b, 0.95).toFixed(2)} | ${met(r(0.5))} / ${met(r(0.95))} |`);
  }
}
