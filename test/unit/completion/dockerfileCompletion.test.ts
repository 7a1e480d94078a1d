// SPDX-License-Identifier: MIT
// completeDockerfile at each kind of place: line starts, flags of every instruction, every mount type's
// options and values, stage and variable names, directives, and half-typed or broken text.
import * as assert from 'node:assert';
import * as path from 'node:path';
import { completeDockerfile, explainDockerfile } from '../../../src/core/index';
import { dockerfileInstructions } from '../../../src/core/knowledge/dockerfileInstructions';
import { renderedDocCount } from '../../../src/core/completion/docCache';
import { cursor, item, labels, offers } from './cursor';
import { dockerfileReferenceFlags, dockerfileReferenceMounts } from '../referenceDocs';
import { needOrSkip } from '../../needs';

// Expected flags and mount options come from Docker's reference (../shared/reference), never from the
// knowledge tables the completer reads (issue 30).
const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const referenceFlags = dockerfileReferenceFlags(repoRoot);
const referenceMounts = dockerfileReferenceMounts(repoRoot);
const noReference = (found: unknown) => (found ? undefined : '../shared/reference/buildkit-dockerfile-docs/reference.md is missing');

const complete = (...lines: string[]) => {
  const { text, position } = cursor(...lines);
  return completeDockerfile(text, position);
};

describe('completeDockerfile: instructions', () => {
  it('offers the 18 instructions at the start of a line, each with its hover', () => {
    const items = complete('|');
    const names = Object.keys(dockerfileInstructions);
    assert.strictEqual(names.length, 18);
    // Wiring: each item's documentation is the instruction's own summary. The names are checked against the
    // reference below and against dockerfile-ast in instructionHover.test.ts.
    offers(items, names, name => dockerfileInstructions[name as keyof typeof dockerfileInstructions].summary);
    // An empty file starts with FROM (or ARG before it).
    assert.deepStrictEqual(labels(items).slice(0, 2), ['FROM', 'ARG']);
  });

  it('documentation is the hover of the keyword; its title line is the detail, shown once (K2 of the 2026-12-06 walkthrough)', () => {
    const run = item(complete('FROM node:20', 'R|'), 'RUN');
    const hover = explainDockerfile('FROM node:20\nRUN echo hi', { line: 1, character: 1 })!.markdown;
    // The editor's details pane shows the detail as its header: the hover's title line would repeat it.
    assert.strictEqual(hover.split('\n')[0], `\`RUN\` · ${run.detail}`);
    assert.ok(!run.documentation.startsWith('`RUN`'), run.documentation.split('\n')[0]);
    assert.ok(hover.includes(run.documentation.split('\n\n')[0]), 'the same "what it does" sentence');
  });

  it('ranks the usual next steps after FROM first, MAINTAINER last and deprecated', () => {
    const items = complete('FROM python:3.12', '|');
    const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    assert.deepStrictEqual(labels(sorted).slice(0, 3), ['WORKDIR', 'RUN', 'COPY']);
    assert.strictEqual(sorted[sorted.length - 1].label, 'MAINTAINER');
    assert.strictEqual(sorted[sorted.length - 1].deprecated, true);
  });

  it('offers CMD and ENTRYPOINT in exec form first, the shell form just below', () => {
    const items = complete('FROM node', 'EXPOSE 3000', 'C|');
    const cmd = item(items, 'CMD');
    const shell = item(items, 'CMD (shell form)');
    assert.ok(cmd.insertText.startsWith('CMD ["'), cmd.insertText);
    assert.ok(cmd.sortText! < shell.sortText!);
    assert.strictEqual(shell.insertText, 'CMD ${1:command}');
    assert.ok(item(items, 'ENTRYPOINT').insertText.startsWith('ENTRYPOINT ["'));
    assert.strictEqual(item(items, 'WORKDIR').insertText, 'WORKDIR ');
  });

  it('CM then Enter: the other form is filtered by the text the recommended form shows, so sort order decides (issue 24)', () => {
    // Editors score a case-exact match higher (VS Code's fuzzyScore gives 7 for a same-case character, 5 otherwise):
    // the exec form shows as the snippet `cmd`, so a shell form filtered by `CMD` won on `CM` in the audit.
    for (const name of ['CMD', 'ENTRYPOINT']) {
      const items = complete('FROM python:3.12-slim', 'EXPOSE 4567', name.slice(0, 2) + '|');
      const exec = item(items, name);
      const shell = item(items, `${name} (shell form)`);
      const shown = exec.snippetOf?.prefix ?? exec.filterText ?? exec.label;
      assert.strictEqual(shell.filterText, shown, name);
      assert.ok(exec.sortText! < shell.sortText!, name);
      assert.match(exec.insertText, new RegExp(`^${name} \\["`));
    }
    // The CMD snippet (snippets/dockerfile.json, prefix `cmd`) is what the exec form shows as.
    assert.strictEqual(item(complete('FROM node', 'CM|'), 'CMD (shell form)').filterText, 'cmd');
  });

  it('replaces the half-typed keyword, and after ONBUILD leaves out what ONBUILD cannot wrap', () => {
    const items = complete('FROM node', '  ru|');
    assert.deepStrictEqual(item(items, 'RUN').range, { start: { line: 1, character: 2 }, end: { line: 1, character: 4 } });
    const inner = labels(complete('FROM node', 'ONBUILD |'));
    assert.ok(inner.includes('COPY') && !inner.includes('FROM') && !inner.includes('ONBUILD') && !inner.includes('MAINTAINER'));
  });

  it('takes the snippet body where a snippet has the same name (healthcheck), so there is one item', () => {
    const hc = item(complete('FROM node', 'H|'), 'HEALTHCHECK');
    assert.ok(hc.snippet && hc.insertText.includes('--interval='), hc.insertText);
  });
});

describe('completeDockerfile: flags', () => {
  it('the instructions are the ones the Dockerfile reference has a section for', function () {
    needOrSkip(this, 'instructions against the Dockerfile reference', noReference(referenceFlags));
    assert.deepStrictEqual(Object.keys(dockerfileInstructions).sort(), [...referenceFlags!.keys()].sort());
  });

  it('offers, after each instruction of the reference, exactly the flags its section documents, each explained', function () {
    needOrSkip(this, 'flags against the Dockerfile reference', noReference(referenceFlags));
    let flags = 0;
    for (const [keyword, expected] of referenceFlags!) {
      const items = complete('FROM node AS build', `${keyword} --|`);
      assert.deepStrictEqual([...labels(items)].sort(), [...expected].sort(), keyword);
      offers(items, expected, name => name); // each item documented, and its documentation names the flag
      flags += expected.length;
    }
    assert.ok(flags >= 20, `only ${flags} flags found in the reference`);
  });

  it('leaves out a flag already written, keeps the ones that may repeat', () => {
    const items = labels(complete('FROM node', 'COPY --chown=app:app --exclude=*.md --|'));
    assert.ok(!items.includes('--chown'));
    assert.ok(items.includes('--exclude') && items.includes('--link'));
  });

  it('inserts `--name=` for a flag that takes a value and asks for suggestions again', () => {
    const items = complete('FROM node', 'COPY --|');
    const chown = item(items, '--chown');
    assert.strictEqual(chown.insertText, '--chown=');
    assert.strictEqual(chown.retrigger, true);
    assert.strictEqual(item(items, '--link').insertText, '--link');
  });

  it('offers the values of --network and --security with their meaning', () => {
    offers(complete('FROM node', 'RUN --network=|'), ['default', 'none', 'host'], v => `\`${v}\``);
    offers(complete('FROM node', 'RUN --security=|'), ['sandbox', 'insecure']);
  });

  it('offers no flags after the arguments have started, and none for an instruction without flags', () => {
    assert.deepStrictEqual(complete('FROM node', 'COPY a.txt --|'), []);
    assert.deepStrictEqual(complete('FROM node', 'WORKDIR --|'), []);
  });
});

describe('completeDockerfile: --mount', () => {
  it('offers the mount types of the reference after type=, and for each exactly the options of its table', function () {
    needOrSkip(this, 'mount options against the Dockerfile reference', noReference(referenceMounts));
    assert.deepStrictEqual([...referenceMounts!.keys()].sort(), ['bind', 'cache', 'secret', 'ssh', 'tmpfs'], 'the reference documents five mount types');
    const types = complete('FROM node', 'RUN --mount=type=|');
    assert.deepStrictEqual(labels(types).sort(), [...referenceMounts!.keys()].sort());
    offers(types, [...referenceMounts!.keys()], t => t);
    for (const [type, expected] of referenceMounts!) {
      const items = complete('FROM node', `RUN --mount=type=${type},|`);
      assert.deepStrictEqual([...labels(items)].sort(), [...expected].sort(), type);
      offers(items, expected, o => o);
    }
  });

  it('offers `type` first and the bind options when no type is written, and skips options given', () => {
    const items = complete('FROM node', 'RUN --mount=|');
    assert.strictEqual(items[0].label, 'type');
    assert.deepStrictEqual(labels(complete('FROM node', 'RUN --mount=type=cache,target=/root/.npm,|')).includes('target'), false);
  });

  it('offers sharing=shared|private|locked with what each means', () => {
    offers(complete('FROM node', 'RUN --mount=type=cache,target=/var/cache/apt,sharing=|'), ['shared', 'private', 'locked'], v => `\`${v}\``);
  });

  it('replaces only the option being typed', () => {
    const ta = item(complete('FROM node', 'RUN --mount=type=cache,ta|'), 'target');
    assert.deepStrictEqual(ta.range, { start: { line: 1, character: 23 }, end: { line: 1, character: 25 } });
  });
});

describe('completeDockerfile: names', () => {
  const stages = ['FROM node:20 AS deps', 'RUN npm ci', 'FROM node:20 AS build', 'COPY --from=|', 'FROM nginx AS late'];

  it('offers the earlier stage names after --from=, not later ones', () => {
    const items = complete(...stages);
    assert.deepStrictEqual(labels(items), ['deps', 'build']);
    assert.ok(item(items, 'deps').documentation.includes('line 1'));
  });

  it('offers the earlier stages after FROM and in a mount from=', () => {
    // After the stages come images (fromImages.test.ts); the stages are the references.
    assert.deepStrictEqual(complete('FROM golang AS builder', 'FROM |').filter(i => i.kind === 'reference').map(i => i.label), ['builder']);
    assert.strictEqual(complete('FROM golang AS builder', 'FROM |')[0].label, 'builder');
    assert.deepStrictEqual(labels(complete('FROM golang AS builder', 'FROM alpine', 'RUN --mount=type=bind,from=|')), ['builder']);
  });

  it('offers the ARG and ENV names in scope inside ${ and after $, with their values', () => {
    const text = ['ARG BASE=node:20', 'FROM $BASE', 'ARG VERSION=1.2', 'ENV PORT=4567 MODE=dev', 'RUN echo ${|'];
    const items = complete(...text);
    assert.deepStrictEqual(labels(items), ['VERSION', 'PORT', 'MODE']);
    assert.ok(item(items, 'PORT').documentation.includes('It is `4567`, from `ENV PORT=4567` on line 4'));
    assert.deepStrictEqual(labels(complete('ARG V=1', 'FROM node', 'ENV HOME_DIR=/app', 'WORKDIR $H|')), ['HOME_DIR']);
  });

  it('offers the global ARGs in FROM, and a global ARG redeclared in a stage with its default', () => {
    assert.deepStrictEqual(labels(complete('ARG BASE=node:20', 'FROM ${|')), ['BASE']);
    const items = complete('ARG BASE=node:20', 'FROM $BASE', 'ARG BASE', 'RUN echo $|');
    assert.ok(item(items, 'BASE').documentation.includes('It is `node:20`, from `ARG BASE` on line 3, which takes the default of the global `ARG BASE=node:20` on line 1.'), item(items, 'BASE').documentation);
  });

  it('offers nothing after an escaped dollar', () => {
    assert.deepStrictEqual(complete('FROM node', 'ENV A=1', 'RUN echo \\$|'), []);
  });
});

describe('completeDockerfile: directives, half-typed and broken text', () => {
  it('offers the parser directives at the top, and their values', () => {
    offers(complete('# |'), ['syntax=', 'escape=', 'check=']);
    for (const label of ['syntax=', 'escape=', 'check=']) assert.strictEqual(item(complete('# |'), label).detail, 'parser directive');
    // check= keeps its title line: "since 1.8.0" is not in the detail.
    assert.match(item(complete('# |'), 'check=').documentation, /^`# check=` · parser directive · since 1\.8\.0/);
    offers(complete('# syntax=|'), ['docker/dockerfile:1']);
    offers(complete('# escape=|'), ['\\', '`']);
    offers(complete('# syntax=docker/dockerfile:1', '# check=|'), ['skip=all', 'error=true', 'skip=UndefinedVar']);
  });

  it('offers no directive below an instruction, nor one already written', () => {
    assert.deepStrictEqual(complete('FROM node', '# |'), []);
    assert.ok(!labels(complete('# syntax=docker/dockerfile:1', '# |')).includes('syntax='));
  });

  it('follows continuation lines to the instruction', () => {
    offers(complete('FROM node', 'RUN --mount=type=cache,target=/x \\', '    --|'), ['--network', '--mount']);
    assert.deepStrictEqual(complete('FROM node', 'RUN apt-get update \\', '    && ap|'), []);
  });

  it('stays calm on broken and hostile text', () => {
    assert.deepStrictEqual(complete('FROM node', 'RUN [ "unclosed', '|'.padStart(1)).length > 0, true);
    assert.deepStrictEqual(completeDockerfile('FROM', { line: 5, character: 3 }), []);
    assert.deepStrictEqual(completeDockerfile('', { line: 0, character: 9 }).length, labels(complete('|')).length);
    assert.deepStrictEqual(complete('FROM node', 'COPY --from=|'), []);
    assert.deepStrictEqual(complete('FROM node', 'RUN --mount=type=nosuch,sharing=|'), []);
  });
});

describe('completion documentation cache', () => {
  it('renders each item\'s documentation once', () => {
    const first = complete('FROM node', 'COPY --|');
    const count = renderedDocCount();
    const again = complete('FROM node', 'COPY --chown=1:1 --|');
    assert.strictEqual(renderedDocCount(), count, 'no new rendering for the same flags');
    assert.strictEqual(item(again, '--link').documentation, item(first, '--link').documentation);
  });
});
