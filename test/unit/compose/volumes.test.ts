// SPDX-License-Identifier: MIT
import * as assert from 'assert';
import * as path from 'path';
import { parseVolume } from '../../../src/core/compose/volumes';
import { hoverAt, joinLines } from './helpers';

const file = joinLines(
  'services:',
  '  db:',
  '    image: postgres:16',
  '    volumes:',
  '      - db-data:/var/lib/postgresql/data',
  '      - ./init:/docker-entrypoint-initdb.d:ro',
  '      - /app/node_modules',
  '      - ./src:/src:z',
  '      - cache:/cache',
  '      - type: bind',
  '        source: ./conf',
  '        target: /etc/conf',
  '      - type: volume',
  '        source: logs',
  '        target: /logs',
  'volumes:',
  '  db-data:',
);

describe('compose volumes', () => {
  it('parses short syntax, keeping Windows drive letters whole', () => {
    assert.deepStrictEqual(parseVolume('db:/data:ro'), { source: 'db', target: '/data', modes: ['ro'] });
    assert.deepStrictEqual(parseVolume('C:\\data:/data'), { source: 'C:\\data', target: '/data', modes: [] });
    assert.deepStrictEqual(parseVolume('/tmp'), { target: '/tmp', modes: [] });
    assert.deepStrictEqual(parseVolume('${DATA:-./data}:/data:ro'), { source: '${DATA:-./data}', target: '/data', modes: ['ro'] });
  });

  it('tells a named volume, says it survives down, and finds its declaration', () => {
    const md = hoverAt(file, 'db-data:/var', 1);
    assert.match(md, /named volume/);
    assert.match(md, /survives `docker compose down`; only `docker compose down -v`/);
    assert.match(md, /Declared under the top-level `volumes:` on line 17/);
  });

  it('notes a named volume missing from the top-level volumes', () => {
    assert.match(hoverAt(file, 'cache:/cache', 1), /`cache` is not declared under the top-level `volumes:`/);
    assert.match(hoverAt(file, 'source: logs', 9), /`logs` is not declared/);
    // With `include:`, the included file may declare it: the hover says so, as the Problems stay quiet (H6).
    const included = joinLines('include: [db.yaml]', 'services:', '  app:', '    image: app', '    volumes:', '      - data:/data');
    assert.match(hoverAt(included, 'data:/data', 1), /It may come from a file listed under `include:`/);
    assert.doesNotMatch(hoverAt(included, 'data:/data', 1), /refuses/);
  });

  it('tells a bind mount and resolves its host path against the compose file folder', () => {
    assert.match(hoverAt(file, './init', 1), /bind mount/);
    assert.match(hoverAt(file, './init', 1), /relative to the compose file's folder/);
    assert.match(hoverAt(file, './init', 1), /`ro`: read-only/);
    const md = hoverAt(file, './init', 1, 0, '/home/me/app/compose.yaml');
    assert.match(md, new RegExp(path.resolve('/home/me/app/init').replace(/[\\/.]/g, '\\$&')));
    assert.match(hoverAt(file, 'source: ./conf', 9), /host path `\.\/conf`/);
  });

  it('warns that a bind mount of the build context hides what the image made in that folder, unless a volume keeps it (gap 10)', () => {
    const t = joinLines('services:', '  web:', '    build: ./web', '    volumes:', '      - ./web:/app');
    assert.match(hoverAt(t, './web:/app', 1), /the folder the image is built from, mounted over `\/app`.*`node_modules`.*is hidden/);
    const kept = joinLines('services:', '  web:', '    build: { context: web }', '    volumes:', '      - ./web/:/app', '      - /app/node_modules');
    assert.doesNotMatch(hoverAt(kept, './web/:/app', 1), /is hidden/);
    const other = joinLines('services:', '  web:', '    build: ./web', '    volumes:', '      - ./data:/app/data');
    assert.doesNotMatch(hoverAt(other, './data', 1), /is hidden/);
  });

  it('tells an anonymous volume and SELinux labels', () => {
    assert.match(hoverAt(file, '/app/node_modules', 1), /anonymous volume/);
    assert.match(hoverAt(file, './src:/src:z', 1), /`z`: SELinux relabel so several containers can share it/);
  });

  it('reads `data/x` as Compose does: a volume name it refuses, not a bind mount (compose-go format/volume.go isFilePath)', () => {
    const text = joinLines('services:', '  web:', '    image: nginx:1.27', '    volumes:', '      - data/x:/data');
    const md = hoverAt(text, 'data/x', 1);
    assert.doesNotMatch(md, /bind mount/);
    assert.match(md, /Compose reads `data\/x` as the name of a volume, not a folder/);
    assert.match(md, /Write `\.\/data\/x`/);
  });
});
