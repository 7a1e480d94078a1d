// SPDX-License-Identifier: MIT
// `docker ...` command lines explained through the real hover provider: the sample scripts, and a fenced
// shell block in markdown.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, hoverMarkdown, openSample, positionOf } from './helpers';

suite('Shell hover: docker command lines', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  test('build.sh: docker build, its -t tag and its context', async () => {
    const doc = await openSample('scripts/build.sh');
    assert.strictEqual(doc.languageId, 'shellscript');
    const build = await hoverMarkdown(doc.uri, positionOf(doc, 'docker build', { offset: 8 }));
    assert.match(build, /`docker build`/, build);
    assert.match(build, /build context/, build);
    const tag = await hoverMarkdown(doc.uri, positionOf(doc, 'docker build -t ', { offset: 14 }));
    assert.match(tag, /Name `backend-flask`, tag `1\.0\.0`/, tag);
    const context = await hoverMarkdown(doc.uri, positionOf(doc, './backend-flask', { offset: 3 }));
    assert.match(context, /backend-flask\/Dockerfile/, context);
  });

  test('build.sh: comments and other commands have no Docker Coach hover', async () => {
    const doc = await openSample('scripts/build.sh');
    const comment = await hoverMarkdown(doc.uri, positionOf(doc, '# -t names', { offset: 4 }));
    assert.doesNotMatch(comment, /docs\.docker\.com/, comment);
    const cd = await hoverMarkdown(doc.uri, positionOf(doc, 'cd "$(dirname', { offset: 1 }));
    assert.doesNotMatch(cd, /docs\.docker\.com/, cd);
  });

  test('run.sh: a continued docker run line, flag by flag', async () => {
    const doc = await openSample('scripts/run.sh');
    const publish = await hoverMarkdown(doc.uri, positionOf(doc, '-p 4567:4567 -it \\', { offset: 6 }));
    assert.match(publish, /Port `4567` on your machine leads to port `4567` in the container/, publish);
    const it = await hoverMarkdown(doc.uri, positionOf(doc, '-it \\', { offset: 1 }));
    assert.match(it, /`-i`: Keeps the container's standard input/, it);
    assert.match(it, /`-t`: Gives the program a terminal/, it);
    // `-e` sits on a continuation line of the same command.
    const env = await hoverMarkdown(doc.uri, positionOf(doc, '-e FRONTEND_URL', { offset: 1 }));
    assert.match(env, /Sets `FRONTEND_URL` to `http:\/\/localhost:3000` in the container/, env);
    // The image is on the last continuation line.
    const image = await hoverMarkdown(doc.uri, positionOf(doc, '      backend-flask:1.0.0', { offset: 8 }));
    assert.match(image, /image/, image);
    assert.match(image, /Nothing follows it, so the container runs the image's own `CMD`/, image);
  });

  test('run.sh: docker exec and docker compose', async () => {
    const doc = await openSample('scripts/run.sh');
    const exec = await hoverMarkdown(doc.uri, positionOf(doc, 'docker exec', { offset: 8 }));
    assert.match(exec, /`docker exec`/, exec);
    assert.match(exec, /Runs `bash` inside `backend-flask`/, exec);
    const up = await hoverMarkdown(doc.uri, positionOf(doc, 'docker compose up -d', { offset: 16 }));
    assert.match(up, /`docker compose up`/, up);
    const detach = await hoverMarkdown(doc.uri, positionOf(doc, 'docker compose up -d', { offset: 19 }));
    assert.match(detach, /in the background/, detach);
    const plugin = await hoverMarkdown(doc.uri, positionOf(doc, 'docker compose up -d', { offset: 9 }));
    assert.match(plugin, /v2/, plugin);
  });

  test('markdown: a fenced sh block is explained, the prose around it is not', async () => {
    const doc = await openSample('notes/week1.md');
    assert.strictEqual(doc.languageId, 'markdown');
    const fence = [...Array(doc.lineCount).keys()].find((l) => doc.lineAt(l).text.startsWith('```sh'));
    assert.ok(fence !== undefined, 'week1.md has a ```sh block');
    const runLine = [...Array(doc.lineCount).keys()].find((l) => l > fence && doc.lineAt(l).text.startsWith('docker run'));
    assert.ok(runLine !== undefined, 'the block has a docker run line');
    const text = doc.lineAt(runLine).text;
    const rm = await hoverMarkdown(doc.uri, new vscode.Position(runLine, text.indexOf('--rm') + 2));
    assert.match(rm, /Deletes the container as soon as it stops/, rm);
    const prose = [...Array(doc.lineCount).keys()].find((l) => l < fence && /`docker run/.test(doc.lineAt(l).text));
    assert.ok(prose !== undefined, 'week1.md has prose naming `docker run` before the fence');
    const outside = await hoverMarkdown(doc.uri, new vscode.Position(prose, doc.lineAt(prose).text.indexOf('docker run') + 8));
    assert.doesNotMatch(outside, /docs\.docker\.com\/reference\/cli/, outside);
  });
});
