// SPDX-License-Identifier: MIT
// composeWalkthrough tells what a plain `docker compose up` does (issue 22, W1-W5): profiles, optional
// dependencies, the order links / network_mode / volumes_from impose, loops, files Compose refuses, pull_policy.
// Expected behaviour from compose-spec-docs 05-services.md and 15-profiles.md, compose-go loader/normalize.go
// and loader/validate.go, and docker/compose pkg/compose/pull.go.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkDocument, composeDiagnostics, composeGraph, composeWalkthrough } from '../../../src/core/index';
import { nodeDisk } from '../../../src/worker/disk';
import { joinLines } from '../helpers';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

/** The walk-through of `text` as the explain view makes it: with the file's Problems. */
function walk(text: string, file = { path: '/proj/compose.yaml' }): string[] {
  return composeWalkthrough(composeGraph(text, file), { problems: composeDiagnostics(text, { file }) }).map(s => s.text);
}

const refuses = (steps: string[]) => steps.length > 0 && steps[0].startsWith('Compose refuses to start anything');

describe('composeWalkthrough: what a plain `docker compose up` does', () => {
  it('W1: leaves out services whose profile is not active, and says which --profile starts them', () => {
    const text = joinLines('services:', '  web:', '    image: nginx:1.27', '  seed:', '    build: ./seed', '    profiles: [seed]', '    depends_on: [web]');
    const g = composeGraph(text);
    assert.deepStrictEqual(g.startOrder, ['web']);
    assert.deepStrictEqual(g.notStarted, [{ name: 'seed', profiles: ['seed'] }]);
    const steps = walk(text);
    assert.ok(!steps.some(s => /starts `seed`/.test(s)), steps.join('\n'));
    assert.match(steps[steps.length - 1], /leaves out `seed` \(`--profile seed`\)/);
  });

  it('W1: does not wait for an optional dependency (`required: false`) that is not started', () => {
    const text = joinLines('services:', '  web:', '    image: nginx:1.27', '    depends_on:', '      debug:', '        condition: service_started', '        required: false',
      '  debug:', '    image: busybox', '    profiles: [debug]');
    const steps = walk(text);
    const web = steps.find(s => s.includes('starts `web`'))!;
    assert.match(web, /It pulls `nginx:1\.27` if it is not on your machine yet\. It starts `web`\./, 'no "Once `debug` has started"');
    assert.match(web, /does not wait for `debug`/);
  });

  it('W1: a needed dependency left out by its profile makes Compose refuse the file', () => {
    const steps = walk(joinLines('services:', '  web:', '    image: nginx', '    depends_on: [debug]', '  debug:', '    image: busybox', '    profiles: [debug]'));
    assert.strictEqual(steps.length, 1);
    assert.ok(refuses(steps));
    assert.match(steps[0], /`web` needs `debug`, but `debug` only runs with `--profile debug`/);
  });

  it('W2: links, network_mode: service:, volumes_from (and pid/ipc service:) start the other service first', () => {
    const text = joinLines('services:', '  app:', '    image: a', '    network_mode: service:vpn', '    volumes_from: [data]', '    links: [cache]',
      '  cache:', '    image: c', '  vpn:', '    image: v', '  data:', '    image: d', '  tool:', '    image: t', '    pid: service:app', '    volumes_from: ["container:legacy"]');
    const g = composeGraph(text);
    assert.deepStrictEqual(g.startOrder, ['cache', 'vpn', 'data', 'app', 'tool']);
    const app = walk(text).find(s => s.includes('starts `app`'))!;
    assert.match(app, /Once `cache` has started \(it links to it\) and `vpn` has started \(it shares its network\) and `data` has started \(it mounts its volumes\)/);
    // An explicit depends_on keeps its own condition: the link adds nothing.
    const both = composeGraph(joinLines('services:', '  a:', '    image: a', '    links: [b]', '    depends_on: { b: { condition: service_healthy } }', '  b:', '    image: b'));
    assert.deepStrictEqual(both.edges.filter(e => e.kind === 'depends_on').map(e => e.condition), ['service_healthy']);
  });

  it('W3: a loop anywhere is one step: nothing starts, not even the services outside it', () => {
    const text = joinLines('services:', '  a:', '    image: x:1', '    depends_on: [b]', '  b:', '    image: y:1', '    links: [a]', '  c:', '    image: z:1', '  d:', '    image: w:1', '    depends_on: [a]');
    const g = composeGraph(text);
    assert.deepStrictEqual(g.cycle, ['a', 'b'], 'd only waits for the loop; it is not in it');
    const steps = walk(text);
    assert.strictEqual(steps.length, 1, steps.join('\n'));
    assert.ok(refuses(steps));
    assert.match(steps[0], /`a`, `b` wait for each other in a loop/);
    assert.doesNotMatch(steps[0], /starts `c`/);
  });

  it('W4: a file with an error-level Problem gets the reasons, each with its line, and no start steps', () => {
    const text = joinLines('services:', '  web:', '    image: nginx', '    depends_on: [dbb]', '  db:', '    imgae: postgres:16');
    const steps = composeWalkthrough(composeGraph(text, { path: '/proj/compose.yaml' }), { problems: composeDiagnostics(text, { file: { path: '/proj/compose.yaml' } }) });
    assert.ok(refuses(steps.map(s => s.text)));
    assert.ok(steps.every(s => !s.nodeId), 'no step stands for a service that starts');
    const texts = steps.slice(1).map(s => s.text);
    assert.ok(texts.some(t => /^Line 4: There is no service `dbb`/.test(t)), texts.join('\n'));
    assert.ok(texts.some(t => /^Line 6: `imgae`/.test(t)), texts.join('\n'));
    // `imgae` is one mistake: UnknownKey's rename says it, and no second reason says `db` has no image.
    assert.ok(!texts.some(t => /has no `image`/.test(t)), texts.join('\n'));
    assert.match(walk(joinLines('services:', '  db:', '    environment: [A=1]')).join('\n'), /`db` has no `image` and no `build`/);
    assert.strictEqual(steps.find(s => s.text.startsWith('Line 4'))?.range?.start.line, 3);
    // Warnings alone do not stop Compose.
    assert.ok(!refuses(walk(joinLines('version: "3.8"', 'services:', '  web:', '    image: nginx'))));
  });

  it('W4: a file combined with others (override name, !override) is not said to lack an image; a main file is', () => {
    const fragment = joinLines('services:', '  web:', '    environment: [A=1]');
    assert.ok(!refuses(walk(fragment, { path: '/proj/compose.override.yaml' })));
    // As compose.yaml with nothing beside it, `docker compose up` reads it alone and refuses it
    // (compose-go loader/validate.go: "has neither an image nor a build context specified"); MissingImageOrBuild says so.
    assert.ok(refuses(walk(fragment)), 'a main compose file whose only service has no image');
    assert.ok(!refuses(walk(joinLines('services:', '  web:', '    ports: !override ["80:80"]', '  db:', '    image: postgres'))));
  });

  it('W4: the compose exercise (checked as the editor checks it) says Compose refuses it, naming its planted mistakes', async () => {
    const file = path.join(repoRoot, 'samples', 'exercises', 'compose.mistakes.yaml');
    const text = fs.readFileSync(file, 'utf8');
    const problems = await checkDocument('compose', text, { path: file }, () => undefined, nodeDisk);
    const steps = composeWalkthrough(composeGraph(text, { path: file }), { problems }).map(s => s.text);
    assert.ok(refuses(steps), steps.join('\n'));
    for (const word of ['databse', 'db-data', 'imgae', 'service_healty']) assert.ok(steps.some(s => s.includes(word)), `${word} in ${steps.join('\n')}`);
  });

  it('W5: every image is pulled or built before any container starts, so the walk-through says that first', () => {
    // docker/compose pkg/compose/create.go: ensureImagesExists runs before networks, volumes and containers.
    const steps = walk(joinLines('services:', '  web:', '    build: ./web', '    depends_on: [db]', '  db:', '    image: postgres:16'));
    assert.match(steps[0], /^First it gets every image the services need/);
    assert.match(steps.find(s => s.includes('starts `web`'))!, /^It builds an image from `\.\/web` unless one exists already\. Once `db` has started, it starts `web`\./);
  });

  it('W5: pull_policy decides between pulling and building', () => {
    const text = joinLines('services:',
      '  w:', '    build: .', '    image: w:1', '    pull_policy: build',
      '  api:', '    image: api:latest', '    pull_policy: always',
      '  b:', '    build: .', '    image: b:1',
      '  n:', '    image: n:1', '    pull_policy: never',
      '  d:', '    image: d:1', '    pull_policy: daily',
      '  plain:', '    build: ./p');
    const steps = walk(text);
    const of = (name: string) => steps.find(s => s.includes(`starts \`${name}\`.`))!;
    assert.match(of('w'), /builds an image from `\.` \(tagged `w:1`\) every time/);
    assert.match(of('api'), /pulls `api:latest` every time \(`pull_policy: always`\)/);
    assert.doesNotMatch(of('api'), /if it is not on your machine/);
    assert.match(of('b'), /uses `b:1` if your machine has it; if not, it tries to pull it and builds it from `\.` when the pull fails/);
    assert.match(of('n'), /never pulled/);
    assert.match(of('d'), /more than a day ago/);
    assert.match(of('plain'), /builds an image from `\.\/p` unless one exists already/);
  });
});
