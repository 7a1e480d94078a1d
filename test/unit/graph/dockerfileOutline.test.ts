// SPDX-License-Identifier: MIT
// dockerfileOutline: the effective start argv for every ENTRYPOINT × CMD form (the table in the Dockerfile
// reference, "Understand how CMD and ENTRYPOINT interact"), inheritance between stages, and the stage facts.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { dockerfileOutline } from '../../../src/core/index';
import { dockerfileModel, dockerfileParseCount } from '../../../src/core/dockerfile/model';
import { stagesOf } from '../../../src/core/dockerfile/stages';
import { stageChain } from '../../../src/core/graph/startArgv';
import { MAX_LISTED } from '../../../src/core/graph/dockerfileOutline';
import { parentStage } from '../../../src/core/dockerfile/stageIndex';
import { argumentWords } from '../../../src/core/dockerfile/words';
import { seededRandom } from '../../../bench/generate';
import { joinLines } from '../helpers';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const last = (text: string) => dockerfileOutline(text).slice(-1)[0];
const argvOf = (...lines: string[]) => last(joinLines(...lines)).start.argv;

describe('dockerfileOutline: what the container runs', () => {
  const EP = { none: [], exec: ['ENTRYPOINT ["/bin/ep", "p1"]'], shell: ['ENTRYPOINT /bin/ep p1'] };
  const CMD = { none: [], exec: ['CMD ["c1", "c2"]'], shell: ['CMD c1 c2'] };
  // ref: buildkit-dockerfile-docs/reference.md#understand-how-cmd-and-entrypoint-interact (the table)
  const table: Record<string, Record<string, string[]>> = {
    none: { none: [], exec: ['c1', 'c2'], shell: ['/bin/sh', '-c', 'c1 c2'] },
    exec: { none: ['/bin/ep', 'p1'], exec: ['/bin/ep', 'p1', 'c1', 'c2'], shell: ['/bin/ep', 'p1', '/bin/sh', '-c', 'c1 c2'] },
    shell: { none: ['/bin/sh', '-c', '/bin/ep p1'], exec: ['/bin/sh', '-c', '/bin/ep p1'], shell: ['/bin/sh', '-c', '/bin/ep p1'] },
  };
  for (const ep of ['none', 'exec', 'shell'] as const) {
    for (const cmd of ['none', 'exec', 'shell'] as const) {
      it(`ENTRYPOINT ${ep} + CMD ${cmd}`, () => {
        // In both orders: within one stage, the order of ENTRYPOINT and CMD lines does not matter.
        assert.deepStrictEqual(argvOf('FROM scratch', ...EP[ep], ...CMD[cmd]), table[ep][cmd]);
        assert.deepStrictEqual(argvOf('FROM scratch', ...CMD[cmd], ...EP[ep]), table[ep][cmd]);
      });
    }
  }

  it('wraps shell form in the active SHELL, including one set in a parent stage', () => {
    assert.deepStrictEqual(argvOf('FROM alpine', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 'CMD echo $HOME'), ['/bin/bash', '-o', 'pipefail', '-c', 'echo $HOME']);
    assert.deepStrictEqual(argvOf('FROM alpine AS base', 'SHELL ["/bin/ash", "-c"]', 'FROM base', 'ENTRYPOINT exec app'), ['/bin/ash', '-c', 'exec app']);
    assert.deepStrictEqual(argvOf('FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'CMD dir'), ['cmd', '/S', '/C', 'dir']);
  });

  it('reads a malformed array as shell form, as Docker does', () => {
    assert.deepStrictEqual(argvOf('FROM scratch', "CMD ['app', '--port']"), ['/bin/sh', '-c', "['app', '--port']"]);
  });

  it('joins continuation lines of the command', () => {
    assert.deepStrictEqual(argvOf('FROM scratch', 'CMD ["a", \\', '     "b"]'), ['a', 'b']);
  });

  it('inherits CMD and ENTRYPOINT from the stage it builds on', () => {
    assert.deepStrictEqual(argvOf('FROM scratch AS base', 'ENTRYPOINT ["/ep"]', 'CMD ["x"]', 'FROM base', 'RUN true'), ['/ep', 'x']);
    const s = last(joinLines('FROM scratch AS base', 'ENTRYPOINT ["/ep"]', 'CMD ["x"]', 'FROM base', 'RUN true'));
    assert.strictEqual(s.start.entrypoint?.stage, 0);
    assert.strictEqual(s.start.cmd?.stage, 0);
    assert.match(s.start.notes.join(' '), /inherited from stage 0/);
  });

  it('keeps the parent ENTRYPOINT when a stage sets only CMD', () => {
    assert.deepStrictEqual(argvOf('FROM scratch AS base', 'ENTRYPOINT ["/ep"]', 'FROM base', 'CMD ["y"]'), ['/ep', 'y']);
  });

  it('clears an inherited CMD when a stage sets ENTRYPOINT', () => {
    // ref: buildkit-dockerfile-docs/reference.md#entrypoint ("setting ENTRYPOINT will reset CMD to an empty value")
    assert.deepStrictEqual(argvOf('FROM scratch AS base', 'CMD ["old"]', 'FROM base', 'ENTRYPOINT ["/ep"]'), ['/ep']);
    // ...but keeps a CMD the same stage set before it.
    assert.deepStrictEqual(argvOf('FROM scratch AS base', 'CMD ["old"]', 'FROM base', 'CMD ["new"]', 'ENTRYPOINT ["/ep"]'), ['/ep', 'new']);
  });

  it('says when the base image may still decide', () => {
    const onlyCmd = last(joinLines('FROM node:22', 'CMD ["node", "app.js"]')).start;
    assert.strictEqual(onlyCmd.fromBaseImage, true);
    assert.match(onlyCmd.notes.join(' '), /If the base image `node:22` sets an `ENTRYPOINT`/);
    const nothing = last(joinLines('FROM node:22', 'RUN true')).start;
    assert.deepStrictEqual(nothing.argv, []);
    assert.match(nothing.notes.join(' '), /base image `node:22` decides/);
    assert.strictEqual(last(joinLines('FROM scratch', 'CMD ["x"]')).start.fromBaseImage, false);
    assert.strictEqual(last(joinLines('FROM node:22', 'ENTRYPOINT ["x"]')).start.fromBaseImage, false);
  });

  it('treats the last CMD of a stage as the one that counts', () => {
    assert.deepStrictEqual(argvOf('FROM scratch', 'CMD ["a"]', 'CMD ["b"]'), ['b']);
  });
});

describe('dockerfileOutline: stages, steps and settings', () => {
  const text = joinLines(
    'ARG V=1',                               // 0
    'FROM golang:1.22 AS build',             // 1
    'WORKDIR /src',                          // 2
    'COPY . .',                              // 3
    'RUN go build -o /out/app',              // 4
    'FROM scratch AS assets',                // 5
    'COPY logo.png /logo.png',               // 6
    'FROM alpine:3.20',                      // 7
    'ENV A=1 B=2',                           // 8
    'ENV A=3',                               // 9
    'COPY --from=build /out/app /app',       // 10
    'COPY --from=1 /logo.png /logo.png',     // 11
    'COPY --from=nginx:1 /etc/nginx /etc/nginx', // 12
    'EXPOSE 8080 9090/udp',                  // 13
    'WORKDIR app',                           // 14
    'USER nobody',                           // 15
    'CMD ["/app"]',                          // 16
  );
  const stages = dockerfileOutline(text);

  it('lists the stages with their bases', () => {
    assert.deepStrictEqual(stages.map(s => s.label), ['build', 'assets', 'stage 2']);
    assert.deepStrictEqual(stages.map(s => s.base), [{ kind: 'image', image: 'golang:1.22' }, { kind: 'scratch', image: 'scratch' }, { kind: 'image', image: 'alpine:3.20' }]);
    assert.deepStrictEqual(stages.map(s => s.isFinal), [false, false, true]);
    assert.strictEqual(stages[0].range.start.line, 1);
    assert.deepStrictEqual(dockerfileOutline(joinLines('FROM alpine AS a', 'FROM a')).map(s => s.base.kind), ['image', 'stage']);
  });

  it('marks each step as a layer or only a setting, and when it acts', () => {
    assert.deepStrictEqual(stages[0].steps.map(s => [s.keyword, s.kind, s.time]), [['WORKDIR', 'metadata', 'build and start'], ['COPY', 'layer', 'build'], ['RUN', 'layer', 'build']]);
    assert.deepStrictEqual(stages[2].steps.find(s => s.keyword === 'CMD')?.time, 'start');
    assert.strictEqual(stages[2].steps.find(s => s.keyword === 'EXPOSE')?.kind, 'metadata');
    assert.match(stages[0].steps[2].summary, /Runs `go build -o \/out\/app` while the image is built/);
    assert.strictEqual(stages[0].steps[2].range.start.line, 4);
  });

  it('finds every COPY --from edge, to a stage by name or number, or to an image', () => {
    assert.deepStrictEqual(stages[2].copyFrom.map(e => [e.from, e.fromStage, e.toStage, e.range.start.line]), [['build', 0, 2, 10], ['1', 1, 2, 11], ['nginx:1', undefined, 2, 12]]);
  });

  it('gives the final USER, WORKDIR, exposed ports and ENV', () => {
    const s = stages[2];
    assert.strictEqual(s.user?.value, 'nobody');
    assert.strictEqual(s.workdir?.value, '/app');
    assert.deepStrictEqual(s.exposed.map(p => p.port), ['8080', '9090/udp']);
    assert.deepStrictEqual(s.env.map(e => `${e.name}=${e.value}`), ['B=2', 'A=3']);
    assert.strictEqual(s.env[1].range.start.line, 9);
    assert.deepStrictEqual(s.start.argv, ['/app']);
  });

  it('inherits settings from a parent stage', () => {
    const child = last(joinLines('FROM alpine AS base', 'USER app', 'WORKDIR /srv', 'ENV X=1', 'EXPOSE 80', 'FROM base', 'RUN true'));
    assert.strictEqual(child.user?.value, 'app');
    assert.strictEqual(child.workdir?.value, '/srv');
    assert.deepStrictEqual(child.env.map(e => e.name), ['X']);
    assert.deepStrictEqual(child.exposed.map(e => e.port), ['80']);
  });

  it('outlines the sample Dockerfiles', () => {
    const flask = dockerfileOutline(fs.readFileSync(path.join(repoRoot, 'samples', 'backend-flask', 'Dockerfile'), 'utf8'));
    assert.strictEqual(flask.length, 1);
    assert.deepStrictEqual(flask[0].start.argv, ['python3', '-m', 'flask', 'run', '--host=0.0.0.0', '--port=4567']);
    assert.strictEqual(flask[0].user?.value, 'app');
  });

  it('stays calm on broken and half-typed files, and parses once', () => {
    for (const bad of ['', 'FROM', 'RUN echo before any FROM', 'FROM alpine\nCMD ["a",', 'FROM a AS a\nFROM a AS a\nCOPY --from=a x y', 'FROM x\nFOO bar\nONBUILD RUN x', '\\\n\\\n']) {
      assert.doesNotThrow(() => dockerfileOutline(bad), JSON.stringify(bad));
    }
    dockerfileOutline(text);
    const before = dockerfileParseCount();
    dockerfileOutline(text);
    assert.strictEqual(dockerfileParseCount(), before);
    assert.deepStrictEqual(dockerfileOutline(text, { maxFileChars: 5 }), []);
  });

  it('a chain made from the parent\'s chain is the chain walked up from the stage, 256 stages above it at most', () => {
    const random = seededRandom(2000);
    let compared = 0;
    for (let round = 0; round < 60; round++) {
      // Chains, forks, names that repeat or point to later stages, and one chain 600 stages long.
      const count = round === 0 ? 600 : 2 + Math.floor(random() * 40);
      const lines = Array.from({ length: count }, (_, i) => {
        const parent = round === 0 ? `s${i - 1}` : random() < 0.8 ? `s${Math.floor(random() * (i + 3))}` : 'alpine';
        const name = round > 0 && random() < 0.1 ? Math.floor(random() * count) : i;
        return `FROM ${i ? parent : 'alpine'} AS s${name}\nEXPOSE ${i % 7}`;
      });
      const text = joinLines(...lines);
      // In file order, each chain is made from its parent's; from the last stage up, each is walked.
      const inOrder = stagesOf(dockerfileModel(text)).filter(s => s.from).map(s => s.index);
      const model = dockerfileModel(text);
      const byOrder = new Map(stagesOf(model).filter(s => s.from).map(s => [s.index, stageChain(model, s).map(c => c.index)]));
      const fresh = dockerfileModel(`${text}# walked\n`);
      for (const stage of stagesOf(fresh).filter(s => s.from).reverse()) {
        assert.deepStrictEqual(byOrder.get(stage.index), stageChain(fresh, stage).map(c => c.index), `stage ${stage.index} of round ${round}`);
        compared++;
      }
      if (round === 0) {
        const longest = byOrder.get(inOrder[inOrder.length - 1])!;
        assert.strictEqual(longest.length, 257);
        assert.strictEqual(longest[0], 599 - 256);
      }
    }
    assert.ok(compared > 1000, `${compared} chains compared`);
  });
});

describe('dockerfileOutline: what a stage inherits, made once per stage from its parent', () => {
  /** The same facts walked the plain way: the whole chain from the root, every line read again. */
  function walked(text: string) {
    const model = dockerfileModel(text);
    return stagesOf(model).filter(s => s.from).map(stage => {
      const chain: typeof stage[] = [];
      for (let s: typeof stage | undefined = stage; s; s = parentStage(model, s)) chain.unshift(s);
      const lines = chain.flatMap(s => s.instructions.filter(i => i !== s.from));
      const lastOf = (k: string) => lines.filter(i => i.getKeyword() === k).pop()?.getRange().start.line;
      const ports: string[] = [];
      const env = new Map<string, string>();
      let entrypoint: number | undefined, cmd: number | undefined;
      for (const s of chain) {
        let cmdSetHere = false;
        for (const inst of s.instructions) {
          const words = argumentWords(model, inst);
          if (inst.getKeyword() === 'EXPOSE') for (const p of words) if (!ports.includes(p) && ports.length < MAX_LISTED) ports.push(p);
          if (inst.getKeyword() === 'ENV') for (const w of words) {
            const name = w.slice(0, w.indexOf('='));
            if (!env.has(name) && env.size >= MAX_LISTED) continue;
            env.delete(name);
            env.set(name, w.slice(w.indexOf('=') + 1));
          }
          if (inst.getKeyword() === 'CMD') { cmd = inst.getRange().start.line; cmdSetHere = true; }
          if (inst.getKeyword() === 'ENTRYPOINT') { entrypoint = inst.getRange().start.line; if (!cmdSetHere) cmd = undefined; }
        }
      }
      return { user: lastOf('USER'), workdir: lastOf('WORKDIR'), ports, env: [...env], entrypoint, cmd };
    });
  }

  it('gives every stage of random forks and chains what the whole chain gives, past 256 stages too', () => {
    const random = seededRandom(29);
    let compared = 0;
    for (let round = 0; round < 40; round++) {
      // Round 0: one chain of 600 stages, each adding a port and an ENV, so the lists reach MAX_LISTED.
      const count = round === 0 ? 600 : 2 + Math.floor(random() * 30);
      const lines: string[] = [];
      for (let i = 0; i < count; i++) {
        const parent = round === 0 ? `s${i - 1}` : random() < 0.8 ? `s${Math.floor(random() * (i + 2))}` : 'alpine';
        const name = round > 0 && random() < 0.1 ? Math.floor(random() * count) : i;
        lines.push(`FROM ${i ? parent : 'alpine'} AS s${name}`);
        const steps = round === 0 ? 2 : Math.floor(random() * 4);
        for (let k = 0; k < steps; k++) {
          const pick = round === 0 ? k : Math.floor(random() * 6);
          lines.push([`EXPOSE ${round === 0 ? 1000 + i : Math.floor(random() * 9)}`, `ENV K${round === 0 ? i : Math.floor(random() * 5)}=v${i}`,
            `USER u${i}`, `WORKDIR /w${i}`, `ENTRYPOINT ["e${i}"]`, `CMD ["c${i}"]`][pick]);
        }
        if (round === 0 && i === 0) lines.push('USER root-user', 'ENTRYPOINT ["/start"]');
      }
      const text = joinLines(...lines);
      const outline = dockerfileOutline(text);
      const expected = walked(text);
      assert.strictEqual(outline.length, expected.length);
      outline.forEach((stage, i) => {
        const e = expected[i];
        const where = `stage ${i} of round ${round}`;
        assert.strictEqual(stage.user?.range.start.line, e.user, `USER, ${where}`);
        assert.strictEqual(stage.workdir?.range.start.line, e.workdir, `WORKDIR, ${where}`);
        assert.deepStrictEqual(stage.exposed.map(p => p.port), e.ports, `EXPOSE, ${where}`);
        assert.deepStrictEqual(stage.env.map(v => [v.name, v.value]), e.env, `ENV, ${where}`);
        assert.strictEqual(stage.start.entrypoint?.range.start.line, e.entrypoint, `ENTRYPOINT, ${where}`);
        assert.strictEqual(stage.start.cmd?.range.start.line, e.cmd, `CMD, ${where}`);
        compared++;
      });
      if (round === 0) {
        // The root's USER and ENTRYPOINT reach the 600th stage (a walk of 256 stages at most did not).
        assert.strictEqual(outline[599].user?.value, 'root-user');
        assert.deepStrictEqual(outline[599].start.argv, ['/start']);
        assert.strictEqual(outline[599].exposed.length, MAX_LISTED);
      }
    }
    assert.ok(compared > 500, `${compared} stages compared`);
  });
});
