// SPDX-License-Identifier: MIT
// Issue 22 (audit 2026-12-06, C1, H1, H8, O1-O3): what a bare `ARG` holds, where ARG values end up, and
// the start command of the explain view for `CMD --flag`, `ENTRYPOINT []` and `CMD []`. Each finding on
// the audit's own input, then each class over the whole corpus.
import * as assert from 'assert';
import { needOrSkip } from '../../needs';
import * as fs from 'fs';
import * as path from 'path';
import { completeDockerfile, dockerfileOutline, explainDockerfile } from '../../../src/core/index';
import type { StartCommand } from '../../../src/core/graph/types';
import { corpusDir, corpusFiles } from '../corpusGuards';
import { joinLines, positionOf } from '../helpers';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const df = (text: string, needle: string, offset = 0, nth = 0): string =>
  explainDockerfile(text, positionOf(text, needle, offset, nth))?.markdown ?? '';
const docOf = (text: string, pos: { line: number; character: number }, label: string): string => {
  const item = completeDockerfile(text, pos).find(i => i.label === label);
  return typeof item?.documentation === 'string' ? item.documentation : '';
};
// Written out here, not read from predefinedArgs.ts: the reference's list of automatic platform ARGs.
const PLATFORM_ARGS = ['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT'];
const EMPTY_UNLESS = /empty unless/i;

describe('issue 22: automatic platform ARGs are filled in by BuildKit (C1, H1)', () => {
  const text = joinLines('FROM alpine:3.20', 'ARG TARGETARCH', 'RUN echo $');

  it('C1: the completion of $TARGETARCH says BuildKit fills it in', () => {
    const doc = docOf(text, { line: 2, character: 10 }, 'TARGETARCH');
    assert.match(doc, /Filled in by BuildKit/);
    assert.match(doc, /`ARG TARGETARCH` on line 2 makes it visible here/);
    assert.doesNotMatch(doc, EMPTY_UNLESS);
  });

  it('H1: the name hover of ARG TARGETARCH says the stage gets BuildKit\'s value', () => {
    const md = df(text, 'TARGETARCH');
    assert.match(md, /Redeclares the automatic `TARGETARCH` so this stage can use it: BuildKit fills in its value/);
    assert.doesNotMatch(md, EMPTY_UNLESS);
  });

  it('the keyword hover of ARG TARGETARCH and of a global ARG BUILDPLATFORM say the same', () => {
    assert.match(df(text, 'ARG'), /Brings BuildKit's automatic `TARGETARCH` into this stage/);
    const global = joinLines('ARG BUILDPLATFORM', 'FROM --platform=$BUILDPLATFORM golang:1.22');
    assert.match(df(global, 'ARG'), /BuildKit already sets `BUILDPLATFORM` before the first `FROM`/);
    assert.doesNotMatch(df(global, 'ARG'), EMPTY_UNLESS);
    const use = df(global, '$BUILDPLATFORM');
    assert.match(use, /BuildKit fills in its value/);
    assert.doesNotMatch(use, EMPTY_UNLESS);
  });

  it('an ordinary bare ARG and a proxy ARG are still empty unless a value is passed', () => {
    const t = joinLines('FROM alpine:3.20', 'ARG VERSION', 'ARG HTTP_PROXY', 'RUN echo $');
    assert.match(df(t, 'VERSION'), /empty unless `docker build --build-arg VERSION=\.\.\.`|empty unless you pass `--build-arg VERSION=\.\.\.`/);
    assert.match(docOf(t, { line: 3, character: 10 }, 'VERSION'), /empty unless you pass `--build-arg VERSION=\.\.\.`/);
    // ref: docker-cli-docs/docker.md, config.json `proxies` become build args
    assert.match(docOf(t, { line: 3, character: 10 }, 'HTTP_PROXY'), /`proxies` setting in `~\/.docker\/config.json`/);
    assert.match(df(t, 'HTTP_PROXY'), /puts its value in `docker history`/);
  });

  it('class: no hover or completion on a corpus ARG of a platform name says it is empty unless passed', function () {
    const dir = corpusDir('dockerfile', repoRoot);
    if (!dir) { console.log('      corpus not found: skipping'); this.skip(); }
    let checked = 0;
    for (const file of corpusFiles(dir!)) {
      const lines = fs.readFileSync(path.join(dir!, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        const m = /^\s*ARG\s+(.*)$/i.exec(line);
        if (!m) return;
        for (const name of m[1].split(/\s+/).filter(w => PLATFORM_ARGS.includes(w))) {
          const where = `${file}:${i + 1} ${name}`;
          const text = lines.join('\n');
          const at = { line: i, character: line.indexOf(name) };
          assert.doesNotMatch(explainDockerfile(text, at)?.markdown ?? '', EMPTY_UNLESS, `name hover ${where}`);
          assert.doesNotMatch(explainDockerfile(text, { line: i, character: line.search(/\S/) })?.markdown ?? '', new RegExp(`${name}\`?[^.]*empty unless`), `keyword hover ${where}`);
          // A `RUN echo $` right after the line: the completion of the name there.
          const probe = [...lines.slice(0, i + 1), 'RUN echo $', ...lines.slice(i + 1)].join('\n');
          assert.doesNotMatch(docOf(probe, { line: i + 1, character: 10 }, name), EMPTY_UNLESS, `completion ${where}`);
          checked++;
        }
      });
    }
    assert.ok(checked > 20, `only ${checked} platform ARG lines found`);
  });
});

describe('issue 22: BuildKit built-in and proxy build args', () => {
  it('a BUILDKIT_* name without an ARG line is empty in a step; BuildKit reads it as a setting', () => {
    const md = df(joinLines('FROM alpine:3.20', 'RUN echo $BUILDKIT_SANDBOX_HOSTNAME'), '$BUILDKIT', 1);
    assert.match(md, /BuildKit reads it from `--build-arg BUILDKIT_SANDBOX_HOSTNAME=\.\.\.` as a setting/);
    assert.match(md, /is empty/);
  });

  it('a proxy name may be used without an ARG line, and can come from config.json', () => {
    const md = df(joinLines('FROM alpine:3.20', 'RUN echo $HTTP_PROXY'), '$HTTP', 1);
    assert.match(md, /You may use it without an `ARG` line/);
    assert.match(md, /`proxies` setting in `~\/.docker\/config.json`/);
  });
});

describe('issue 22: where an ARG value ends up (H8)', () => {
  it('a stage ARG is not in the image settings but shows in docker history', () => {
    const md = df(joinLines('FROM node:20', 'ARG NODE_ENV=production', 'RUN npm ci'), 'NODE_ENV');
    assert.match(md, /not stored in the image's settings/);
    assert.match(md, /`docker history` shows it/);
    assert.doesNotMatch(md, /not saved in the image/);
  });

  it('a secret-looking ARG copied into ENV: history for the ARG, stored in the image for the ENV copy', () => {
    const text = joinLines('FROM node:20', 'ARG SENTRY_AUTH_TOKEN', 'ENV SENTRY_AUTH_TOKEN=${SENTRY_AUTH_TOKEN}', 'RUN npm run build');
    for (const md of [df(text, 'SENTRY_AUTH_TOKEN'), df(text, 'ARG')]) {
      assert.match(md, /Line 3 copies (it|`SENTRY_AUTH_TOKEN`) into `ENV`, and `ENV` values are stored in the image/);
      assert.match(md, /`ARG` values show in `docker history`/);
      assert.doesNotMatch(md, /`ARG` values stay in the image/);
    }
    assert.match(df(text, 'ENV'), /`ENV` values are stored in the image/);
  });

  it('class: no ARG hover in the corpus says ARG values stay in the image, and every ENV copy is named', function () {
    const dir = corpusDir('dockerfile', repoRoot);
    if (!dir) { console.log('      corpus not found: skipping'); this.skip(); }
    let copies = 0;
    for (const file of corpusFiles(dir!)) {
      const text: string = fs.readFileSync(path.join(dir!, file), 'utf8');
      const lines = text.split('\n');
      let inStage = false;
      lines.forEach((line, i) => {
        if (/^\s*FROM\s/i.test(line)) inStage = true;
        const m = /^\s*ARG\s+([A-Za-z_]\w*)/i.exec(line);
        if (!m) return;
        const name = m[1];
        const md = explainDockerfile(text, { line: i, character: line.indexOf(name) })?.markdown ?? '';
        assert.doesNotMatch(md, /`ARG` values stay in the image|not saved in the image/, `${file}:${i + 1}`);
        // A later `ENV X=$NAME` before the next FROM stores the value: the hover must say so.
        const rest = lines.slice(i + 1);
        const end = rest.findIndex(l => /^\s*FROM\s/i.test(l));
        const copied = inStage && (end < 0 ? rest : rest.slice(0, end)).some(l => new RegExp(`^\\s*ENV\\s.*\\$\\{?${name}\\b`).test(l));
        if (copied) { assert.match(md, /into `ENV`, and `ENV` values are stored in the image/, `${file}:${i + 1}`); copies++; }
      });
    }
    assert.ok(copies > 5, `only ${copies} ENV copies found`);
  });

  it('no ENV copy, no ENV sentence', () => {
    const md = df(joinLines('FROM node:20', 'ARG VERSION', 'ENV OTHER=1'), 'VERSION');
    assert.doesNotMatch(md, /copies/);
  });
});

describe('issue 22: the start command of the explain view (O1-O3)', () => {
  const start = (text: string) => dockerfileOutline(text)[0].start;

  it('O1: CMD --port 8080 stops the build, so no argv is shown', () => {
    const s = start(joinLines('FROM python:3.12', 'ENTRYPOINT ["python", "app.py"]', 'CMD --port 8080'));
    assert.deepStrictEqual(s.argv, []);
    assert.strictEqual(s.invalid?.flag, '--port');
    assert.strictEqual(s.invalid?.range.start.line, 2);
    assert.match(s.notes.join(' '), /unknown flag: port/);
    assert.match(s.notes.join(' '), /`CMD \["--port", "8080"\]`/);
  });

  it('O1: the CMD keyword hover says the same, with no shell-form story', () => {
    const md = df(joinLines('FROM python:3.12', 'ENTRYPOINT ["python", "app.py"]', 'CMD --port 8080'), 'CMD');
    assert.match(md, /`--port` at the start is read as a flag of `CMD`, and `CMD` has none: the build stops with "unknown flag: port"/);
    assert.doesNotMatch(md, /Shell form: the command runs through/);
  });

  it('O1: the same for ENTRYPOINT, and in a stage built on the broken one', () => {
    const outline = dockerfileOutline(joinLines('FROM alpine:3.20 AS base', 'ENTRYPOINT --verbose run', 'FROM base', 'CMD ["x"]'));
    for (const stage of outline) {
      assert.deepStrictEqual(stage.start.argv, []);
      assert.strictEqual(stage.start.invalid?.flag, '--verbose');
    }
  });

  it('O1: a known flag word or an exec-form array is no error', () => {
    assert.strictEqual(start(joinLines('FROM alpine:3.20', 'CMD ["--port", "8080"]')).invalid, undefined);
    assert.deepStrictEqual(start(joinLines('FROM alpine:3.20', 'CMD ["--port", "8080"]')).argv, ['--port', '8080']);
    assert.strictEqual(start(joinLines('FROM alpine:3.20', 'CMD echo --port')).invalid, undefined);
  });

  it('O2: ENTRYPOINT [] clears the entrypoint, and the program comes from CMD', () => {
    const s = start(joinLines('FROM tomcat:11', 'ENTRYPOINT []', 'CMD ["catalina.sh", "run"]'));
    assert.deepStrictEqual(s.argv, ['catalina.sh', 'run']);
    const notes = s.notes.join(' ');
    assert.match(notes, /`ENTRYPOINT \[\]` on line 2 clears/);
    assert.match(notes, /The command comes from `CMD` on line 3/);
    assert.doesNotMatch(notes, /program comes from `ENTRYPOINT`/);
  });

  it('O3: CMD [] adds no arguments; it clears the base image CMD', () => {
    const s = start(joinLines('FROM docker:27-dind', 'ENTRYPOINT ["dockerd-entrypoint.sh"]', 'CMD []'));
    assert.deepStrictEqual(s.argv, ['dockerd-entrypoint.sh']);
    assert.match(s.notes.join(' '), /`CMD \[\]` on line 3 adds no arguments; it only clears/);
    assert.doesNotMatch(s.notes.join(' '), /adds default arguments/);
  });

  it('O2/O3: the keyword hovers of ENTRYPOINT [] and CMD [] say they clear, and the CMD after ENTRYPOINT [] is the command', () => {
    const tomcat = joinLines('FROM tomcat:11', 'ENTRYPOINT []', 'CMD ["catalina.sh", "run"]');
    assert.match(df(tomcat, 'ENTRYPOINT'), /An empty array: it clears the `ENTRYPOINT` inherited from the base image, so the program comes from `CMD` \(line 3\)/);
    const cmd = df(tomcat, 'CMD');
    assert.match(cmd, /this is the command it runs/);
    assert.doesNotMatch(cmd, /default arguments|runs ` bash`/);
    const dind = joinLines('FROM docker:27-dind', 'ENTRYPOINT ["dockerd-entrypoint.sh"]', 'CMD []');
    assert.match(df(dind, 'CMD'), /An empty array: it adds no command and no arguments/);
    assert.match(df(dind, 'CMD'), /The `ENTRYPOINT` of line 2 runs with no arguments/);
  });

  it('class: over the corpus, an empty ENTRYPOINT is never named as the program and CMD [] never adds arguments', function () {
    const dir = corpusDir('dockerfile', repoRoot);
    needOrSkip(this, 'the corpus check of empty ENTRYPOINT and CMD', dir ? undefined : '../shared/corpus/dockerfile is not here');
    let emptyArrays = 0;
    for (const file of corpusFiles(dir!)) {
      const text: string = fs.readFileSync(path.join(dir!, file), 'utf8');
      const lines = text.split('\n');
      lines.forEach((line, i) => {
        if (!/^\s*(ENTRYPOINT|CMD)\s*\[\s*\]/i.test(line)) return;
        emptyArrays++;
        const md = explainDockerfile(text, { line: i, character: line.search(/\S/) + 1 })?.markdown ?? '';
        assert.match(md, /An empty array/, `${file}:${i + 1}`);
        assert.doesNotMatch(md, /starts directly as PID 1|default arguments/, `${file}:${i + 1}`);
      });
      for (const stage of dockerfileOutline(text)) {
        const s: StartCommand = stage.start;
        if (s.invalid) assert.deepStrictEqual(s.argv, [], file);
        for (const note of s.notes) {
          const m = /^The program comes from `ENTRYPOINT` on line (\d+)/.exec(note);
          if (m) assert.doesNotMatch(lines[Number(m[1]) - 1], /ENTRYPOINT\s*\[\s*\]/i, `${file}: ${note}`);
          const c = /`CMD` on line (\d+).*adds default arguments/.exec(note);
          if (c) assert.doesNotMatch(lines[Number(c[1]) - 1], /CMD\s*\[\s*\]/i, `${file}: ${note}`);
        }
      }
    }
    // `grep -ciE '^\s*(ENTRYPOINT|CMD)\s*\[\s*\]'` over ../shared/corpus/dockerfile finds 3 such lines, in 3 files.
    assert.strictEqual(emptyArrays, 3, 'the empty ENTRYPOINT and CMD lines of the corpus');
  });
});
