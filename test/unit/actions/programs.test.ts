// SPDX-License-Identifier: MIT
// Programs started from a worker thread (src/vscode/dockerProcess.ts): the answers are those of a start on this
// thread, the start happens in the worker, and without a worker (none given, or one that dies) the program
// still runs, here. The adapter's probes through dockerProcess.ts are in composeProbe.test.ts.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execProgram, ProgramRunner } from '../../../src/vscode/dockerProcess';

const workerScript = path.resolve(__dirname, '..', '..', '..', 'src', 'vscode', 'programWorker.js');

describe('ProgramRunner (programs started from a worker thread)', function () {
  this.timeout(20_000);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-programs-'));
  const script = (name: string, body: string) => { const file = path.join(work, name); fs.writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 }); return file; };
  const savedPath = process.env.PATH;
  afterEach(() => { process.env.PATH = savedPath; });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('answers as a start on this thread does, and starts the program in the worker', async () => {
    const runner = new ProgramRunner(workerScript);
    const echo = script('echo-args', 'for a in "$@"; do printf "[%s]" "$a"; done; echo oops >&2; exit 3');
    try {
      const argv = [echo, 'a b', '$(id)'];
      const answer = await runner.run(argv, 5000);
      assert.deepStrictEqual(answer, { exitCode: 3, stdout: '[a b][$(id)]', stderr: 'oops\n' });
      assert.deepStrictEqual(answer, await execProgram(argv, 5000));
      assert.deepStrictEqual(await runner.run([path.join(work, 'missing')]), await execProgram([path.join(work, 'missing')], 5000), 'a program that is not there');
      assert.deepStrictEqual(runner.started, { inWorker: 2, inPlace: 0 });
    } finally {
      runner.dispose();
    }
  });

  it('runs in the given folder, and finds programs on PATH as it is when asked', async () => {
    const runner = new ProgramRunner(workerScript);
    script('where-am-i', 'pwd');
    try {
      assert.strictEqual((await runner.run(['/bin/sh', '-c', 'pwd'], 5000, work)).stdout.trim(), fs.realpathSync(work));
      process.env.PATH = `${work}${path.delimiter}${savedPath}`; // after the worker started
      assert.strictEqual((await runner.run(['where-am-i'], 5000, os.tmpdir())).stdout.trim(), fs.realpathSync(os.tmpdir()));
      assert.strictEqual(runner.started.inWorker, 2);
    } finally {
      runner.dispose();
    }
  });

  it('kills a program past its deadline: it started, and gave no exit code', async () => {
    const runner = new ProgramRunner(workerScript);
    const started = path.join(work, 'started');
    try {
      const answer = await runner.run([script('slow', `echo yes > '${started}'; sleep 5`)], 1500);
      assert.strictEqual(fs.readFileSync(started, 'utf8'), 'yes\n', 'the program ran');
      assert.strictEqual(answer.exitCode, undefined);
      assert.strictEqual(runner.started.inWorker, 1);
    } finally {
      runner.dispose();
    }
  });

  it('starts programs here when no worker script is given, or the worker cannot start', async () => {
    for (const runner of [new ProgramRunner(undefined), new ProgramRunner(path.join(work, 'no-such-script.js'))]) {
      try {
        assert.deepStrictEqual(await runner.run(['/bin/sh', '-c', 'echo here']), { exitCode: 0, stdout: 'here\n', stderr: '' });
        assert.deepStrictEqual(runner.started, { inWorker: 0, inPlace: 1 });
      } finally {
        runner.dispose();
      }
    }
  });
});
