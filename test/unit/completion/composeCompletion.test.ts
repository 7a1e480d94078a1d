// SPDX-License-Identifier: MIT
// completeCompose: keys at many key paths, enum and boolean values, references to declared names,
// long-syntax snippets, flow YAML, and files that are half-typed or do not parse.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { completeCompose, explainCompose } from '../../../src/core/index';
import { composeKeys } from '../../../src/core/knowledge/composeKeys';
import { cursor, item, labels, offers } from './cursor';
import { referenceFile } from '../referenceDocs';
import { needOrSkip } from '../../needs';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

const complete = (...lines: string[]) => {
  const { text, position } = cursor(...lines);
  return completeCompose(text, position);
};

const app = (service: string[], tail: string[] = []) => [
  'services:', '  web:', '    image: nginx', ...service,
  '  db:', '    image: postgres:16', '  cache:', '    image: redis',
  'networks:', '  front:', '  back:', 'volumes:', '  pgdata:', 'secrets:', '  db_password:', '    file: ./pw.txt',
  'configs:', '  nginx_conf:', '    file: ./nginx.conf', ...tail,
];

describe('completeCompose: keys', () => {
  const cases: [string, string[], string[]][] = [
    ['top level', ['|'], ['services', 'networks', 'volumes', 'secrets', 'configs', 'name', 'include']],
    ['services/*', ['services:', '  web:', '    |'], ['image', 'build', 'ports', 'environment', 'depends_on', 'restart', 'healthcheck']],
    ['services/*/build', ['services:', '  web:', '    build:', '      |'], ['context', 'dockerfile', 'args', 'target']],
    ['services/*/deploy', ['services:', '  web:', '    deploy:', '      |'], ['replicas', 'resources', 'restart_policy']],
    ['services/*/deploy/resources', ['services:', '  web:', '    deploy:', '      resources:', '        |'], ['limits', 'reservations']],
    ['services/*/deploy/resources/limits', ['services:', '  web:', '    deploy:', '      resources:', '        limits:', '          |'], ['cpus', 'memory']],
    ['services/*/healthcheck', ['services:', '  web:', '    healthcheck:', '      |'], ['test', 'interval', 'timeout', 'retries', 'start_period']],
    ['services/*/logging', ['services:', '  web:', '    logging:', '      |'], ['driver', 'options']],
    ['services/*/ports item', ['services:', '  web:', '    ports:', '      - target: 80', '        |'], ['published', 'protocol', 'mode']],
    ['services/*/volumes item', ['services:', '  web:', '    volumes:', '      - |'], ['type', 'source', 'target', 'read_only']],
    ['services/*/depends_on/*', ['services:', '  web:', '    depends_on:', '      db:', '        |', '  db:', '    image: postgres'], ['condition', 'restart', 'required']],
    ['networks/*', ['networks:', '  front:', '    |'], ['driver', 'external', 'ipam', 'internal']],
    ['volumes/*', ['volumes:', '  data:', '    |'], ['driver', 'external', 'driver_opts']],
    ['secrets/*', ['secrets:', '  pw:', '    |'], ['file', 'environment', 'external']],
  ];
  for (const [path, lines, expected] of cases) {
    it(`offers the keys of ${path} with their hover`, () => offers(complete(...lines), expected));
  }

  it('documentation is the key hover: same title line and explanation', () => {
    const doc = item(complete('services:', '  web:', '    |'), 'restart').documentation;
    const hover = explainCompose('services:\n  web:\n    restart: always', { line: 2, character: 5 })!.markdown;
    assert.strictEqual(doc.split('\n')[0], hover.split('\n')[0]);
    assert.ok(doc.includes(composeKeys['services/*/restart'].what));
  });

  it('leaves out keys already present in the same mapping, above and below', () => {
    const items = labels(complete('services:', '  web:', '    image: nginx', '    |', '    ports:', '      - "80:80"'));
    assert.ok(!items.includes('image') && !items.includes('ports') && items.includes('restart'));
  });

  it('completes a half-typed key and replaces what is typed', () => {
    const items = complete('services:', '  web:', '    heal|');
    const hc = item(items, 'healthcheck');
    assert.deepStrictEqual(hc.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 8 } });
    // The healthcheck snippet is the better insert; the item keeps the key's hover.
    assert.ok(hc.snippet && hc.insertText.startsWith('healthcheck:\n  test:'), hc.insertText);
  });

  it('offers no keys where a name is expected (a new service) or inside a free mapping', () => {
    assert.deepStrictEqual(complete('services:', '  |'), []);
    assert.deepStrictEqual(complete('services:', '  web:', '    environment:', '      |'), []);
  });
});

describe('completeCompose: values', () => {
  // The values each key takes, written out by hand from the source named beside them (issue 30): never read
  // from the knowledge table the completer offers. Where the spec docs list the values, the test also checks
  // that each one is named there in backticks, so the list cannot drift from the docs unnoticed.
  const enums: { name: string; lines: string[]; values: string[]; source: string; doc?: [string, RegExp] }[] = [
    { name: 'restart', lines: ['services:', '  web:', '    restart: |'], values: ['no', 'always', 'on-failure', 'unless-stopped'],
      source: 'compose spec, services: restart', doc: ['05-services.md', /^## restart$/m] },
    { name: 'depends_on condition', lines: ['services:', '  web:', '    depends_on:', '      db:', '        condition: |'],
      values: ['service_started', 'service_healthy', 'service_completed_successfully'], source: 'compose spec, services: depends_on (long syntax)', doc: ['05-services.md', /^## depends_on$/m] },
    // `refresh` is not in the spec docs; compose-go accepts it (types/types.go: PullPolicyRefresh = "refresh").
    { name: 'pull_policy', lines: ['services:', '  web:', '    pull_policy: |'], values: ['always', 'never', 'missing', 'if_not_present', 'build', 'daily', 'weekly', 'refresh'],
      source: 'compose spec, services: pull_policy; compose-go types.go', doc: ['05-services.md', /^## pull_policy$/m] },
    // The spec leaves the driver to the platform: these are Docker Engine's own drivers (moby's
    // daemon/libnetwork/drivers: bridge, host, ipvlan, macvlan, null as `none`, overlay).
    { name: 'network driver', lines: ['networks:', '  front:', '    driver: |'], values: ['bridge', 'host', 'ipvlan', 'macvlan', 'none', 'overlay'],
      source: 'moby daemon/libnetwork/drivers' },
    { name: 'volume driver', lines: ['volumes:', '  data:', '    driver: |'], values: ['local'], source: 'docker volume create: the built-in `local` driver' },
    { name: 'ports protocol', lines: ['services:', '  web:', '    ports:', '      - target: 80', '        protocol: |'], values: ['tcp', 'udp'],
      source: 'compose spec, services: ports (long syntax)', doc: ['05-services.md', /^## ports$/m] },
    { name: 'ports mode', lines: ['services:', '  web:', '    ports:', '      - target: 80', '        mode: |'], values: ['host', 'ingress'],
      source: 'compose spec, services: ports (long syntax)', doc: ['05-services.md', /^## ports$/m] },
    { name: 'deploy mode', lines: ['services:', '  web:', '    deploy:', '      mode: |'], values: ['global', 'replicated'],
      source: 'compose deploy spec: mode', doc: ['deploy.md', /^### mode$/m] },
  ];
  for (const { name, lines, values, source } of enums) {
    it(`offers every ${name} value with its meaning (${source})`, () => {
      const items = complete(...lines);
      // The `every_<duration>` family of pull_policy is offered as a pattern, beside the fixed values.
      assert.deepStrictEqual(labels(items).filter(l => !l.startsWith('every')).sort(), [...values].sort());
      offers(items, values);
    });
  }

  it('the hand-written values are the ones the Compose spec docs name', function () {
    const docs = referenceFile(repoRoot, 'compose-spec-docs');
    needOrSkip(this, 'enum values against the Compose spec docs', docs ? undefined : '../shared/reference/compose-spec-docs is missing');
    for (const { name, values, doc } of enums) {
      if (!doc) continue;
      const text = fs.readFileSync(path.join(docs!, doc[0]), 'utf8');
      const start = text.search(doc[1]);
      assert.ok(start >= 0, `${doc[0]} has no ${doc[1]} section`);
      const section = text.slice(start, start + 6000).split(/\n## /)[0];
      for (const v of values.filter(v => v !== 'refresh')) assert.match(section, new RegExp('`' + v + '[`[]'), `${name}: ${v} is not named in ${doc[0]}`);
    }
  });

  it('quotes `no`, which YAML would read as false', () => {
    assert.strictEqual(item(complete('services:', '  web:', '    restart: |'), 'no').insertText, '"no"');
  });

  it('offers true and false for boolean keys', () => {
    offers(complete('services:', '  web:', '    init: |'), ['true', 'false'], v => `\`${v}\``);
    offers(complete('networks:', '  front:', '    external: |'), ['true', 'false']);
    offers(complete('services:', '  web:', '    read_only: |'), ['true', 'false']);
  });

  it('replaces the half-typed value', () => {
    const a = item(complete('services:', '  web:', '    restart: unl|'), 'unless-stopped');
    assert.deepStrictEqual(a.range, { start: { line: 2, character: 13 }, end: { line: 2, character: 16 } });
  });
});

describe('completeCompose: references', () => {
  it('offers the other services in a depends_on list, not the service itself', () => {
    const items = complete(...app(['    depends_on:', '      - |']));
    assert.deepStrictEqual(labels(items).filter(l => !l.includes('(')), ['db', 'cache']);
    assert.ok(item(items, 'db').documentation.includes('waits for `db`'));
  });

  it('offers depends_on entries in long syntax on an empty line under it', () => {
    const db = item(complete(...app(['    depends_on:', '      |'])), 'db');
    assert.ok(db.snippet && db.insertText.startsWith('db:\n  condition: ${2|service_started'), db.insertText);
  });

  it('offers networks, volumes, secrets and configs declared at the top', () => {
    assert.deepStrictEqual(labels(complete(...app(['    networks:', '      - |']))), ['front', 'back']);
    const vols = complete(...app(['    volumes:', '      - |']));
    assert.strictEqual(item(vols, 'pgdata').insertText, 'pgdata:');
    const secrets = complete(...app(['    secrets:', '      - |']));
    assert.strictEqual(secrets[0].label, 'db_password');
    offers(secrets, ['source', 'target']); // and the keys of the long syntax
    assert.strictEqual(complete(...app(['    configs:', '      - |']))[0].label, 'nginx_conf');
  });

  it('offers service names for extends.service and service: in network_mode', () => {
    assert.deepStrictEqual(labels(complete(...app(['    extends:', '      service: |']))), ['db', 'cache']);
    const modes = complete(...app(['    network_mode: |']));
    offers(modes, ['host', 'none', 'bridge', 'service:db', 'service:cache']);
  });

  it('adds the dash on an empty line under a list key', () => {
    assert.strictEqual(item(complete(...app(['    networks:', '      |'])), '- front').insertText, '- front');
  });
});

describe('completeCompose: long syntax, flow YAML, broken files', () => {
  it('offers the long syntax of a ports item and a volumes item as snippets', () => {
    const p = item(complete('services:', '  web:', '    ports:', '      - |'), 'target: (long syntax)');
    assert.ok(p.snippet && p.insertText.includes('\n  published:'), p.insertText);
    const v = item(complete('services:', '  web:', '    volumes:', '      |'), '- type: (long syntax)');
    assert.ok(v.insertText.startsWith('- type: ${1|volume,bind,tmpfs|}\n  source:'), v.insertText);
  });

  it('completes inside flow mappings and sequences', () => {
    offers(complete('services: {web: {image: nginx, restart: |'), ['always', 'unless-stopped']);
    const keys = labels(complete('services: {web: {image: nginx, |'));
    assert.ok(keys.includes('ports') && !keys.includes('image'));
    assert.deepStrictEqual(labels(complete(...app(['    depends_on: [db, |']))), ['db', 'cache']);
    offers(complete('services:', '  web:', '    depends_on: {db: {condition: |'), ['service_healthy']);
  });

  it('works in a file that does not parse', () => {
    const broken = ['services:', '  web:', '    image: "unclosed', '    ports: [80', '  db:', '    |', 'networks: {'];
    offers(complete(...broken), ['image', 'restart']);
    offers(complete('services:', '  web: ]', '  api:', '    restart: |'), ['always']);
  });

  it('is calm on comments, out-of-range positions and empty text', () => {
    assert.deepStrictEqual(complete('services:', '  web:', '    # restart: |'), []);
    assert.deepStrictEqual(completeCompose('services:', { line: 9, character: 0 }), []);
    assert.ok(completeCompose('', { line: 0, character: 0 }).some(i => i.label === 'services'));
  });
});
