// SPDX-License-Identifier: MIT
// The Explain view's step sentence for COPY and ADD (issue 24, K3 of the 2026-12-06 walkthrough: "Copies
// requirements.txt requirements.txt into the image"). Every shape reads as a sentence: the same source and
// destination, a `.` destination, several sources, --from a stage or an image, --chown and --chmod, a
// here-document, and ADD's downloads, clones and archives. The expected sentences are written by hand from the
// Dockerfile reference (buildkit-dockerfile-docs/reference.md #copy, #add, #copy---from, #here-documents).
// Then a guard over the corpus: no step sentence says a word twice in a row.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { dockerfileOutline } from '../../../src/core/index';
import { corpusDir, corpusFiles } from '../corpusGuards';
import { joinLines } from '../helpers';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

/** The sentence of the last step of the last stage of a file made of `lines`. */
function sentence(...lines: string[]): string {
  const steps = dockerfileOutline(joinLines(...lines)).slice(-1)[0].steps;
  return steps[steps.length - 1].summary;
}

describe('Explain view: COPY and ADD step sentences', () => {
  it('the same source and destination: says the file once, with where it lands', () => {
    // The walkthrough's own Dockerfile (screenshot 30).
    assert.strictEqual(sentence('FROM local/busybox:1', 'WORKDIR /backend-flask', 'COPY requirements.txt requirements.txt'),
      'Copies `requirements.txt` from the build context to `/backend-flask/requirements.txt`.');
    assert.strictEqual(sentence('FROM python:3.12-slim', 'COPY requirements.txt requirements.txt'),
      'Copies `requirements.txt` from the build context into the working folder, under the same name.');
    // A folder's contents are copied, not the folder (reference.md#copy): `src/` lands in `src/`, not `src/src/`.
    assert.strictEqual(sentence('FROM python:3.12-slim', 'COPY ./src/ src/'),
      'Copies the contents of `./src/` from the build context into `src/` in the working folder.');
  });

  it('a . destination is the working folder, named when a WORKDIR sets it', () => {
    assert.strictEqual(sentence('FROM local/busybox:1', 'WORKDIR /backend-flask', 'COPY . .'), 'Copies the whole build context into `/backend-flask`, the working folder.');
    assert.strictEqual(sentence('FROM node:22', 'COPY . .'), 'Copies the whole build context into the working folder.');
    assert.strictEqual(sentence('FROM node:22', 'WORKDIR /app', 'COPY server.js ./'), 'Copies `server.js` from the build context into `/app`, the working folder.');
    // A WORKDIR of an earlier stage this one builds on still counts.
    assert.strictEqual(sentence('FROM node:22 AS base', 'WORKDIR /app', 'FROM base', 'COPY . .'), 'Copies the whole build context into `/app`, the working folder.');
  });

  it('other destinations: a new name is "to", a folder is "into"', () => {
    assert.strictEqual(sentence('FROM python:3.12', 'WORKDIR /srv', 'COPY app.py main.py'), 'Copies `app.py` from the build context to `/srv/main.py`.');
    assert.strictEqual(sentence('FROM python:3.12', 'COPY app.py main.py'), 'Copies `app.py` from the build context to `main.py` in the working folder.');
    assert.strictEqual(sentence('FROM nginx:1.27', 'COPY site/ /usr/share/nginx/html/'), 'Copies the contents of `site/` from the build context into `/usr/share/nginx/html/`.');
    // One file to a destination without `/` is written as a file of that name (reference.md#copy: "COPY test.txt /abs creates a file at /abs").
    assert.strictEqual(sentence('FROM python:3.12', 'COPY app.py /app'), 'Copies `app.py` from the build context to `/app`, as a file named `app` (end the destination with `/` to copy into a folder).');
    assert.strictEqual(sentence('FROM python:3.12', 'COPY app.py /app/'), 'Copies `app.py` from the build context into `/app/`.');
    assert.strictEqual(sentence('FROM nginx:1.27', 'COPY . /src'), 'Copies the whole build context into `/src`.');
  });

  it('several sources are listed, and a long list is counted', () => {
    assert.strictEqual(sentence('FROM node:22', 'WORKDIR /app', 'COPY package.json package-lock.json ./'),
      'Copies `package.json` and `package-lock.json` from the build context into `/app`, the working folder.');
    assert.strictEqual(sentence('FROM alpine', 'COPY a.sh b.sh c.sh /usr/local/bin/'), 'Copies `a.sh`, `b.sh` and `c.sh` from the build context into `/usr/local/bin/`.');
    assert.strictEqual(sentence('FROM alpine', 'COPY a b c d e f /opt/'), 'Copies `a`, `b`, `c` and 3 more from the build context into `/opt/`.');
  });

  it('--from names the stage or the image the files come from', () => {
    const build = ['FROM golang:1.23 AS build', 'RUN go build -o /out/app .'];
    assert.strictEqual(sentence(...build, 'FROM alpine', 'COPY --from=build /out/app /usr/local/bin/app'), 'Copies `/out/app` from the stage `build` to `/usr/local/bin/app`.');
    assert.strictEqual(sentence(...build, 'FROM alpine', 'COPY --from=0 /out/app /app'), 'Copies `/out/app` from stage 0 to `/app`.');
    assert.strictEqual(sentence(...build, 'FROM alpine', 'COPY --from=build / /rootfs/'), 'Copies everything from the stage `build` into `/rootfs/`.');
    assert.strictEqual(sentence('FROM alpine', 'COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/'), 'Copies `/etc/nginx/nginx.conf` from the image `nginx:1.27` into `/etc/nginx/`.');
    // A plain word that names no stage may be an image or a named build context (reference.md#copy---from).
    assert.strictEqual(sentence('FROM alpine', 'COPY --from=assets . /srv/'), 'Copies everything from `assets` (an image, or a build context given that name) into `/srv/`.');
    // The same path on both sides, as multi-stage files often write it.
    assert.strictEqual(sentence('FROM alpine AS cert', 'FROM scratch', 'COPY --from=cert /etc/mime.types /etc/mime.types'), 'Copies `/etc/mime.types` from the stage `cert` to `/etc/mime.types`.');
  });

  it('--chown, --chmod and --exclude are said after where the files land', () => {
    assert.strictEqual(sentence('FROM python:3.12', 'WORKDIR /app', 'COPY --chown=app:app . .'), 'Copies the whole build context into `/app`, the working folder, owned by `app:app`.');
    assert.strictEqual(sentence('FROM alpine', 'COPY --chown=1000:1000 --chmod=755 run.sh /usr/local/bin/run.sh'),
      'Copies `run.sh` from the build context to `/usr/local/bin/run.sh`, owned by `1000:1000`, with mode `755`.');
    assert.strictEqual(sentence('FROM alpine', 'COPY --exclude=*.md . /src/'), 'Copies the whole build context into `/src/`, except `*.md`.');
  });

  it('a here-document is written to its destination; several become files named after them', () => {
    assert.strictEqual(sentence('FROM alpine', 'COPY <<EOF /app/greeting.txt', 'hello world', 'EOF'), 'Writes the here-document `<<EOF` to `/app/greeting.txt`.');
    assert.strictEqual(sentence('FROM alpine', 'COPY --chmod=755 <<EOF /hello.sh', 'echo hello', 'EOF'), 'Writes the here-document `<<EOF` to `/hello.sh`, with mode `755`.');
    assert.strictEqual(sentence('FROM alpine', 'COPY <<robots.txt <<humans.txt /usr/share/html/', 'User-agent: *', 'robots.txt', 'me', 'humans.txt'),
      'Writes the here-documents `<<robots.txt` and `<<humans.txt` into `/usr/share/html/`, each as a file named after it.');
  });

  it('ADD says what it does with each kind of source', () => {
    // ref: buildkit-dockerfile-docs/reference.md#add: URLs are downloaded, Git repositories cloned, local tar archives unpacked.
    assert.strictEqual(sentence('FROM alpine', 'ADD https://example.com/tool.tar.gz /tmp/'), 'Downloads `https://example.com/tool.tar.gz` into `/tmp/`.');
    // ref: reference.md#add---unpack: a downloaded archive is unpacked only with --unpack=true.
    assert.strictEqual(sentence('FROM alpine', 'ADD --unpack=true https://example.com/tool.tar.gz /tmp/'), 'Downloads and unpacks `https://example.com/tool.tar.gz` into `/tmp/`.');
    assert.strictEqual(sentence('FROM alpine', 'ADD https://github.com/moby/buildkit.git#v0.10.1 /buildkit'), 'Clones the Git repository `https://github.com/moby/buildkit.git#v0.10.1` into `/buildkit`.');
    // moby/buildkit frontend/dockerfile/dfgitutil/git_ref.go: the path before the query ends in .git.
    assert.strictEqual(sentence('FROM alpine', 'ADD https://github.com/krallin/tini.git?ref=v0.19.0 /src/tini'), 'Clones the Git repository `https://github.com/krallin/tini.git?ref=v0.19.0` into `/src/tini`.');
    assert.strictEqual(sentence('FROM scratch', 'ADD rootfs.tar.gz /'), 'Unpacks the archive `rootfs.tar.gz` from the build context into `/`.');
    assert.strictEqual(sentence('FROM scratch', 'ADD --unpack=false rootfs.tar.gz /'), 'Copies `rootfs.tar.gz` from the build context into `/`, as `COPY` would.');
    assert.strictEqual(sentence('FROM python:3.12', 'WORKDIR /app', 'ADD . .'), 'Copies the whole build context into `/app`, the working folder, as `COPY` would.');
  });

  it('the JSON form, and half-typed lines, get a calm sentence', () => {
    assert.strictEqual(sentence('FROM alpine', 'COPY ["my file.txt", "/app/"]'), 'Copies `my file.txt` from the build context into `/app/`.');
    assert.strictEqual(sentence('FROM alpine', 'COPY app.py'), '`COPY` needs a source and a destination; this line has only `app.py`.');
    assert.strictEqual(sentence('FROM alpine', 'COPY'), 'Copies files into the image; the line does not say which yet.');
    assert.strictEqual(sentence('FROM alpine', 'COPY <<EOF', 'x', 'EOF'), '`COPY` needs a destination after the here-document `<<EOF`.');
  });
});

/** Commands are quoted as the learner wrote them (`adduser -G www-data www-data`): a repeat there is theirs. */
const quotesCommand = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'SHELL', 'ONBUILD']);

/** The first word said twice in a row in `text` (backticks and punctuation aside), with what surrounds it. */
function doubledWord(text: string): string | undefined {
  // Quotes and brackets go, then a trailing full stop or comma, unless it is the whole word (`. .`).
  const words = text.split(/\s+/).map(w => w.replace(/^[`"'([]+|[`"')\]]+$/g, '').replace(/(?<=.)[,.;:]+$/, '').toLowerCase());
  const i = words.findIndex((w, k) => k > 0 && w !== '' && w === words[k - 1]);
  return i < 0 ? undefined : words.slice(Math.max(0, i - 2), i + 2).join(' ');
}

describe('corpus guard: no Explain view step sentence says a word twice in a row', function () {
  this.timeout(120_000);

  it('the guard catches the walkthrough\'s sentence', () => {
    assert.strictEqual(doubledWord('Copies `requirements.txt requirements.txt` into the image as a new layer.'), 'copies requirements.txt requirements.txt into');
    assert.strictEqual(doubledWord('Copies `. .` into the image.'), 'copies . . into');
  });

  it('in every step of every corpus Dockerfile (a quoted command counts as one word)', function () {
    const dir = corpusDir('dockerfile', repoRoot);
    if (!dir) { console.log(`      corpus not found next to ${repoRoot} (../shared/corpus/dockerfile): skipping`); this.skip(); }
    const found: string[] = [];
    let steps = 0;
    let copies = 0;
    for (const file of corpusFiles(dir!)) {
      for (const stage of dockerfileOutline(fs.readFileSync(path.join(dir!, file), 'utf8'))) {
        for (const step of stage.steps) {
          steps++;
          if (step.keyword === 'COPY' || step.keyword === 'ADD') copies++;
          const said = quotesCommand.has(step.keyword) ? step.summary.replace(/`[^`]*`/g, '`command`') : step.summary;
          const doubled = doubledWord(said);
          if (doubled) found.push(`${file}:${step.range.start.line + 1} ${step.keyword}: "${doubled}" in ${step.summary.slice(0, 120)}`);
        }
      }
    }
    assert.ok(copies > 100, `only ${copies} COPY/ADD steps of ${steps}: the corpus is not the one this guard was written for`);
    assert.deepStrictEqual(found.slice(0, 20), [], `${found.length} of ${steps} step sentences say a word twice in a row`);
  });
});
