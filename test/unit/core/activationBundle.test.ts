// SPDX-License-Identifier: MIT
// What the built extension loads, and when (issue 29). VS Code activates Docker Coach in every window, so
// dist/extension.js must stay small and activate() must not reach the core bundle; the core's two large
// tables (the compose validator, the CLI tables) wait for the first file that needs them. This reads the
// bundles `npm test` builds first (esbuild.mjs), through Node's own module cache: what was required is loaded.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { dockerCommands } from '../../../src/core/knowledge/dockerCliCommands';
import { rmFlag } from '../../../src/core/knowledge/dockerCliFlags';
import { dockerfileInstructions } from '../../../src/core/knowledge/dockerfileInstructions';
import { withVscode } from '../../moduleSwap';
import { anything } from '../../standInApi';

const dist = path.resolve(__dirname, '../../../../dist');
const bundle = (name: string) => path.join(dist, name);
const loaded = (name: string) => require.cache[bundle(name)] !== undefined;

describe('the built extension (dist/)', function () {
  before(function () {
    assert.ok(fs.existsSync(bundle('extension.js')) && fs.existsSync(bundle('core.js')), `no bundles in ${dist}: run \`node esbuild.mjs --production\` first (npm test does)`);
  });
  afterEach(() => {
    for (const name of ['extension.js', 'core.js', 'composeValidator.js', 'cliTables.js']) delete require.cache[bundle(name)];
  });

  it('dist/extension.js, the file VS Code loads at activation, is at most 450 KB', () => {
    const kb = fs.statSync(bundle('extension.js')).size / 1024;
    assert.ok(kb <= 450, `dist/extension.js is ${kb.toFixed(0)} KB`);
  });

  it('dist/extension.js holds none of the knowledge tables: they are in dist/core.js, loaded on first need', () => {
    // The start of a sentence from each table, up to its first quote or backtick, which minifying may write otherwise.
    const starts = [dockerCommands.build.summary, rmFlag.summary, dockerfileInstructions.FROM.summary].map(s => s.split(/['"`]/)[0].slice(0, 50));
    const extension = fs.readFileSync(bundle('extension.js'), 'utf8');
    const core = fs.readFileSync(bundle('core.js'), 'utf8');
    for (const start of starts) {
      assert.ok(start.length >= 30, `too short a sentence start to look for: ${start}`);
      assert.ok(core.includes(start), `dist/core.js lacks "${start}"`);
      // A module the terminal coach imports for its first look at a command once pulled the docker command tables in.
      assert.ok(!extension.includes(start), `dist/extension.js holds "${start}": a module it imports reaches a knowledge table`);
    }
  });

  it('activate(), and the work it leaves for after the window settles, load neither the core nor its tables', async () => {
    const stub = anything();
    // What activate() defers (the walkthrough's first look, done keys set again, Get started's check when shown)
    // goes through setTimeout: recorded here and run at once afterwards, so no test waits on a clock.
    const deferred: (() => unknown)[] = [];
    const realSetTimeout = global.setTimeout;
    global.setTimeout = ((fn: () => unknown) => { deferred.push(fn); return realSetTimeout(() => undefined, 0); }) as unknown as typeof setTimeout;
    await withVscode(stub, async () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const ext = require(bundle('extension.js')) as { activate(ctx: unknown): unknown };
      const subscriptions: unknown[] = [];
      ext.activate({ subscriptions, extensionUri: stub, extensionPath: '/ext', globalState: stub, workspaceState: stub });
      assert.ok(subscriptions.length > 10, `only ${subscriptions.length} registrations`);
      assert.deepStrictEqual(['core.js', 'composeValidator.js', 'cliTables.js'].filter(loaded), [], 'activate() loaded it');
      global.setTimeout = realSetTimeout;
      assert.ok(deferred.length >= 2, `only ${deferred.length} deferred tasks were recorded`);
      // A deferred task that throws or rejects fails this test with its own error (behind a real timer it would be lost).
      for (const fn of deferred) await fn();
      assert.deepStrictEqual(['core.js', 'composeValidator.js', 'cliTables.js'].filter(loaded), [], 'the deferred work loaded it');
    }).finally(() => { global.setTimeout = realSetTimeout; });
  });

  it('the core loads the compose validator on the first compose file, and a Dockerfile needs neither large table', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const core = require(bundle('core.js')) as typeof import('../../../src/core/index');
    assert.deepStrictEqual(['composeValidator.js', 'cliTables.js'].filter(loaded), [], 'loading the core loaded a table');
    const dockerfile = core.dockerfileDiagnostics('FROM alpine:3.20\nRUNN echo hi\n');
    assert.ok(dockerfile.some(d => d.code === 'UnknownInstruction'), 'the Dockerfile was not checked');
    assert.deepStrictEqual(['composeValidator.js', 'cliTables.js'].filter(loaded), [], 'a Dockerfile loaded a table');
    const compose = core.composeDiagnostics('services:\n  web:\n    image: nginx\n    restart: sometimes\n');
    assert.ok(compose.length > 0, 'restart: sometimes was not reported');
    assert.ok(loaded('composeValidator.js'), 'the compose check ran without the validator bundle');
  });

  it('the CLI tables load in two steps an editor can run in turns of their own, then none is left', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const core = require(bundle('core.js')) as typeof import('../../../src/core/index');
    const steps = core.cliTablesSteps();
    assert.strictEqual(steps.length, 2);
    assert.ok(!loaded('cliTables.js'), 'asking for the steps loaded the tables');
    steps[0]();
    assert.ok(loaded('cliTables.js'), 'the first step did not load the tables\' code');
    assert.strictEqual(core.cliTablesSteps().length, 2, 'the tables are not built yet');
    steps[1]();
    assert.deepStrictEqual(core.cliTablesSteps(), [], 'steps are left after both ran');
    const hover = core.explainShell('docker run --rm alpine:3.20\n', { line: 0, character: 12 });
    assert.match(hover?.markdown ?? '', /--rm/, 'the shell hover did not read the loaded tables');
  });
});
