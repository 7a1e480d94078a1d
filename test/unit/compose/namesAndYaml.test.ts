// SPDX-License-Identifier: MIT
import * as assert from 'assert';
import { explainCompose } from '../../../src/core/compose/hover';
import { indexNotes } from '../../../src/core/notes/notes';
import { at, hoverAt, joinLines } from './helpers';

const file = joinLines(
  'x-common: &common',
  '  restart: always',
  '  logging:',
  '    driver: json-file',
  'services:',
  '  web:',
  '    <<: *common',
  '    image: nginx:1.27',
  '    ports: ["8080:80"]',
  '    depends_on: [api, ghost]',
  '    networks: [front, default, nowhere]',
  '    secrets: [token, missing]',
  '    configs: [site]',
  '    labels: *common',
  '  api:',
  '    build: .',
  '    ports: !override ["9000:9000"]',
  '    links: [web]',
  'networks:',
  '  front:',
  '    driver: overlay',
  'secrets:',
  '  token:',
  '    file: ./token.txt',
  'configs:',
  '  site:',
  '    content: hi',
);

describe('compose names, references and YAML features', () => {
  it('a service name summarises image, ports and depends_on, following merge keys', () => {
    const md = hoverAt(file, 'web:', 0);
    assert.match(md, /Runs the image `nginx:1\.27`/);
    assert.match(md, /Publishes `8080:80`/);
    assert.match(md, /Starts after `api`, `ghost`/);
    assert.match(hoverAt(file, 'api:', 0), /Built from `\.`/);
  });

  it('service references point at their definition or say they are missing', () => {
    assert.match(hoverAt(file, 'api,', 0), /Defined on line 15/);
    assert.match(hoverAt(file, 'ghost', 0), /There is no service `ghost`/);
    assert.match(hoverAt(file, 'links: [web]', 9), /Defined on line 6/);
  });

  it('a missing reference names the files that may define it: include, -f, an override (H6, as the Problems skip such files)', () => {
    const alone = hoverAt(file, 'ghost', 0);
    assert.match(alone, /so Compose refuses it, unless another compose file combined with it \(with `-f`, or an override file\) defines it/);
    const included = joinLines('include:', '  - path: v3/docker-compose.yml', 'services:', '  app:', '    image: app', '    links:', '      - kafka');
    const md = hoverAt(included, 'kafka', 0);
    assert.match(md, /There is no service `kafka`/);
    assert.match(md, /It may come from a file listed under `include:` \(or from one added with `-f`\)/);
    assert.doesNotMatch(md, /refuses/);
    // The same for networks and volumes, which included files add as well (compose-spec-docs/14-include.md).
    const net = joinLines('include: [other.yaml]', 'services:', '  app:', '    image: app', '    networks: [shared]');
    assert.match(hoverAt(net, 'shared', 0), /There is no network `shared`.*under `include:`/);
  });

  it('network, secret and config references', () => {
    assert.match(hoverAt(file, 'front,', 0), /Defined on line 20: driver: `overlay`/);
    assert.match(hoverAt(file, 'default,', 0), /needs no definition/);
    assert.match(hoverAt(file, 'nowhere', 0), /There is no network `nowhere`/);
    assert.match(hoverAt(file, 'token,', 0), /\/run\/secrets\/token/);
    assert.match(hoverAt(file, 'token,', 0), /Defined on line 23/);
    assert.match(hoverAt(file, 'missing]', 0), /There is no secret `missing`/);
    assert.match(hoverAt(file, 'site]', 0), /Defined on line 26/);
  });

  it('definition names say who uses them', () => {
    assert.match(hoverAt(file, '  front:', 2), /Used by `web`/);
    assert.match(hoverAt(file, '  token:', 2), /Used by `web`/);
  });

  it('top-level keys explain their section', () => {
    assert.match(hoverAt(file, 'services:'), /The containers your application is made of/);
    assert.match(hoverAt(file, 'networks:', 0, 1), /Compose already makes one called `default`/);
  });

  it('x- fields, anchors, aliases and merge keys', () => {
    assert.match(hoverAt(file, 'x-common'), /Compose ignores keys that start with `x-`/);
    assert.match(hoverAt(file, '&common', 1), /An anchor/);
    assert.match(hoverAt(file, '&common', 1), /Used 2 time/);
    const alias = hoverAt(file, '*common', 1);
    assert.match(alias, /copy of the value anchored as `&common` on line 1/);
    assert.match(alias, /restart: always/);
    assert.match(hoverAt(file, '<<'), /merge key/);
    assert.match(hoverAt(file, '<<'), /Copies the keys of `\*common`/);
  });

  it('keys inside an x- field are explained as the service setting they become', () => {
    const md = hoverAt(file, 'restart: always', 1);
    assert.match(md, /What Docker does when the container stops/);
    assert.match(md, /Inside `x-common`/);
    assert.match(hoverAt(file, 'driver: json-file', 1), /Where the container's output goes/);
  });

  it('keys inside an x- field follow the alias that uses them', () => {
    const t = joinLines('x-env: &env', '  DEBUG: "1"', 'services:', '  a:', '    image: alpine', '    environment: *env');
    const md = hoverAt(t, 'DEBUG');
    assert.match(md, /Inside the container, `DEBUG` is set to `1`/);
    assert.match(md, /Inside `x-env`/);
  });

  it('custom tags', () => {
    assert.match(hoverAt(file, '!override', 1), /Replaces the value from an earlier compose file/);
    const reset = joinLines('services:', '  web:', '    ports: !reset []', '    x: !custom 1');
    assert.match(hoverAt(reset, '!reset', 1), /Removes the value set by an earlier compose file/);
    assert.match(hoverAt(reset, '!custom', 1), /only understands `!reset` and `!override`/);
  });
});

describe('compose hovers quote the learner\'s notes', () => {
  it('a ports value shows the note about -p, a key without notes shows none', () => {
    const notes = indexNotes([{ path: '/notes/week1.md', text: '- docker run --rm -p 4567:4567 -it backend\n    -p maps the host\'s port to a container\'s port\n' }]);
    const text = joinLines('services:', '  web:', '    image: nginx', '    ports:', '      - "4567:4567"');
    const md = explainCompose(text, at(text, '4567:', 1), { notes })?.markdown ?? '';
    assert.match(md, /From your notes/);
    assert.match(md, /week1\.md/);
    assert.doesNotMatch(explainCompose(text, at(text, 'image'), { notes })?.markdown ?? '', /From your notes/);
  });
});
