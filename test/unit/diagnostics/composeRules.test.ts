// SPDX-License-Identifier: MIT
// Compose rules: each one triggers on a small file and stays quiet on a near miss; every fix, applied,
// gives a file that parses and no longer shows that diagnostic.
import * as assert from 'assert';
import { parseDocument } from 'yaml';
import { composeDiagnostics, explainCompose, type Diagnostic } from '../../../src/core/index';
import { composeRules } from '../../../src/core/diagnostics/compose/composeRules';
import { MAX_NESTING } from '../../../src/core/compose/parseYaml';
import { composeReferencedPaths } from '../../../src/core/diagnostics/compose/referencedPaths';
import type { PathKind } from '../../../src/core/diagnostics/types';
import { joinLines, positionOf } from '../helpers';
import { applyFix } from './applyFix';

const file = { path: '/proj/compose.yaml' };
type Options = { env?: string; paths?: ReadonlyMap<string, PathKind>; file?: { path: string } };

function diagnose(text: string, options: Options = {}): Diagnostic[] {
  return composeDiagnostics(text, { file, ...options });
}

function only(text: string, code: string, options: Options = {}): Diagnostic[] {
  return diagnose(text, options).filter(d => d.code === code);
}

/** The one diagnostic with this code, checked to start at `line`:`character`. */
function hit(text: string, code: string, line: number, character: number, options: Options = {}): Diagnostic {
  const found = only(text, code, options);
  assert.strictEqual(found.length, 1, `${code}: ${JSON.stringify(diagnose(text, options).map(d => `${d.code} ${d.message}`))}`);
  assert.deepStrictEqual([found[0].range.start.line, found[0].range.start.character], [line, character], found[0].message);
  return found[0];
}

function miss(text: string, code: string, options: Options = {}): void {
  assert.deepStrictEqual(only(text, code, options).map(d => d.message), []);
}

/** Applies the first fix: the result parses and the diagnostic is gone. Returns the fixed text. */
function fixes(text: string, d: Diagnostic, options: Options = {}): string {
  assert.ok(d.fixes?.length, `${d.code} has a fix`);
  const fixed = applyFix(text, d.fixes![0]);
  assert.deepStrictEqual(parseDocument(fixed).errors, [], `fixed text parses:\n${fixed}`);
  assert.deepStrictEqual(only(fixed, d.code, options).map(x => x.message), [], `fixed text:\n${fixed}`);
  return fixed;
}

describe('compose rules', () => {
  it('every rule has its documentation filled in', () => {
    for (const r of composeRules) {
      assert.match(r.code, /^[A-Z][A-Za-z]+$/);
      assert.ok(r.title && r.why && r.fix && r.reference, r.code);
      assert.match(r.docsUrl, /^https:\/\/docs\.docker\.com\//, r.code);
    }
  });

  describe('ComposeSchema', () => {
    it('reports a wrong type at the value', () => {
      const t = joinLines('services:', '  web:', '    image: nginx:1.27', '    ports: 80');
      assert.match(hit(t, 'ComposeSchema', 3, 11).message, /`ports` should be a list/);
    });
    it('reports a wrong enum value and offers the close one', () => {
      const t = joinLines('services:', '  web:', '    image: nginx:1.27', '    volumes:', '      - type: bnd', '        source: ./x', '        target: /x');
      const d = hit(t, 'ComposeSchema', 4, 14);
      assert.match(d.message, /`bind`/);
      assert.strictEqual(fixes(t, d), t.replace('bnd', 'bind'));
    });
    it('accepts interpolated values where the filled-in text would be valid', () => {
      const t = joinLines('services:', '  web:', '    image: nginx:1.27', '    privileged: ${PRIV}', '    cpus: ${CPUS:-1}',
        '    ports:', '      - ${PORT}:80', '      - target: 80', '        published: ${P}', '    depends_on:', '      db:', '        condition: ${COND}', '        required: ${REQ}', '  db:', '    image: postgres:16');
      miss(t, 'ComposeSchema');
    });
    it('accepts x- keys, merges and pre_start (a key the chapters document but the schema lacks)', () => {
      const t = joinLines('x-common: &common', '  restart: always', 'services:', '  web:', '    <<: *common', '    image: nginx:1.27', '    x-note: hi',
        '    pre_start:', '      - command: ["./migrate"]', '        per_replica: false');
      miss(t, 'ComposeSchema');
      // UnknownKey follows the hover's key knowledge (one check): whatever it says about pre_start, the hover says too.
      const flagged = only(t, 'UnknownKey').length > 0;
      const hover = explainCompose(t, positionOf(t, 'pre_start'))?.markdown ?? '';
      assert.strictEqual(/not a Compose key/.test(hover), flagged, hover);
    });
    it('stays calm on an empty file, an empty services key and a half-typed line', () => {
      for (const t of ['', 'services:', 'services:\n  web:', 'servi']) assert.deepStrictEqual(diagnose(t).filter(d => d.code === 'ComposeSchema'), [], t);
    });
  });

  describe('UnknownKey', () => {
    it('suggests the nearest key and renames it', () => {
      const t = joinLines('services:', '  web:', '    imgae: nginx:1.27');
      const d = hit(t, 'UnknownKey', 2, 4);
      assert.match(d.message, /Did you mean `image`/);
      assert.strictEqual(d.fixes?.[0].title, 'Rename to `image`');
      assert.strictEqual(fixes(t, d), t.replace('imgae', 'image'));
    });
    it('leaves x- keys and keys inside x- blocks alone', () => {
      miss(joinLines('x-anything:', '  whatever: 1', 'services:', '  web:', '    image: nginx:1.27', '    x-team: web'), 'UnknownKey');
    });
  });

  it('YamlSyntax: reports the parse error, and the other rules stay calm', () => {
    const t = joinLines('services:', '  web:', '    image: "nginx', '  db:', '    image: postgres');
    const all = diagnose(t);
    assert.ok(all.some(d => d.code === 'YamlSyntax'), JSON.stringify(all));
    miss(joinLines('services:', '  web:', '    image: nginx:1.27'), 'YamlSyntax');
    for (const broken of ['services:\n  web:\n\timage: x', 'services: [', ': :', '- - -\n  x: {', 'services:\n  a: &a\n    <<: *a']) assert.doesNotThrow(() => diagnose(broken));
  });

  it('NotReadToTheEnd: where Docker Coach stops reading a file Compose may read, it says so, and never calls it invalid YAML', () => {
    // yaml stops reading after `- ? k` and a deeper list, with no error: the line it stopped before says so.
    const silent = joinLines('services:', '  a:', '    labels:', '      - ? k', '        - - v', "          - 'open", '          x: y', '  b:', '    image: y');
    const unread = hit(silent, 'NotReadToTheEnd', 4, 8);
    assert.match(unread.message, /stopped before this line/);
    assert.strictEqual(unread.range.end.line, 4);
    miss(silent, 'YamlSyntax');
    // Without the open quote, yaml skips lines in the middle instead (`- - v` to `x: y`), and reads on from `image: z`.
    const middle = joinLines('services:', '  a:', '    labels:', '      - ? k', '        - - v', '          - w', '          x: y', '    image: z', '  b:', '    image: y');
    const skipped = hit(middle, 'NotReadToTheEnd', 4, 12);
    assert.match(skipped.message, /skipped this line/);
    // `-?` in a value or a comment looks like an explicit key to the guard; the file is read whole, and the problems
    // pass may put it together from parts (no yaml Document to compare with), where every scalar looked dropped.
    for (const plain of ['    command: ls -?', '    # usage: app - ? for help', '    ports: [ ? "80:80" ]']) {
      miss(joinLines('services:', '  web:', '    image: nginx:1.27', plain, '  db:', '    image: postgres:16'), 'NotReadToTheEnd');
    }
    // An explicit key that yaml reads whole is no problem.
    miss(joinLines('services:', '  a:', '    image: z', '    labels:', '      ? k', '      : v', '  b:', '    image: y'), 'NotReadToTheEnd');
    // Nesting deeper than parseYaml reads is valid YAML (Compose's reader goes much deeper): a warning, not YamlSyntax.
    const depth = MAX_NESTING + 5;
    const deep = joinLines('services:', '  web:', '    image: nginx:1.27', '    labels:', `      x: "${'['.repeat(depth)}${']'.repeat(depth)}"`, `x-deep: ${'['.repeat(depth)}${']'.repeat(depth)}`, 'x-after: 1');
    // The file's own mapping is the first level, so the bracket that goes past the bound is the 200th.
    const found = hit(deep, 'NotReadToTheEnd', 5, 8 + MAX_NESTING - 1);
    assert.strictEqual(found.severity, 'warning');
    assert.match(found.message, new RegExp(`nested more than ${MAX_NESTING} deep here`));
    assert.doesNotMatch(found.message, /not valid|cannot read/i);
    miss(deep, 'YamlSyntax');
    // A quoted string of brackets is no nesting at all, and a file within the bound reads whole.
    miss(joinLines('services:', '  web:', '    image: nginx:1.27', `    command: "${'['.repeat(depth)}"`), 'NotReadToTheEnd');
    miss(joinLines('services:', '  web:', '    image: nginx:1.27', `x-deep: ${'['.repeat(MAX_NESTING - 1)}${']'.repeat(MAX_NESTING - 1)}`), 'NotReadToTheEnd');
  });

  describe('references', () => {
    const base = ['services:', '  web:', '    image: nginx:1.27'];
    it('UndefinedService: depends_on and extends', () => {
      hit(joinLines(...base, '    depends_on: [dbb]', '  db:', '    image: postgres:16'), 'UndefinedService', 3, 17);
      miss(joinLines(...base, '    depends_on: [db]', '  db:', '    image: postgres:16'), 'UndefinedService');
      hit(joinLines(...base, '  other:', '    extends: { service: wbe }'), 'UndefinedService', 4, 24);
      miss(joinLines(...base, '  other:', '    extends: { service: wbe, file: base.yaml }'), 'UndefinedService');
      // required: false excuses a service that a profile leaves out, not one defined nowhere: compose-go's
      // checkConsistency (loader/validate.go) refuses the latter ("depends on undefined service").
      hit(joinLines(...base, '    depends_on:', '      ghost:', '        condition: service_started', '        required: false'), 'UndefinedService', 4, 6);
      miss(joinLines(...base, '    depends_on:', '      debug:', '        required: false', '  debug:', '    image: busybox', '    profiles: [debug]'), 'UndefinedService');
    });
    it('UndefinedService: links, volumes_from and service: in network_mode, which Compose also starts first', () => {
      hit(joinLines(...base, '    links: ["cach:cache"]'), 'UndefinedService', 3, 12);
      hit(joinLines(...base, '    network_mode: service:vpm'), 'UndefinedService', 3, 18);
      hit(joinLines(...base, '    volumes_from: [dat:ro]'), 'UndefinedService', 3, 19);
      hit(joinLines(...base, '    pid: "service:tool"'), 'UndefinedService', 3, 9);
      miss(joinLines(...base, '    links: [db:database]', '    network_mode: service:db', '    volumes_from: [db, "container:legacy"]', '  db:', '    image: postgres:16'), 'UndefinedService');
      miss(joinLines(...base, '    network_mode: host', '    ipc: shareable'), 'UndefinedService');
    });
    it('UndefinedNetwork, with the default network needing no declaration', () => {
      hit(joinLines(...base, '    networks: [front]'), 'UndefinedNetwork', 3, 15);
      miss(joinLines(...base, '    networks: [front, default]', 'networks:', '  front:'), 'UndefinedNetwork');
    });
    it('UndefinedVolume: named volumes, not bind mounts', () => {
      hit(joinLines(...base, '    volumes:', '      - data:/data'), 'UndefinedVolume', 4, 8);
      miss(joinLines(...base, '    volumes:', '      - ./data:/data', '      - data:/d2', '      - /tmp/cache', 'volumes:', '  data:'), 'UndefinedVolume');
      hit(joinLines(...base, '    volumes:', '      - type: volume', '        source: cache', '        target: /c'), 'UndefinedVolume', 5, 16);
    });
    it('UndefinedSecret and UndefinedConfig', () => {
      hit(joinLines(...base, '    secrets: [db_pw]'), 'UndefinedSecret', 3, 14);
      miss(joinLines(...base, '    secrets: [db_pw]', 'secrets:', '  db_pw:', '    file: ./pw.txt'), 'UndefinedSecret');
      hit(joinLines(...base, '    configs:', '      - source: conf', '        target: /etc/x'), 'UndefinedConfig', 4, 16);
      miss(joinLines(...base, '    configs: [conf]', 'configs:', '  conf:', '    content: hi'), 'UndefinedConfig');
    });
    it('stays quiet where another file may define the name (override files, -f files, include, a sibling override)', () => {
      const t = joinLines(...base, '    depends_on: [db]');
      miss(t, 'UndefinedService', { file: { path: '/proj/compose.override.yaml' } });
      miss(t, 'UndefinedService', { file: { path: '/proj/compose.prod.yaml' } });
      miss(joinLines('include: [other.yaml]', t), 'UndefinedService');
      miss(t, 'UndefinedService', { paths: new Map([['/proj/compose.override.yaml', 'file']]) });
      hit(t, 'UndefinedService', 3, 17, { paths: new Map([['/proj/compose.override.yaml', 'missing']]) });
    });
    it('checks a file with another name in full when no main compose file sits next to it (an exercise), not when one does', () => {
      const t = joinLines(...base, '    depends_on: [db]');
      const mains = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'].map(n => `/proj/${n}`);
      const none = new Map(mains.map(p => [p, 'missing' as const]));
      hit(t, 'UndefinedService', 3, 17, { file: { path: '/proj/compose.mistakes.yaml' }, paths: none });
      const beside = new Map([...none, ['/proj/docker-compose.yml', 'file' as const]]);
      miss(t, 'UndefinedService', { file: { path: '/proj/compose.prod.yaml' }, paths: beside });
      // Without the adapter's answer (no `paths`), another name still counts as a file added with -f.
      miss(t, 'UndefinedService', { file: { path: '/proj/compose.mistakes.yaml' } });
      assert.ok(composeReferencedPaths('services: {}', { path: '/proj/compose.mistakes.yaml' }).includes('/proj/compose.yaml'));
      assert.ok(!composeReferencedPaths('services: {}', { path: '/proj/compose.yaml' }).includes('/proj/docker-compose.yml'));
      // A bare name (an untitled editor) and a Windows path keep their folder whole.
      assert.ok(composeReferencedPaths('services: {}', { path: 'compose.yaml' }).includes('compose.override.yaml'));
      assert.ok(composeReferencedPaths('services: {}', { path: 'C:\\proj\\compose.dev.yml' }).includes('C:\\proj\\compose.yaml'));
    });
  });

  it('MissingPath: context, dockerfile, env_file and secret files the adapter found missing', () => {
    const t = joinLines('services:', '  web:', '    build:', '      context: ./app', '      dockerfile: Dockerfile.dev', '    env_file:', '      - .env.web', '      - path: .env.local', '        required: false', 'secrets:', '  pw:', '    file: ./pw.txt');
    const paths = new Map<string, PathKind>([['/proj/app', 'directory'], ['/proj/app/Dockerfile.dev', 'missing'], ['/proj/.env.web', 'missing'], ['/proj/.env.local', 'missing'], ['/proj/pw.txt', 'file']]);
    const found = only(t, 'MissingPath', { paths });
    assert.deepStrictEqual(found.map(d => d.range.start.line), [4, 6]);
    miss(t, 'MissingPath', { paths: new Map([['/proj/app', 'directory']]) });
    miss(t, 'MissingPath');
  });

  it('MissingPath: a build folder with no Dockerfile (and no dockerfile:) is a problem on its line', () => {
    // Compose reads `Dockerfile` at the top of the context when `dockerfile:` is not set (compose-spec-docs/build.md);
    // the builder also accepts all lower-case `dockerfile`.
    const t = joinLines('services:', '  frontend:', '    build: ./frontend-react-js', '  api:', '    build:', '      context: ./api');
    const none = new Map<string, PathKind>([['/proj/frontend-react-js', 'directory'], ['/proj/frontend-react-js/Dockerfile', 'missing'], ['/proj/frontend-react-js/dockerfile', 'missing'],
      ['/proj/api', 'directory'], ['/proj/api/Dockerfile', 'file'], ['/proj/api/dockerfile', 'missing']]);
    const d = hit(t, 'MissingPath', 2, 11, { paths: none });
    assert.match(d.message, /The build folder `\.\/frontend-react-js` has no Dockerfile \(looked for \/proj\/frontend-react-js\/Dockerfile\)/);
    // The lower-case name counts; a missing folder is reported as a missing context, once.
    miss(t, 'MissingPath', { paths: new Map([...none, ['/proj/frontend-react-js/dockerfile', 'file']]) });
    const noFolder = only(t, 'MissingPath', { paths: new Map([...none, ['/proj/frontend-react-js', 'missing']]) });
    assert.deepStrictEqual(noFolder.map(x => x.message), ['The build context `./frontend-react-js` does not exist (looked for /proj/frontend-react-js).']);
    // dockerfile_inline needs no file; the adapter is asked for both names.
    miss(joinLines('services:', '  a:', '    build:', '      context: ./frontend-react-js', '      dockerfile_inline: FROM alpine'), 'MissingPath', { paths: none });
    assert.ok(composeReferencedPaths(t, { path: '/proj/compose.yaml' }).includes('/proj/frontend-react-js/dockerfile'));
  });

  it('HealthyWithoutHealthcheck', () => {
    const dep = ['services:', '  web:', '    image: nginx:1.27', '    depends_on:', '      db:', '        condition: service_healthy', '  db:', '    image: postgres:16'];
    assert.match(hit(joinLines(...dep), 'HealthyWithoutHealthcheck', 5, 19).message, /This file gives `db` no healthcheck/);
    miss(joinLines(...dep, '    healthcheck:', '      test: ["CMD", "pg_isready"]'), 'HealthyWithoutHealthcheck');
  });

  it('DuplicateHostPort: same host port, IP and protocol', () => {
    const two = (a: string, b: string): string => joinLines('services:', '  a:', '    image: x:1', '    ports:', `      - "${a}"`, '  b:', '    image: y:1', '    ports:', `      - "${b}"`);
    hit(two('8080:80', '8080:8080'), 'DuplicateHostPort', 8, 8);
    hit(two('127.0.0.1:8080:80', '8080:81'), 'DuplicateHostPort', 8, 8);
    miss(two('8080:80', '8081:80'), 'DuplicateHostPort');
    miss(two('8080:80/udp', '8080:80'), 'DuplicateHostPort');
    miss(two('127.0.0.1:8080:80', '127.0.0.2:8080:80'), 'DuplicateHostPort');
  });

  it('RequiredVariableUnset: ${VAR:?} with no entry in .env', () => {
    const t = joinLines('services:', '  web:', '    image: nginx:${TAG:?set TAG}', '    environment:', '      A: $${NOT_A_VAR:?x}');
    hit(t, 'RequiredVariableUnset', 2, 17);
    miss(t, 'RequiredVariableUnset', { env: 'TAG=1.27\n' });
    hit(t, 'RequiredVariableUnset', 2, 17, { env: 'TAG=\n' });
    miss(joinLines('services:', '  web:', '    image: nginx:${TAG:-1.27}'), 'RequiredVariableUnset');
  });

  it('ObsoleteVersion: removes the line', () => {
    const t = joinLines('version: "3.8"  # old', 'services:', '  web:', '    image: nginx:1.27');
    const d = hit(t, 'ObsoleteVersion', 0, 0);
    assert.strictEqual(fixes(t, d), joinLines('services:', '  web:', '    image: nginx:1.27'));
    miss(joinLines('name: app', 'services:', '  web:', '    image: nginx:1.27', '    labels:', '      version: "1"'), 'ObsoleteVersion');
  });

  describe('security and good practice', () => {
    const svc = (...lines: string[]): string => joinLines('services:', '  web:', '    image: nginx:1.27', ...lines);
    it('PrivilegedService', () => {
      hit(svc('    privileged: true'), 'PrivilegedService', 3, 16);
      miss(svc('    privileged: false', '    cap_add: [NET_ADMIN]'), 'PrivilegedService');
    });
    it('HostNetworkMode', () => {
      hit(svc('    network_mode: host'), 'HostNetworkMode', 3, 18);
      miss(svc('    network_mode: bridge'), 'HostNetworkMode');
    });
    it('DockerSocketMounted: short and long syntax', () => {
      hit(svc('    volumes:', '      - /var/run/docker.sock:/var/run/docker.sock:ro'), 'DockerSocketMounted', 4, 8);
      hit(svc('    volumes:', '      - type: bind', '        source: /var/run/docker.sock', '        target: /var/run/docker.sock'), 'DockerSocketMounted', 5, 16);
      miss(svc('    volumes:', '      - /var/run/app:/var/run/app'), 'DockerSocketMounted');
    });
    it('SecretInEnvironment: literal secrets, not variables, paths or switches', () => {
      hit(svc('    environment:', '      DB_PASSWORD: hunter2'), 'SecretInEnvironment', 4, 19);
      hit(svc('    environment:', '      - API_KEY=abc123'), 'SecretInEnvironment', 4, 8);
      miss(svc('    environment:', '      DB_PASSWORD: ${DB_PASSWORD}', '      POSTGRES_PASSWORD_FILE: /run/secrets/pw', '      ALLOW_EMPTY_PASSWORD: "yes"',
        '      KEY_CONVERTER: json', '      TLS_KEY: /certs/server.key', '      DB_PASSWORD2: ""'), 'SecretInEnvironment');
    });
    it('DatabasePortPublished: suggests 127.0.0.1', () => {
      const t = svc('    ports:', '      - "5432:5432"');
      const d = hit(t, 'DatabasePortPublished', 4, 8);
      assert.strictEqual(fixes(t, d), t.replace('"5432:5432"', '"127.0.0.1:5432:5432"'));
      miss(svc('    ports:', '      - "127.0.0.1:5432:5432"', '      - "8080:80"'), 'DatabasePortPublished');
    });
    it('ContainerNameWithReplicas', () => {
      hit(svc('    container_name: web', '    deploy:', '      replicas: 3'), 'ContainerNameWithReplicas', 3, 20);
      hit(svc('    container_name: web', '    scale: 2'), 'ContainerNameWithReplicas', 3, 20);
      miss(svc('    container_name: web', '    deploy:', '      replicas: 1'), 'ContainerNameWithReplicas');
    });
    it('UnquotedPortMapping: quotes a base-60 lookalike', () => {
      const t = svc('    ports:', '      - 22:22');
      const d = hit(t, 'UnquotedPortMapping', 4, 8);
      assert.strictEqual(fixes(t, d), t.replace('- 22:22', '- "22:22"'));
      miss(svc('    ports:', '      - "22:22"', '      - 8080:80', '      - 3000:3000'), 'UnquotedPortMapping');
    });
    it('UnpinnedImage', () => {
      hit(joinLines('services:', '  db:', '    image: postgres'), 'UnpinnedImage', 2, 11);
      hit(joinLines('services:', '  db:', '    image: postgres:latest'), 'UnpinnedImage', 2, 11);
      miss(joinLines('services:', '  db:', '    image: postgres:16', '  app:', '    build: .', '    image: myapp', '  x:', '    image: ${IMG}'), 'UnpinnedImage');
    });
  });

  it('coach-ignore silences a compose rule on the next line', () => {
    miss(joinLines('services:', '  web:', '    image: nginx:1.27', '    # coach-ignore PrivilegedService', '    privileged: true'), 'PrivilegedService');
  });
});
