// SPDX-License-Identifier: MIT
// The Explain view's drawings, run in Node as the webview runs them: a node per service or stage, shapes
// by kind, labels escaped, keyboard and screen-reader attributes, theme classes in the view and fixed
// colours only in the exported file, the compact drawing of big projects, and the hover markdown.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { composeGraph, dockerfileOutline } from '../../../src/core/index';
import { composeSvg, detailedNodeLimit } from '../../../src/webview/composeDiagram';
import { markdownToHtml } from '../../../src/webview/markdown';
import { stagesSvg } from '../../../src/webview/stageDiagram';
import { generatedCompose } from '../../../bench/generate';
import { joinLines } from '../helpers';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

describe('Explain view diagrams', () => {
  it('draws the sample compose file: a focusable, labelled node per service, network, volume, folder and port', () => {
    const svg = composeSvg(composeGraph(fs.readFileSync(path.join(repoRoot, 'samples', 'docker-compose.yml'), 'utf8')));
    for (const s of ['backend-flask', 'frontend-react-js', 'db']) assert.match(svg, new RegExp(`<g class="node node-service" data-id="service:${s}" tabindex="0" role="button" aria-label="Service ${s}`));
    assert.strictEqual(count(svg, /class="node node-/g), 10);
    assert.strictEqual(count(svg, /class="node node-port"/g), 2);
    assert.strictEqual(count(svg, /class="node node-volume"/g), 2); // db-data, and the anonymous node_modules volume
    assert.strictEqual(count(svg, /class="node node-bind"/g), 2);
    assert.strictEqual(count(svg, /class="edge edge-/g), 11);
    assert.match(svg, /when healthy/);
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="diagram fit"/);
  });

  it('uses theme classes in the view and fixed colours only in the exported file', () => {
    const g = composeGraph(joinLines('services:', '  web:', '    image: nginx'));
    const inView = composeSvg(g);
    assert.doesNotMatch(inView, /<style|style="/, 'inline styles would break the webview\'s CSP');
    assert.doesNotMatch(inView, /#[0-9a-f]{3,6}\b/i);
    assert.match(composeSvg(g, true), /<style>[^<]*\.node-service \.shape/);
  });

  it('escapes every label', () => {
    const svg = composeSvg(composeGraph(joinLines('services:', '  web:', '    image: "<img src=x onerror=alert(1)>"', '    volumes: ["./a&b:/data"]')));
    assert.doesNotMatch(svg, /<img/);
    assert.match(svg, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(svg, /\.\/a&amp;b/);
  });

  it('draws a big project compactly, still with a node per service', () => {
    const g = composeGraph(generatedCompose(40));
    assert.ok(g.nodes.length > detailedNodeLimit);
    const svg = composeSvg(g);
    assert.strictEqual(count(svg, /class="node node-service"/g), 40);
    assert.strictEqual(count(svg, /class="node node-port"/g), 0, 'a port of one service is a line in its box');
    assert.match(svg, /10000 → 80\/tcp/);
    assert.match(svg, /on backend/);
    assert.match(svg, /aria-label="Compact diagram/);
  });

  it('draws the Dockerfile stages with their bases and COPY --from arrows', () => {
    const svg = stagesSvg(dockerfileOutline(joinLines('FROM golang:1.22 AS build', 'RUN go build', 'FROM scratch', 'COPY --from=build /app /app', 'COPY --from=nginx:1 /etc/nginx /etc/nginx')));
    assert.match(svg, /data-id="stage:0"/);
    assert.match(svg, /data-id="stage:1"/);
    assert.match(svg, /data-id="image:0:golang:1\.22"/);
    assert.match(svg, /data-id="image:1:scratch"/);
    assert.match(svg, /data-id="image:1:nginx:1"/);
    assert.strictEqual(count(svg, /class="edge edge-copy"/g), 2);
    assert.strictEqual(count(svg, /class="edge edge-from"/g), 2);
    assert.match(svg, /final image/);
  });

  it('turns hover markdown into escaped HTML without links', () => {
    const html = markdownToHtml('`RUN` · build time\n\nRuns <b>x</b>.\n\n**In this line**\n\n- uses `sh -c`\n- [Reference](https://docs.docker.com)\n\n> my note — [week1.md:3](file:///n.md#L3)');
    assert.strictEqual(html, '<p><code>RUN</code> · build time</p><p>Runs &lt;b&gt;x&lt;/b&gt;.</p><p><strong>In this line</strong></p><ul><li>uses <code>sh -c</code></li><li>Reference</li></ul><blockquote>my note — week1.md:3</blockquote>');
  });

  it('ships a webview script with no network access and no eval', function () {
    const script = path.join(repoRoot, 'media', 'explain', 'explain.js');
    if (!fs.existsSync(script)) {
      console.log('      media/explain/explain.js is not built yet (npm run bundle builds it); skipping');
      this.skip();
    }
    const text = fs.readFileSync(script, 'utf8');
    for (const pattern of [/\bfetch\s*\(/, /XMLHttpRequest/, /WebSocket/, /\beval\s*\(/, /new\s+Function\s*\(/, /https?:\/\/(?!www\.w3\.org\/2000\/svg)[a-z]/i]) assert.doesNotMatch(text, pattern);
  });
});
