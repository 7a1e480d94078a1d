// SPDX-License-Identifier: MIT
import * as assert from 'assert';
import { Keyword } from 'dockerfile-ast';
import { explainDockerfile, indexNotes, range } from '../../../src/core/index';
import { dockerfileParseCount } from '../../../src/core/dockerfile/model';
import { dockerfileInstructions } from '../../../src/core/knowledge/dockerfileInstructions';
import { joinLines, positionOf } from '../helpers';

const ALL = ['FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT',
  'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL'];

/** A file using each of the 18 instructions once, one per line, in the order of ALL. */
const everyInstruction = joinLines(
  'FROM python:3.12-slim AS base',
  'RUN pip install flask',
  'CMD ["python3", "app.py"]',
  'LABEL org.opencontainers.image.title="api"',
  'MAINTAINER someone@example.com',
  'EXPOSE 4567',
  'ENV FLASK_ENV=development',
  'ADD app.tar.gz /opt/',
  'COPY . /app',
  'ENTRYPOINT ["python3"]',
  'VOLUME /data',
  'USER app',
  'WORKDIR /app',
  'ARG VERSION=1',
  'ONBUILD COPY . /src',
  'STOPSIGNAL SIGINT',
  'HEALTHCHECK CMD curl -f http://localhost:4567/ || exit 1',
  'SHELL ["/bin/bash", "-c"]',
);

describe('explainDockerfile: instruction keywords', () => {
  it('explains each of the 18 instructions, distinctly, with a docs.docker.com link', () => {
    const seen = new Set<string>();
    ALL.forEach((name, line) => {
      const hover = explainDockerfile(everyInstruction, { line, character: 1 });
      assert.ok(hover, `no hover for ${name}`);
      assert.ok(hover.markdown.startsWith(`\`${name}\``), `${name} title: ${hover.markdown.slice(0, 40)}`);
      assert.match(hover.markdown, /\(https:\/\/docs\.docker\.com\/reference\/dockerfile\/#[a-z-]+\)/);
      assert.deepStrictEqual(hover!.range, range(line, 0, line, name.length));
      const summary = hover.markdown.split('\n\n')[1];
      assert.ok(!seen.has(summary), `${name} repeats another summary`);
      seen.add(summary);
    });
    assert.strictEqual(seen.size, 18);
  });

  it('has an entry for every instruction dockerfile-ast knows, each with an https docs URL', () => {
    for (const k of Object.values(Keyword)) {
      const doc = (dockerfileInstructions as Record<string, { docsUrl: string }>)[k];
      assert.ok(doc, `missing ${k}`);
      assert.match(doc.docsUrl, /^https:\/\/docs\.docker\.com\//);
    }
  });

  it('tells RUN (build time, a layer) from CMD (what the container runs when it starts), in both hovers', () => {
    const run = explainDockerfile(everyInstruction, { line: 1, character: 0 })!.markdown;
    const cmd = explainDockerfile(everyInstruction, { line: 2, character: 2 })!.markdown;
    assert.match(run, /build time/);
    assert.match(run, /layer/);
    assert.match(run, /`CMD`/, 'RUN hover points to CMD');
    assert.match(cmd, /when it starts/);
    assert.match(cmd, /`RUN`/, 'CMD hover points to RUN');
    assert.match(cmd, /after the image name in `docker run` replace these defaults, not the program/);
  });

  it('works in any letter case', () => {
    for (const word of ['run', 'Run', 'rUN']) {
      const hover = explainDockerfile(`FROM alpine\n${word} echo hi`, { line: 1, character: 1 });
      assert.ok(hover?.markdown.startsWith('`RUN`'), word);
    }
  });

  it('finds a keyword split over a continuation line', () => {
    const text = joinLines('FROM alpine', 'R\\', 'UN echo hi');
    const hover = explainDockerfile(text, { line: 2, character: 0 });
    assert.ok(hover?.markdown.startsWith('`RUN`'));
    assert.deepStrictEqual(hover!.range, range(1, 0, 2, 2));
  });

  it('explains the instruction that ONBUILD triggers as deferred', () => {
    const text = joinLines('FROM alpine', 'ONBUILD RUN make');
    const trigger = explainDockerfile(text, positionOf(text, 'RUN', 1));
    assert.ok(trigger?.markdown.startsWith('`RUN`'));
    assert.match(trigger!.markdown, /does not run in this build/);
    assert.deepStrictEqual(trigger!.range, range(1, 8, 1, 11));
    assert.match(explainDockerfile(text, { line: 1, character: 3 })!.markdown, /^`ONBUILD`/);
  });

  it('says which form a command uses, including a malformed array', () => {
    const text = joinLines('FROM alpine', 'RUN apk add curl', "CMD ['sh']", 'ENTRYPOINT ["sh", "-c"]');
    assert.match(explainDockerfile(text, { line: 1, character: 1 })!.markdown, /Shell form.*\/bin\/sh -c/);
    assert.match(explainDockerfile(text, { line: 2, character: 1 })!.markdown, /not valid JSON.*shell form/);
    assert.match(explainDockerfile(text, { line: 3, character: 1 })!.markdown, /Exec form/);
  });

  it('says an earlier CMD is overridden by the last one, and how CMD feeds ENTRYPOINT', () => {
    const text = joinLines('FROM alpine', 'ENTRYPOINT ["ping"]', 'CMD ["localhost"]', 'CMD ["example.com"]');
    assert.match(explainDockerfile(text, { line: 2, character: 1 })!.markdown, /Overridden: CMD on line 4/);
    const last = explainDockerfile(text, { line: 3, character: 1 })!.markdown;
    assert.doesNotMatch(last, /Overridden/);
    assert.match(last, /with the exec-form `ENTRYPOINT` on line 2, its items are default arguments, so the container runs `ping example.com`/);
  });

  it('names an unknown instruction and suggests the closest one', () => {
    const hover = explainDockerfile('FROM alpine\nCOPPY . /app', { line: 1, character: 2 });
    assert.match(hover!.markdown, /not a Dockerfile instruction/);
    assert.match(hover!.markdown, /Did you mean `COPY`\?/);
  });

  it('returns undefined where there is nothing specific to say', () => {
    const text = joinLines('# just a comment', '', 'FROM alpine', 'RUN echo hello    ');
    assert.strictEqual(explainDockerfile(text, { line: 0, character: 4 }), undefined, 'comment');
    assert.strictEqual(explainDockerfile(text, { line: 1, character: 0 }), undefined, 'blank line');
    assert.strictEqual(explainDockerfile(text, positionOf(text, 'hello', 2)), undefined, 'plain argument');
    assert.strictEqual(explainDockerfile(text, { line: 40, character: 0 }), undefined, 'past the end');
  });

  it('never throws on broken input', () => {
    const junk = Array.from({ length: 512 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    const texts = ['', '\\', 'RUN [', 'CMD ["a", ', 'FROM\r\nRUN x\r\n', junk, 'ONBUILD', 'ONBUILD ONBUILD RUN x', '\uFEFFFROM x'];
    for (const text of texts) {
      const lines = text.split('\n');
      for (let line = -1; line <= lines.length; line++) {
        for (let character = -1; character <= (lines[line]?.length ?? 0) + 1; character++) {
          assert.doesNotThrow(() => explainDockerfile(text, { line, character }), JSON.stringify(text));
        }
      }
    }
  });

  it('handles CRLF line endings', () => {
    const hover = explainDockerfile('FROM alpine\r\nRUN echo hi\r\n', { line: 1, character: 1 });
    assert.ok(hover?.markdown.startsWith('`RUN`'));
    assert.deepStrictEqual(hover!.range, range(1, 0, 1, 3));
  });

  it('parses a text once and reuses the parse for later hovers', () => {
    const text = 'FROM alpine\nRUN echo a text no other test parses (instructionHover.test)';
    const before = dockerfileParseCount();
    explainDockerfile(text, { line: 1, character: 1 });
    explainDockerfile(text, { line: 0, character: 1 });
    assert.strictEqual(dockerfileParseCount() - before, 1);
  });

  it('quotes the learner\'s notes under RUN and CMD', () => {
    const notes = indexNotes([{ path: '/home/me/notes.md', text: joinLines('# RUN vs CMD', 'RUN builds a layer; CMD starts the app.', '', '# Ports', '- -p maps host to container') }]);
    for (const line of [1, 2]) {
      const md = explainDockerfile(everyInstruction, { line, character: 1 }, { notes })!.markdown;
      assert.match(md, /\*\*From your notes\*\*/);
      assert.match(md, /RUN vs CMD RUN builds a layer; CMD starts the app\./);
      assert.match(md, /notes\.md:1\]\(file:\/\/\/home\/me\/notes\.md#L1\)/);
    }
    assert.doesNotMatch(explainDockerfile(everyInstruction, { line: 0, character: 1 }, { notes })!.markdown, /From your notes/);
  });
});
