// SPDX-License-Identifier: MIT
import * as assert from 'assert';
import { parseImageRef } from '../../../src/core/compose/imageRef';
import { hoverAt, joinLines } from './helpers';

const file = joinLines(
  'version: "3.8"',
  'services:',
  '  api:',
  '    build: ./api',
  '    image: ghcr.io/acme/api:1.2@sha256:0123456789abcdef0123456789',
  '    command: npm run dev',
  '    entrypoint: ["node", "server.js"]',
  '    restart: unless-stopped',
  '    pull_policy: every_12h',
  '    environment:',
  '      - NODE_ENV=production',
  '      - PORT=${PORT:-3000}',
  '      - API_TOKEN',
  '      - DB_PASSWORD=hunter2',
  '    env_file: .env',
  '    depends_on:',
  '      db:',
  '        condition: service_completed_successfully',
  '  db:',
  '    image: postgres',
  '    network_mode: "service:api"',
  '    environment:',
  '      DEBUG: yes',
  '      URL: "${HOST:?set HOST first}/x"',
  '      LITERAL: "$$HOME"',
  '    build:',
  '      context: ./db',
);

describe('compose values', () => {
  it('environment list: sets, interpolates, passes through, warns on secrets', () => {
    assert.match(hoverAt(file, 'NODE_ENV=production', 1), /`NODE_ENV` is set to `production`/);
    const port = hoverAt(file, 'PORT=${PORT', 1);
    assert.match(port, /`\$\{PORT:-3000\}`: the value of `PORT` .*or `3000` if it is unset or empty/);
    assert.match(hoverAt(file, 'API_TOKEN', 1), /copies it from the shell that runs `docker compose`/);
    assert.match(hoverAt(file, 'DB_PASSWORD', 1), /docker inspect/);
  });

  it('environment map: values, `:?` errors, `$$`, unquoted booleans', () => {
    assert.match(hoverAt(file, 'HOST:?', 1), /Compose stops with the error `set HOST first`/);
    assert.match(hoverAt(file, '$$HOME', 1), /`\$\$` is a literal `\$`/);
    assert.match(hoverAt(file, 'DEBUG'), /quote it/);
  });

  it('env_file is not the interpolation .env, but .env here is passed on too', () => {
    const md = hoverAt(file, 'env_file: .env', 11);
    assert.match(md, /Each `KEY=value` line of `\.env`/);
    assert.match(md, /also the file Compose reads by itself/);
  });

  it('depends_on conditions', () => {
    assert.match(hoverAt(file, 'service_completed_successfully', 3), /exited with code 0/);
    assert.match(hoverAt(file, '      db:', 6), /waits for `db` until `service_completed_successfully`/);
  });

  it('restart, pull_policy and network_mode values', () => {
    assert.match(hoverAt(file, 'unless-stopped', 1), /stopped on purpose stays stopped/);
    assert.match(hoverAt(file, 'every_12h', 1), /once the given time/);
    const nm = hoverAt(file, 'service:api', 1);
    assert.match(nm, /Share the network stack of that other service/);
    assert.match(nm, /Defined on line 3/);
  });

  it('image references are split like FROM', () => {
    assert.deepStrictEqual(parseImageRef('ghcr.io/acme/api:1.2'), { registry: 'ghcr.io', namespace: 'acme', name: 'api', tag: '1.2', digest: undefined });
    assert.deepStrictEqual(parseImageRef('localhost:5000/app'), { registry: 'localhost:5000', namespace: undefined, name: 'app', tag: undefined, digest: undefined });
    const md = hoverAt(file, 'ghcr.io', 1);
    assert.match(md, /Registry: `ghcr\.io`/);
    assert.match(md, /Namespace .*`acme`/);
    assert.match(md, /Digest/);
    const plain = hoverAt(file, 'postgres', 1);
    assert.match(plain, /No tag, so Docker uses `latest`/);
    assert.match(plain, /official Docker Hub image/);
  });

  it('build as a string vs a mapping', () => {
    assert.match(hoverAt(file, './api', 1), /String form: this is only the build context/);
    assert.match(hoverAt(file, 'build:', 1, 1), /Mapping form/);
    assert.match(hoverAt(file, './db', 1), /Builder sees the folder `\.\/db`/);
  });

  it('command and entrypoint: string form vs list (exec) form', () => {
    assert.match(hoverAt(file, 'npm run dev', 1), /String form/);
    assert.match(hoverAt(file, '"node"', 1), /exec\) form/);
    assert.match(hoverAt(file, '"server.js"', 1), /argument 1 of `node`/);
  });

  it('volumes_from: a service (started first) or a container outside the project, never "no service `container`"', () => {
    const t = joinLines('services:', '  a:', '    image: x', '    volumes_from:', '      - b:ro', '      - container:old', '  b:', '    image: y');
    assert.match(hoverAt(t, 'b:ro', 0), /Mounts every volume of `b` here as well, so Compose starts `b` first/);
    const md = hoverAt(t, 'container:old', 0);
    assert.match(md, /the container `old`, which Compose does not manage/);
    assert.doesNotMatch(md, /There is no service/);
  });

  it('a command list: no shell runs in the container, but Compose still fills in $VAR unless written $$VAR (H2)', () => {
    // ref: compose-spec-docs/12-interpolation.md: interpolation applies to every value, list items included.
    const t = joinLines('services:', '  app:', '    image: alpine', '    command: ["echo", "$HOME", "$$PATH"]');
    const md = hoverAt(t, '$HOME', 1);
    assert.match(md, /No shell runs in the container/);
    assert.match(md, /Compose itself still fills in `\$VAR`/);
    assert.match(md, /write `\$\$VAR` to pass the text `\$VAR` on/);
    assert.doesNotMatch(md, /not interpreted|passed as is/);
    assert.match(md, /`\$HOME`: replaced by the value of `HOME`/, 'the same hover explains the interpolation of this item');
  });

  it('project name, extra_hosts, sh -c lists and extends from another file', () => {
    const t = joinLines(
      'name: shop',
      'services:',
      '  app:',
      '    extends:',
      '      file: common.yml',
      '      service: base',
      '    extra_hosts:',
      '      - "host.docker.internal:host-gateway"',
      '    command: ["sh", "-c", "npm ci && npm start"]',
    );
    assert.match(hoverAt(t, 'shop', 1), /`shop-<service>-1`/);
    assert.match(hoverAt(t, 'base', 1), /defined in `common\.yml`/);
    assert.match(hoverAt(t, 'host.docker', 1), /`host\.docker\.internal` resolves to `host-gateway` \(`host-gateway` is your machine/);
    assert.match(hoverAt(t, 'npm ci', 1), /starts the shell `sh` with a command string/);
  });

  it('an interpolated password is not flagged, an empty default is said in words, profiles are summarised', () => {
    const t = joinLines('services:', '  setup:', '    profiles: [setup]', '    environment:', '      ELASTIC_PASSWORD: ${ELASTIC_PASSWORD:-}');
    const md = hoverAt(t, 'ELASTIC_PASSWORD:');
    assert.doesNotMatch(md, /docker inspect/);
    assert.match(md, /or an empty string if it is unset or empty/);
    assert.match(hoverAt(t, 'setup:'), /Only starts when profile `setup` is enabled/);
  });

  it('list-form build args and plugin drivers', () => {
    const t = joinLines('services:', '  web:', '    build:', '      context: .', '      args:', '        - NODE_VERSION=20', '    logging:', '      driver: loki');
    assert.match(hoverAt(t, 'NODE_VERSION', 1), /Build argument `NODE_VERSION` = `20`; the Dockerfile reads it with `ARG NODE_VERSION`/);
    assert.match(hoverAt(t, 'loki', 1), /not a built-in driver, so it must be a plugin/);
  });

  it('version is obsolete', () => {
    assert.match(hoverAt(file, 'version'), /obsolete/);
    assert.match(hoverAt(file, '"3.8"', 1), /ignores this value/);
  });
});

describe('compose interpolation forms', () => {
  const text = joinLines('services:', '  web:', '    image: nginx', '    environment:', '      A: ${A:+on}', '      B: ${B+x}', '      C: ${C/foo/bar}', '      D: plain');
  it('explains :+ and + (a replacement value) and says the container sees the filled-in value', () => {
    const a = hoverAt(text, 'A:+', 1);
    assert.match(a, /gives `on` when `A` .* is set and not empty, otherwise an empty string/);
    assert.match(a, /once Compose fills in the variables/);
    assert.match(hoverAt(text, 'B+', 1), /gives `x` when `B` .* is set, even to an empty value/);
  });
  it('says shell-only forms such as ${VAR/foo/bar} are not Compose interpolation', () => {
    assert.match(hoverAt(text, 'C/', 1), /not a form Compose understands/);
  });
  it('shows a plain value as it is', () => {
    const d = hoverAt(text, 'plain', 1);
    assert.match(d, /`D` is set to `plain`\./);
    assert.doesNotMatch(d, /fills in/);
  });
});
