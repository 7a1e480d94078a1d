// SPDX-License-Identifier: MIT
// Guard for issue 22, item 3: every failure explanation that names an exit code agrees with what the code
// means. Runs over every recorded, quoted and near-miss fixture, and over variants of them with the exit code
// (and the codes inside their output) replaced by each code a learner meets. The expectations are written
// here from signal(7) and docker/cli's run.go, independently of the table the explanations read.
import * as assert from 'assert';
import { explainCompose, explainDockerFailure, explainShell, type FailureInput } from '../../../src/core/index';
import { nearMisses, quotedFixtures, recordedFixtures } from './fixtures';

/** 128 + n for the signals a learner meets, by name (signal(7), x86 and arm numbering). */
const signalNames: Record<number, string> = { 129: 'SIGHUP', 130: 'SIGINT', 131: 'SIGQUIT', 134: 'SIGABRT', 137: 'SIGKILL', 139: 'SIGSEGV', 141: 'SIGPIPE', 143: 'SIGTERM' };

/** What an explanation naming the code must also say somewhere. */
function required(code: number): RegExp | undefined {
  if (code === 0) return /success|without an error|simply finished/;
  if (code === 1) return /error|fail/;
  if (code === 2) return /usage|syntax/;
  if (code === 125) return /docker(?: itself)? failed|program's own/;
  if (code === 126) return /could not (?:be )?(?:run|start)|not executable|not marked executable/;
  if (code === 127) return /not found|no `[^`]+` to run/;
  if (code > 128 && code <= 192) return new RegExp(signalNames[code] ?? 'signal');
  return undefined;
}

/** What a line naming a signal's code must never say: that the program chose it, or failed by itself. */
const signalLie = /\bown\b|\bthe app\b|\bit failed\b|\bcrashed at start-up\b/;

const mention = /\b[Ee]xit(?:ed with)? code (\d+)|\bExited \((\d+)\)/g;

function disagreements(markdown: string): string[] {
  const out: string[] = [];
  for (const line of markdown.split('\n')) {
    for (const m of line.matchAll(mention)) {
      const code = Number(m[1] ?? m[2]);
      const must = required(code);
      // 125 means something only when docker returns it; from another program a bare tag claims nothing.
      const bareTag = code === 125 && line.startsWith('**') && !line.includes(`exit code ${code} (`);
      if (must && !bareTag && !must.test(markdown)) out.push(`exit code ${code} without ${must}: ${line}`);
      if (code > 128 && code <= 192 && signalLie.test(line.replace(/[Ee]xit code \d+ is the program's own[^.]*\./, ''))) out.push(`exit code ${code} called the program's own: ${line}`);
    }
  }
  return out;
}

const codes = [0, 1, 2, 3, 125, 126, 127, 130, 134, 137, 139, 143, 200];

/** The same failure with exit code `code`, in the exit code and in the codes its output prints. */
function withCode(input: FailureInput, code: number): FailureInput {
  const output = input.output
    .replace(/exited with code \d+/g, `exited with code ${code}`)
    .replace(/Exited \(\d+\)/g, `Exited (${code})`)
    .replace(/exit code: \d+/g, `exit code: ${code}`)
    .replace(/returned a non-zero code: \d+/g, `returned a non-zero code: ${code}`);
  return { ...input, output, exitCode: code };
}

/** The audit's inputs (2026-12-06, section 2) that carry exit codes. */
const auditInputs: FailureInput[] = [
  { commandLine: 'docker compose up', exitCode: 130, output: 'web-1  | listening\nGracefully stopping... (press Ctrl+C again to force)\nweb-1 exited with code 137\n' },
  { commandLine: 'docker ps -a', exitCode: 0, output: 'CONTAINER ID   IMAGE   COMMAND       CREATED      STATUS                       PORTS   NAMES\n4f3c2a1b9d8e   web     "npm start"   3 days ago   Exited (137) 2 seconds ago           web\n' },
  { commandLine: 'docker exec -it web bash', exitCode: 126, output: 'OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown\n' },
  { commandLine: 'docker run --rm --name web -p 8080:80 nginx:1.27', exitCode: 125, output: 'docker: Error response from daemon: Bind for 0.0.0.0:8080 failed: port is already allocated\n' },
];

describe('Failure explanations agree with the exit-code table', () => {
  const inputs: { name: string; input: FailureInput }[] = [
    ...[...recordedFixtures(), ...quotedFixtures()].map((f) => ({ name: f.name, input: f as FailureInput })),
    ...nearMisses().map((m, i) => ({ name: `near miss ${i} (${m.kind})`, input: m as FailureInput })),
    ...auditInputs.map((input, i) => ({ name: `audit input ${i}`, input })),
  ];

  it('every fixture, as recorded or quoted', () => {
    let named = 0;
    for (const { name, input } of inputs) {
      const md = explainDockerFailure(input)?.markdown;
      if (!md) continue;
      if (mention.test(md)) named++;
      mention.lastIndex = 0;
      assert.deepStrictEqual(disagreements(md), [], name);
    }
    assert.ok(named >= 20, `only ${named} explanations name an exit code`);
  });

  it('every fixture again with each exit code a learner meets', () => {
    let checked = 0;
    for (const { name, input } of inputs) {
      for (const code of codes) {
        const md = explainDockerFailure(withCode(input, code))?.markdown;
        if (!md) continue;
        checked++;
        assert.deepStrictEqual(disagreements(md), [], `${name} with exit code ${code}`);
      }
    }
    assert.ok(checked > 300, `${checked} explanations checked`);
  });

  it('no explanation calls a signal the app\'s own, for any kind', () => {
    for (const { name, input } of inputs) {
      for (const code of [130, 137, 139, 143]) {
        const md = explainDockerFailure(withCode(input, code))?.markdown ?? '';
        assert.doesNotMatch(md, /app's own|is your command's own/, `${name} with ${code}`);
      }
    }
  });

  it('hovers that name an exit code agree too: docker stop, --memory, mem_limit, deploy memory limits', () => {
    const hovers = [
      explainShell('docker stop web', { line: 0, character: 8 }), // on `stop`
      explainShell('docker run -m 512m web', { line: 0, character: 12 }), // on `-m`
      explainCompose('services:\n  web:\n    image: web\n    mem_limit: 512m\n', { line: 3, character: 6 }), // on `mem_limit`
      explainCompose('services:\n  web:\n    image: web\n    deploy:\n      resources:\n        limits:\n          memory: 512M\n', { line: 6, character: 12 }), // on `memory`
    ];
    for (const hover of hovers) {
      assert.ok(hover, 'no hover');
      assert.match(hover.markdown, /exit code 137 \(SIGKILL\)/);
      assert.deepStrictEqual(disagreements(hover.markdown), []);
    }
  });
});
