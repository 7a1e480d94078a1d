// SPDX-License-Identifier: MIT
// Issue 26, compose files: outline, go to definition, references and highlights, rename, folding and
// links. Expected values are written by hand from the compose spec (compose-spec-docs: services
// depends_on/links/extends/network_mode/volumes_from, networks, volumes, secrets, configs), then checked
// as properties over every corpus compose file.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { documentServices } from '../../../src/core/index';
import { composeModel } from '../../../src/core/compose/composeDocument';
import { composeNames } from '../../../src/core/compose/nameOccurrences';
import { corpusDir, corpusFiles } from '../corpusGuards';
import { joinLines, positionOf } from '../helpers';
import { applyEdits, at, checkNameGroups, renameRoundTrip, textOf } from './navHelpers';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const nav = documentServices.compose.navigation!;

const project = joinLines(
  'x-common: &common',                        // 0
  '  restart: always',                        // 1
  'services:',                                // 2
  '  web:',                                   // 3
  '    <<: *common',                          // 4
  '    build: ./web',                         // 5
  '    depends_on:',                          // 6
  '      db:',                                // 7
  '        condition: service_healthy',       // 8
  '    links: ["db:database"]',               // 9
  '    networks: [back]',                     // 10
  '    volumes:',                             // 11
  '      - db:/data',                         // 12
  '      - type: volume',                     // 13
  '        source: db',                       // 14
  '        target: /more',                    // 15
  '      - ./db:/bind',                       // 16
  '    secrets: [token]',                     // 17
  '    configs:',                             // 18
  '      - source: conf',                     // 19
  '  db:',                                    // 20
  '    image: postgres:16',                   // 21
  '    networks:',                            // 22
  '      back:',                              // 23
  '        aliases: [database]',              // 24
  '  sidecar:',                               // 25
  '    image: busybox',                       // 26
  '    network_mode: "service:web"',          // 27
  '    volumes_from: ["db:ro", "container:other"]', // 28
  '    extends:',                             // 29
  '      service: db',                        // 30
  '    depends_on: [web]',                    // 31
  'networks:',                                // 32
  '  back: {}',                               // 33
  'volumes:',                                 // 34
  '  db: {}',                                 // 35
  'secrets:',                                 // 36
  '  token:',                                 // 37
  '    file: ./token.txt',                    // 38
  'configs:',                                 // 39
  '  conf:',                                  // 40
  '    file: ./conf.ini',                     // 41
);

describe('issue 26: compose go to definition', () => {
  const def = (needle: string, offset = 0, nth = 0): string[] => nav.definition(project, positionOf(project, needle, offset, nth)).map(at);

  it('a service under depends_on (both forms), links, extends.service, network_mode and volumes_from goes to the service', () => {
    assert.deepStrictEqual(def('      db:', 6), ['20:2'], 'depends_on, long form');
    assert.deepStrictEqual(def('[web]', 1), ['3:2'], 'depends_on, short form');
    assert.deepStrictEqual(def('"db:database"', 1), ['20:2'], 'links');
    assert.deepStrictEqual(def('service: db', 9), ['20:2'], 'extends.service');
    assert.deepStrictEqual(def('service:web', 8), ['3:2'], 'network_mode: service:');
    assert.deepStrictEqual(def('"db:ro"', 1), ['20:2'], 'volumes_from');
    assert.deepStrictEqual(def('container:other', 10), [], 'a container is not a service');
  });

  it('networks, named volumes (short and long form), secrets, configs and YAML aliases go to their definitions', () => {
    assert.deepStrictEqual(def('[back]', 1), ['33:2']);
    assert.deepStrictEqual(def('      back:', 6), ['33:2']);
    assert.deepStrictEqual(def('- db:/data', 2), ['35:2']);
    assert.deepStrictEqual(def('source: db', 8), ['35:2']);
    assert.deepStrictEqual(def('./db:/bind', 2), [], 'a bind mount path is not a volume');
    assert.deepStrictEqual(def('[token]', 1), ['37:2']);
    assert.deepStrictEqual(def('source: conf', 8), ['40:2']);
    assert.deepStrictEqual(def('*common', 1), ['0:11']);
  });

  it('gives nothing on keys and plain values', () => {
    for (const needle of ['services:', 'image: postgres', 'condition', 'restart']) assert.deepStrictEqual(def(needle, 1), [], needle);
  });
});

describe('issue 26: compose references, highlights and rename', () => {
  it('never mixes the service db with the volume db', () => {
    const service = nav.references(project, positionOf(project, '  db:\n    image', 2), true).map(at);
    assert.deepStrictEqual(service, ['7:6', '9:13', '20:2', '28:20', '30:15']);
    const volume = nav.references(project, positionOf(project, '  db: {}', 2), true).map(at);
    assert.deepStrictEqual(volume, ['12:8', '14:16', '35:2']);
    const lights = nav.highlights(project, positionOf(project, '  db: {}', 2));
    assert.deepStrictEqual(lights.map(h => h.write), [false, false, true]);
  });

  it('renames a service everywhere it is referred to, network_mode and long depends_on included', () => {
    const result = nav.rename(project, positionOf(project, '  web:', 2), 'api');
    assert.ok(!('refused' in result));
    const renamed = applyEdits(project, result.edits);
    assert.match(renamed, /^ {2}api:$/m);
    assert.match(renamed, /network_mode: "service:api"/);
    assert.match(renamed, /depends_on: \[api\]/);
    const db = nav.rename(project, positionOf(project, 'db:\n        condition'), 'postgres');
    assert.ok(!('refused' in db));
    const renamedDb = applyEdits(project, db.edits);
    assert.match(renamedDb, / {6}postgres:\n {8}condition/);
    assert.match(renamedDb, /"postgres:database"/);
    assert.match(renamedDb, /"postgres:ro"/);
    assert.match(renamedDb, /service: postgres/);
    assert.match(renamedDb, /- db:\/data/, 'the volume db stays');
    assert.strictEqual(renameRoundTrip(nav, project, positionOf(project, '[back]', 1), 'back', 'front'), project);
  });

  it('refuses keys, values, undefined names and names Compose rejects, saying why', () => {
    for (const needle of ['services:', 'postgres:16', 'condition']) {
      const r = nav.prepareRename(project, positionOf(project, needle, 1));
      assert.ok('refused' in r && /Only names can be renamed/.test(r.refused), needle);
    }
    const spaced = nav.rename(project, positionOf(project, '  web:', 2), 'my web');
    assert.ok('refused' in spaced && /only letters, digits/.test(spaced.refused));
    const taken = nav.rename(project, positionOf(project, '  web:', 2), 'db');
    assert.ok('refused' in taken && /already exists/.test(taken.refused));
    const undefinedNet = joinLines('services:', '  a:', '    image: x', '    networks: [outside]');
    const r = nav.prepareRename(undefinedNet, positionOf(undefinedNet, 'outside'));
    assert.ok('refused' in r && /not defined in this file/.test(r.refused));
  });
});

describe('issue 26: compose outline, folding and links', () => {
  const sample = fs.readFileSync(path.join(repoRoot, 'samples', 'docker-compose.yml'), 'utf8');

  it('outlines samples/docker-compose.yml: services with their keys, ports, volumes and networks; the other sections with their entries', () => {
    const symbols = nav.symbols(sample);
    assert.deepStrictEqual(symbols.map(s => s.name), ['services', 'networks', 'volumes']);
    assert.deepStrictEqual(symbols[0].children.map(s => [s.name, s.detail ?? '']), [['backend-flask', ''], ['frontend-react-js', ''], ['db', 'postgres:16-alpine']]);
    const backend = symbols[0].children[0];
    assert.deepStrictEqual(backend.children.map(s => s.name), ['build', 'ports', 'environment', 'volumes', 'depends_on', 'networks']);
    assert.deepStrictEqual(backend.children[1].children.map(s => s.name), ['4567:4567']);
    assert.deepStrictEqual(backend.children[5].children.map(s => s.name), ['internal-network']);
    assert.deepStrictEqual(symbols[1].children.map(s => s.name), ['internal-network']);
    assert.deepStrictEqual(symbols[2].children.map(s => s.name), ['db-data']);
    assert.strictEqual(textOf(sample, backend.selectionRange), 'backend-flask');
  });

  it('folds each service and each top-level section', () => {
    const folds = nav.folding(sample).map(f => `${f.startLine}-${f.endLine}`);
    // 0-based lines, read from the file above: services 1-55, backend-flask 2-19, db 37-55, networks 57-60.
    for (const expected of ['1-55', '2-19', '21-35', '37-55', '57-60']) assert.ok(folds.includes(expected), `${expected} in ${folds.join(' ')}`);
  });

  it('links build folders that exist and image pages; nothing for missing files or other registries', () => {
    const file = { path: path.join(repoRoot, 'samples', 'docker-compose.yml') };
    const onDisk = (p: string) => fs.existsSync(p) ? (fs.statSync(p).isDirectory() ? 'directory' as const : 'file' as const) : undefined;
    const links = nav.links(sample, { file, pathKind: onDisk }).map(l => [textOf(sample, l.range), l.kind, l.target]);
    assert.deepStrictEqual(links, [
      ['./backend-flask', 'folder', path.join(repoRoot, 'samples', 'backend-flask')],
      ['./frontend-react-js', 'folder', path.join(repoRoot, 'samples', 'frontend-react-js')],
      ['postgres:16-alpine', 'url', 'https://hub.docker.com/_/postgres'],
    ]);
    const other = joinLines('services:', '  a:', '    image: ghcr.io/acme/a:1', '    env_file: ./missing.env', '  b:', '    image: bitnami/redis', '    build:', '      context: ./backend-flask', '      dockerfile: Dockerfile.prod');
    const otherLinks = nav.links(other, { file, pathKind: onDisk }).map(l => [textOf(other, l.range), l.target]);
    assert.deepStrictEqual(otherLinks, [
      ['./backend-flask', path.join(repoRoot, 'samples', 'backend-flask')],
      ['Dockerfile.prod', path.join(repoRoot, 'samples', 'backend-flask', 'Dockerfile.prod')],
      ['bitnami/redis', 'https://hub.docker.com/r/bitnami/redis'],
    ]);
  });
});

describe('issue 26: compose names over the corpus', function () {
  this.timeout(300_000);

  it('definition from each reference lands on the declaration; references from the declaration are exactly its occurrences; rename round-trips', function () {
    const dir = corpusDir('compose', repoRoot);
    if (!dir) { console.log('      corpus not found: skipping'); this.skip(); }
    let names = 0, renamed = 0;
    const failures: string[] = [];
    for (const f of corpusFiles(dir!)) {
      const text = fs.readFileSync(path.join(dir!, f), 'utf8');
      // A YAML anchor may be defined twice; rename only the names with one declaration.
      const groups = [...composeNames(composeModel(text)).byKey].filter(([, g]) => g.filter(o => o.declaration).length <= 1);
      const r = checkNameGroups(nav, f, text, groups, () => 'zz-fresh', (a, b) => a === b);
      failures.push(...r.failures); names += r.names; renamed += r.renamed;
    }
    assert.deepStrictEqual(failures.slice(0, 10), []);
    assert.ok(names > 100 && renamed > 50, `${names} names, ${renamed} renamed`);
  });
});
