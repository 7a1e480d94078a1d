// SPDX-License-Identifier: MIT
// composeGraph: nodes and edges with their ranges, on inline files, on samples/, and on 20+ real files of
// ../shared/corpus/compose checked against an independent read of the same YAML.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { composeGraph, composeWalkthrough } from '../../../src/core/index';
import { composeParseCount } from '../../../src/core/compose/composeDocument';
import { startOrder } from '../../../src/core/graph/startOrder';
import { joinLines } from '../helpers';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpus', 'compose');

const ids = (g: ReturnType<typeof composeGraph>, kind: string) => g.nodes.filter(n => n.kind === kind).map(n => n.id).sort();

describe('composeGraph', () => {
  const text = joinLines(
    'services:',                                   // 0
    '  web:',                                      // 1
    '    build: ./web',                            // 2
    '    ports:',                                  // 3
    '      - "127.0.0.1:8080:80"',                 // 4
    '      - target: 443',                         // 5
    '        published: "8443"',                   // 6
    '        protocol: udp',                       // 7
    '      - "9000"',                              // 8
    '    depends_on:',                             // 9
    '      db:',                                   // 10
    '        condition: service_healthy',          // 11
    '      cache:',                                // 12
    '        condition: service_completed_successfully', // 13
    '    networks:',                               // 14
    '      front:',                                // 15
    '        aliases: [www, site]',                // 16
    '      back: {}',                              // 17
    '    volumes:',                                // 18
    '      - ./src:/app/src:ro',                   // 19
    '      - data:/data',                          // 20
    '      - /cache',                              // 21
    '      - type: bind',                          // 22
    '        source: /etc/hosts',                  // 23
    '        target: /etc/hosts',                  // 24
    '        read_only: true',                     // 25
    '      - type: tmpfs',                         // 26
    '        target: /tmp',                        // 27
    '    secrets: [api_key, {source: cert, target: tls.pem}]', // 28
    '    configs: [nginx]',                        // 29
    '  db:',                                       // 30
    '    image: postgres:16',                      // 31
    '    networks: [back]',                        // 32
    '  cache:',                                    // 33
    '    image: redis',                            // 34
    '  tool:',                                     // 35
    '    image: busybox',                          // 36
    '    network_mode: host',                      // 37
    'networks:',                                   // 38
    '  front:',                                    // 39
    '    driver: overlay',                         // 40
    '  back:',                                     // 41
    '    external: true',                          // 42
    'volumes:',                                    // 43
    '  data:',                                     // 44
    'secrets:',                                    // 45
    '  api_key:',                                  // 46
    '    file: ./key.txt',                         // 47
    '  cert:',                                     // 48
    '    file: ./cert.pem',                        // 49
    'configs:',                                    // 50
    '  nginx:',                                    // 51
    '    file: ./nginx.conf',                      // 52
  );
  const g = composeGraph(text);
  const edge = (kind: string, from: string, to: string) => g.edges.find(e => e.kind === kind && e.from === from && e.to === to);

  it('has a node for every service, network, volume, folder, secret, config and host port', () => {
    assert.deepStrictEqual(ids(g, 'service'), ['service:cache', 'service:db', 'service:tool', 'service:web']);
    assert.deepStrictEqual(ids(g, 'network'), ['network:back', 'network:default', 'network:front']);
    assert.deepStrictEqual(ids(g, 'volume'), ['volume:(anonymous web 2)', 'volume:data']);
    assert.deepStrictEqual(ids(g, 'bind'), ['bind:./src', 'bind:/etc/hosts']);
    assert.deepStrictEqual(ids(g, 'secret'), ['secret:api_key', 'secret:cert']);
    assert.deepStrictEqual(ids(g, 'config'), ['config:nginx']);
    assert.deepStrictEqual(ids(g, 'port'), ['port:(random web 2)/tcp', 'port:0.0.0.0:8443/udp', 'port:127.0.0.1:8080/tcp']);
  });

  it('gives each node the range of the key or item that names it', () => {
    const node = (id: string) => g.nodes.find(n => n.id === id)!;
    assert.deepStrictEqual(node('service:web').range, { start: { line: 1, character: 2 }, end: { line: 1, character: 5 } });
    assert.strictEqual(node('network:front').range.start.line, 39);
    assert.strictEqual(node('port:127.0.0.1:8080/tcp').range.start.line, 4);
    assert.strictEqual(node('bind:./src').range.start.line, 19);
  });

  it('reads network drivers and external, and puts services without networks on default', () => {
    const node = (id: string) => g.nodes.find(n => n.id === id)!;
    assert.strictEqual(node('network:front').driver, 'overlay');
    assert.strictEqual(node('network:back').external, true);
    assert.strictEqual(node('network:default').implicit, true);
    assert.ok(edge('network', 'service:cache', 'network:default'));
    assert.ok(!g.edges.some(e => e.from === 'service:tool' && e.kind === 'network'), 'network_mode: host joins no project network');
    assert.strictEqual(node('service:tool').networkMode, 'host');
  });

  it('labels depends_on with its condition, networks with aliases, mounts with target and :ro', () => {
    assert.strictEqual(edge('depends_on', 'service:web', 'service:db')?.condition, 'service_healthy');
    assert.strictEqual(edge('depends_on', 'service:web', 'service:cache')?.condition, 'service_completed_successfully');
    assert.strictEqual(edge('depends_on', 'service:web', 'service:db')?.range.start.line, 10);
    assert.deepStrictEqual(edge('network', 'service:web', 'network:front')?.aliases, ['www', 'site']);
    const src = edge('volume', 'service:web', 'bind:./src')!;
    assert.strictEqual(src.target, '/app/src');
    assert.strictEqual(src.readOnly, true);
    assert.strictEqual(edge('volume', 'service:web', 'bind:/etc/hosts')?.readOnly, true);
    assert.strictEqual(edge('volume', 'service:web', 'volume:data')?.readOnly, undefined);
    assert.ok(!g.edges.some(e => e.target === '/tmp'), 'tmpfs has nothing outside the container to draw');
  });

  it('links host ports to container ports with protocol, short and long syntax', () => {
    assert.strictEqual(edge('port', 'port:127.0.0.1:8080/tcp', 'service:web')?.containerPort, '80/tcp');
    assert.strictEqual(edge('port', 'port:0.0.0.0:8443/udp', 'service:web')?.containerPort, '443/udp');
    assert.strictEqual(g.nodes.find(n => n.id === 'port:127.0.0.1:8080/tcp')?.label, '127.0.0.1:8080');
    assert.strictEqual(g.nodes.find(n => n.id === 'port:(random web 2)/tcp')?.label, 'random port');
  });

  it('mounts secrets and configs at their paths', () => {
    assert.strictEqual(edge('secret', 'service:web', 'secret:api_key')?.target, '/run/secrets/api_key');
    assert.strictEqual(edge('secret', 'service:web', 'secret:cert')?.target, '/run/secrets/tls.pem');
    assert.strictEqual(edge('config', 'service:web', 'config:nginx')?.target, '/nginx');
  });

  it('orders services so dependencies start first', () => {
    // web may start once db and cache are done, and comes before tool in the file.
    assert.deepStrictEqual(g.startOrder, ['db', 'cache', 'web', 'tool']);
    const walk = composeWalkthrough(g).map(s => s.text);
    const webStep = walk.find(s => s.includes('`web`'))!;
    assert.match(webStep, /Once `db` reports healthy .* and `cache` has run to the end and exited with code 0/);
    assert.ok(walk.some(s => /already exists: it is external/.test(s)));
  });

  it('orders 50,000 services without depends_on in file order, in one pass (the ready list is a heap, not a sorted array)', () => {
    // Sorting the ready list on every step took minutes here (found by `npm run bench`, issue 14); mocha's timeout guards it.
    const names = Array.from({ length: 50000 }, (_, i) => `s${(i * 7919) % 50000}`);
    const pairs: [string, string][] = [['s1', 's2'], ['s3', 's2']];
    const { order, cycle } = startOrder(names, pairs);
    assert.strictEqual(cycle, undefined);
    assert.strictEqual(order.length, 50000);
    const at = new Map(order.map((s, i) => [s, i]));
    assert.ok(at.get('s2')! < at.get('s1')! && at.get('s2')! < at.get('s3')!, 'dependencies first');
    const free = order.filter(s => s !== 's1' && s !== 's3');
    assert.deepStrictEqual(free, names.filter(s => s !== 's1' && s !== 's3'), 'the others keep file order');
  });

  it('reports a depends_on loop instead of hanging', () => {
    const loop = composeGraph(joinLines('services:', '  a:', '    depends_on: [b]', '  b:', '    depends_on: [a]', '  c:', '    image: x'));
    assert.deepStrictEqual(loop.startOrder, ['c', 'a', 'b']);
    assert.deepStrictEqual(loop.cycle, ['a', 'b']);
    assert.match(composeWalkthrough(loop).slice(-1)[0].text, /loop/);
  });

  it('follows anchors and merge keys', () => {
    const merged = composeGraph(joinLines(
      'x-common: &common',
      '  networks: [shared]',
      '  ports: ["80:80"]',
      'services:',
      '  a:',
      '    <<: *common',
      '    image: nginx',
      'networks:',
      '  shared: {}',
    ));
    assert.ok(merged.edges.some(e => e.kind === 'network' && e.from === 'service:a' && e.to === 'network:shared'));
    assert.ok(merged.edges.some(e => e.kind === 'port' && e.to === 'service:a'));
  });

  it('stays calm on broken, half-typed and non-compose text', () => {
    for (const bad of ['', 'services:', 'services:\n  web:\n    ports:\n      - "80', ': : :', '[1, 2', 'services: [a, b]', 'services:\n  web:\n    depends_on: {db: }\n    volumes: [":"]', '\t\tfoo']) {
      assert.doesNotThrow(() => composeWalkthrough(composeGraph(bad)), JSON.stringify(bad));
    }
    const half = composeGraph('services:\n  web:\n    image: nginx\n  db:\n    image: [');
    assert.ok(half.nodes.some(n => n.id === 'service:web'));
  });

  it('reads the cached model: a second call does not parse again', () => {
    composeGraph(text);
    const before = composeParseCount();
    composeGraph(text);
    assert.strictEqual(composeParseCount(), before);
  });

  it('stops at the size limit', () => {
    assert.strictEqual(composeGraph(text, undefined, { maxFileChars: 10 }).tooLarge, true);
  });

  it('draws samples/docker-compose.yml', () => {
    const sample = composeGraph(fs.readFileSync(path.join(repoRoot, 'samples', 'docker-compose.yml'), 'utf8'));
    assert.deepStrictEqual(ids(sample, 'service'), ['service:backend-flask', 'service:db', 'service:frontend-react-js']);
    assert.deepStrictEqual(ids(sample, 'network'), ['network:internal-network']);
    // The anonymous volume keeps the image's node_modules visible under the bind mount of ./frontend-react-js.
    assert.deepStrictEqual(ids(sample, 'volume'), ['volume:(anonymous frontend-react-js 1)', 'volume:db-data']);
    assert.deepStrictEqual(ids(sample, 'port'), ['port:0.0.0.0:3000/tcp', 'port:0.0.0.0:4567/tcp']);
    assert.deepStrictEqual(sample.startOrder, ['db', 'backend-flask', 'frontend-react-js']);
  });
});

/** What an independent read (yaml's plain JS, merge keys applied) says a service uses. */
function expected(service: Record<string, unknown>): { ports: number; mounts: number; networks: number } {
  const list = (v: unknown) => (Array.isArray(v) ? v : []);
  const ports = list(service.ports).filter(p => typeof p === 'number' || (typeof p === 'string' && p.trim()) || (p && typeof p === 'object' && 'target' in p)).length;
  const mounts = list(service.volumes).filter(v => {
    if (typeof v === 'string') return v.trim() && !v.startsWith(':');
    const o = v as { type?: string; target?: string };
    return !!o?.target && o.type !== 'tmpfs' && o.type !== 'npipe' && o.type !== 'image' && o.type !== 'cluster';
  }).length;
  const nets = service.network_mode ? 0 : service.networks === undefined ? 1 : Array.isArray(service.networks) ? service.networks.length : Object.keys(service.networks as object ?? {}).length;
  return { ports, mounts, networks: nets };
}

describe('composeGraph on real compose files', function () {
  this.timeout(60_000);
  it('accounts for every service, network, volume and port of 20 or more corpus files', function () {
    if (!fs.existsSync(corpus)) {
      console.log(`      corpus not found at ${corpus}; skipping (it lives in ../shared/corpus beside the repository)`);
      this.skip();
    }
    let checked = 0;
    for (const f of fs.readdirSync(corpus).filter(x => /\.ya?ml$/.test(x)).sort()) {
      const text = fs.readFileSync(path.join(corpus, f), 'utf8');
      let js: Record<string, Record<string, Record<string, unknown>>>;
      try { js = parse(text, { merge: true, uniqueKeys: false, logLevel: 'error' }) ?? {}; } catch { continue; }
      if (!js || typeof js !== 'object' || !js.services || typeof js.services !== 'object') continue;
      const g = composeGraph(text);
      const names = Object.keys(js.services);
      assert.deepStrictEqual(ids(g, 'service'), names.map(n => `service:${n}`).sort(), `${f}: services`);
      for (const section of ['networks', 'volumes'] as const) {
        for (const n of Object.keys(js[section] ?? {})) assert.ok(g.nodes.some(x => x.id === `${section.slice(0, -1)}:${n}`), `${f}: ${section} ${n}`);
      }
      for (const name of names) {
        const want = expected(js.services[name] ?? {});
        const out = g.edges.filter(e => e.from === `service:${name}` || e.to === `service:${name}`);
        assert.strictEqual(out.filter(e => e.kind === 'port').length, want.ports, `${f}: ports of ${name}`);
        assert.strictEqual(out.filter(e => e.kind === 'volume').length, want.mounts, `${f}: mounts of ${name}`);
        assert.strictEqual(out.filter(e => e.kind === 'network' && e.from === `service:${name}`).length, want.networks, `${f}: networks of ${name}`);
        for (const e of out) assert.ok(e.range.end.line >= e.range.start.line, `${f}: edge ${e.id} has a range`);
      }
      checked++;
    }
    console.log(`      ${checked} corpus compose files accounted for`);
    assert.ok(checked >= 20, `only ${checked} corpus files could be checked`);
  });
});
