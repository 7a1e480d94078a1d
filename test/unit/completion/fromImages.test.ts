// SPDX-License-Identifier: MIT
// Issue 24, item 4: `FROM ` offers images, the local ones first when the adapter could ask the engine, then
// official images; and the FROM hover does not send an image Docker Hub has no such name for to Docker Hub.
import * as assert from 'node:assert';
import { completeDockerfile, explainDockerfile, fromImageInProgress, localImagesAnswer, localImagesCommand } from '../../../src/core/index';
import { cursor, labels } from './cursor';

const complete = (localImages: string[] | undefined, ...lines: string[]) => {
  const { text, position } = cursor(...lines);
  return completeDockerfile(text, position, localImages ? { localImages } : {});
};

describe('FROM offers images (issue 24)', () => {
  it('offers the official images the snippets use, with no engine', () => {
    const names = labels(complete(undefined, 'FROM |'));
    // The df-flask and df-node snippets (snippets/dockerfile.json) start from these two.
    for (const image of ['python:3.12-slim', 'node:20-slim']) assert.ok(names.includes(image), names.join(', '));
  });

  it('puts the local images first, leaves out <none>, and does not list an image twice', () => {
    const items = complete(['backend-flask:dev', '<none>:<none>', 'python:3.12-slim'], 'FROM |');
    const names = labels(items);
    assert.strictEqual(names[0], 'backend-flask:dev');
    assert.ok(!names.some((n) => n.includes('<none>')));
    assert.strictEqual(names.filter((n) => n === 'python:3.12-slim').length, 1);
    assert.match(items[0].documentation, /On this machine/);
  });

  it('stage names still come before images, and the typed part is replaced', () => {
    const items = complete([], 'FROM python:3.12-slim AS base', 'FROM py|');
    assert.strictEqual(items[0].label, 'base');
    const python = items.find((i) => i.label === 'python:3.12-slim')!;
    assert.deepStrictEqual(python.range, { start: { line: 1, character: 5 }, end: { line: 1, character: 7 } });
  });

  it('a word that already names an image gets no images, so FROM node + Enter stays FROM node', () => {
    // The editor asks again at each keystroke on the image word (the adapters mark the list incomplete there).
    assert.ok(labels(complete(['backend-flask:dev'], 'FROM nod|')).includes('node:20-slim'));
    assert.deepStrictEqual(complete(['backend-flask:dev'], 'FROM node|'), []);
    assert.deepStrictEqual(complete(['backend-flask:dev'], 'FROM python:3.12-slim|'), []);
    assert.deepStrictEqual(complete(['backend-flask:dev'], 'FROM backend-flask:dev|'), []);
    assert.deepStrictEqual(complete([], 'FROM python:3.12-slim AS base', 'FROM base|'), []);
    assert.ok(labels(complete([], 'FROM python:3.12-slim AS base', 'FROM bas|')).includes('base'));
  });

  it('knows when the cursor is on the image word of a FROM line', () => {
    for (const line of ['FROM ', 'FROM nod', 'from --platform=linux/amd64 py', '  FROM node']) assert.ok(fromImageInProgress(line), line);
    for (const line of ['FROM node ', 'FROM node AS b', 'RUN nod', 'FROM']) assert.ok(!fromImageInProgress(line), line);
  });

  it('offers nothing after the image (AS comes next)', () => {
    assert.deepStrictEqual(complete(['x:1'], 'FROM python:3.12 |'), []);
  });
});

describe('FROM hover for an image that is not on Docker Hub (issue 24, K5)', () => {
  const hover = (line: string) => explainDockerfile(line, { line: 0, character: 7 })!.markdown;

  it('does not say a name without registry "comes from Docker Hub"', () => {
    const md = hover('FROM local/busybox:1');
    assert.doesNotMatch(md, /comes from Docker Hub/);
    assert.match(md, /already on this machine/);
  });

  it('an unofficial name without namespace is not called an official image', () => {
    const md = hover('FROM backend-flask:dev');
    assert.doesNotMatch(md, /namespace of the Docker Official Images/);
    assert.match(md, /not the name of a Docker Official Image/);
    // python is one (docker-library/official-images, library/python).
    assert.match(hover('FROM python:3.12-slim'), /namespace of the Docker Official Images/);
  });
});

describe('the local image list for FROM (issue 24)', () => {
  it('asks docker image ls for repository:tag and reads its lines, untagged ones left out', () => {
    assert.deepStrictEqual(localImagesCommand('docker'), ['docker', 'image', 'ls', '--format', '{{.Repository}}:{{.Tag}}']);
    // What `docker image ls --format '{{.Repository}}:{{.Tag}}'` printed on this machine's engine, plus one tagged line.
    assert.deepStrictEqual(localImagesAnswer({ exitCode: 0, stdout: 'backend-flask:dev\n<none>:<none>\n<none>:<none>\n' }), ['backend-flask:dev']);
    assert.deepStrictEqual(localImagesAnswer({ exitCode: undefined, stdout: '' }), []);
    assert.deepStrictEqual(localImagesAnswer({ exitCode: 1, stdout: 'Cannot connect' }), []);
  });
});
