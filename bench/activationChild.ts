// SPDX-License-Identifier: MIT
// One fresh Node process of the activation bench (bench/activation.ts): requires the built dist/extension.js
// against a stand-in `vscode` module, calls activate(), then requires the core bundle as the first hover would,
// all under a CPU profile. Prints one JSON line: wall times, and the main-thread time the profile saw in each
// bundle. A stand-in API, not VS Code's: what is measured is the bundles' own loading and activate()'s own work.
import * as inspector from 'inspector';
import Module from 'module';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { profileTime } from '../test/cpuProfile';
import { anything } from '../test/standInApi';

const dist = path.resolve(__dirname, '..', '..', 'dist');

function post<T>(session: inspector.Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (err, result) => (err ? reject(err) : resolve(result as T))));
}

/** Main-thread milliseconds of the samples whose stack holds a frame of `file`. */
function msIn(profile: inspector.Profiler.Profile, file: string): number {
  return profileTime(profile, (url) => url.endsWith(file)).totalMs;
}

async function main(): Promise<void> {
  const stub = anything();
  const api = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = api._load;
  api._load = (request: string, ...rest: unknown[]) => (request === 'vscode' ? stub : load(request, ...rest));
  const session = new inspector.Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
  await post(session, 'Profiler.start');
  const t0 = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ext = require(path.join(dist, 'extension.js')) as { activate(ctx: unknown): unknown };
  const t1 = performance.now();
  ext.activate({ subscriptions: [], extensionUri: stub, extensionPath: dist, globalState: stub, workspaceState: stub });
  const t2 = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const core = require(path.join(dist, 'core.js')) as typeof import('../src/core/index');
  const t3 = performance.now();
  core.explainDockerfile('FROM alpine:3.20\nRUN echo hi\n', { line: 1, character: 1 }, {});
  const t4 = performance.now();
  const { profile } = await post<{ profile: inspector.Profiler.Profile }>(session, 'Profiler.stop');
  session.disconnect();
  console.log(JSON.stringify({
    requireMs: t1 - t0, activateMs: t2 - t1, coreRequireMs: t3 - t2, firstHoverMs: t4 - t3,
    profileExtensionMs: msIn(profile, `${path.sep}dist${path.sep}extension.js`), profileCoreMs: msIn(profile, `${path.sep}dist${path.sep}core.js`),
  }));
}

void main();
