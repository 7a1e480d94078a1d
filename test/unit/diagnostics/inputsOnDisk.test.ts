// SPDX-License-Identifier: MIT
// The disk half of the checks (issue 30): checkDocument reads the `.dockerignore`, `<Dockerfile>.dockerignore`
// and `.env` beside a file, and the paths a compose file names, through the server's real DiskReader, from
// files put in a temporary folder. Each test shows what the file on disk changes, both ways.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkDocument, composeEnvPath, dockerignoreCandidates, readComposeInputs, readDockerfileInputs, type DiskReader, type PathKind } from '../../../src/core/index';
import { nodeDisk } from '../../../src/worker/disk';

const dockerfile = 'FROM alpine:3.20\nCOPY secret.txt /app/\nCOPY notes.md /app/\n';

describe('checks that read beside the file, from a real folder', () => {
  let root: string;
  beforeEach(() => { root = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-inputs-')); });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  /** The lines (1-based) CopyIgnoredFile marks in the Dockerfile at `rel`, with `settings` as the editor's. */
  const ignoredCopies = async (rel: string, settings: Record<string, unknown> = {}) => {
    const file = { path: path.join(root, rel), workspaceFolder: root };
    const found = await checkDocument('dockerfile', dockerfile, file, key => settings[key], nodeDisk);
    return found.filter(d => d.code === 'CopyIgnoredFile').map(d => d.range.start.line + 1);
  };

  it('a .dockerignore in the Dockerfile\'s folder makes COPY of an ignored file a problem', async () => {
    write('app/Dockerfile', dockerfile);
    assert.deepStrictEqual(await ignoredCopies('app/Dockerfile'), [], 'no .dockerignore yet');
    write('app/.dockerignore', 'secret.txt\n');
    assert.deepStrictEqual(await ignoredCopies('app/Dockerfile'), [2]);
  });

  it('<Dockerfile>.dockerignore comes first: then the context\'s .dockerignore is not read', async () => {
    write('app/Dockerfile', dockerfile);
    write('app/.dockerignore', 'secret.txt\n');
    write('app/Dockerfile.dockerignore', 'notes.md\n');
    assert.deepStrictEqual(await ignoredCopies('app/Dockerfile'), [3]);
    fs.rmSync(path.join(root, 'app', 'Dockerfile.dockerignore'));
    assert.deepStrictEqual(await ignoredCopies('app/Dockerfile'), [2]);
  });

  it('dockerCoach.build.context moves the .dockerignore looked for to that folder of the workspace', async () => {
    write('docker/Dockerfile', dockerfile);
    write('.dockerignore', 'notes.md\n');
    write('docker/.dockerignore', 'secret.txt\n');
    assert.deepStrictEqual(await ignoredCopies('docker/Dockerfile'), [2]);
    assert.deepStrictEqual(await ignoredCopies('docker/Dockerfile', { 'build.context': '.' }), [3]);
  });

  it('a .env beside the compose file settles a required ${VAR:?}; one in another folder does not', async () => {
    const compose = 'services:\n  web:\n    image: nginx:${TAG:?set TAG}\n';
    write('proj/compose.yaml', compose);
    const unset = async () => (await checkDocument('compose', compose, { path: path.join(root, 'proj', 'compose.yaml'), workspaceFolder: root }, () => undefined, nodeDisk))
      .filter(d => d.code === 'RequiredVariableUnset').map(d => d.range.start.line + 1);
    assert.deepStrictEqual(await unset(), [3]);
    write('.env', 'TAG=1.27\n');
    assert.deepStrictEqual(await unset(), [3], 'the workspace root\'s .env is not the one Compose reads');
    write('proj/.env', 'TAG=1.27\n');
    assert.deepStrictEqual(await unset(), []);
  });

  it('a build context the compose file names is a problem while the folder or its Dockerfile is missing', async () => {
    const compose = 'services:\n  web:\n    build: ./web\n';
    write('compose.yaml', compose);
    const missing = async () => (await checkDocument('compose', compose, { path: path.join(root, 'compose.yaml'), workspaceFolder: root }, () => undefined, nodeDisk))
      .filter(d => d.code === 'MissingPath').map(d => d.range.start.line + 1);
    assert.deepStrictEqual(await missing(), [3]);
    fs.mkdirSync(path.join(root, 'web'));
    // The folder alone is not enough: `docker compose build` needs its Dockerfile (issue 24).
    assert.deepStrictEqual(await missing(), [3]);
    write('web/Dockerfile', 'FROM alpine:3.20\n');
    assert.deepStrictEqual(await missing(), []);
  });
});

describe('which files the readers ask the disk for', () => {
  /** A stand-in disk that records every path asked for and knows only `files`. */
  const recording = (files: Record<string, string>) => {
    const asked: string[] = [];
    const disk: DiskReader = {
      readText: async (p) => { asked.push(p); return files[p]; },
      kindOf: async (p): Promise<PathKind> => { asked.push(p); return p in files ? 'file' : 'missing'; },
    };
    return { disk, asked };
  };

  it('a Dockerfile\'s .dockerignore: <Dockerfile>.dockerignore, then the context\'s, and stops at the first found', async () => {
    const file = { path: '/w/app/Dockerfile', workspaceFolder: '/w' };
    assert.deepStrictEqual(dockerignoreCandidates(file), ['/w/app/Dockerfile.dockerignore', '/w/app/.dockerignore']);
    assert.deepStrictEqual(dockerignoreCandidates(file, 'ctx'), ['/w/app/Dockerfile.dockerignore', '/w/ctx/.dockerignore']);
    const both = recording({ '/w/app/Dockerfile.dockerignore': 'a\n', '/w/app/.dockerignore': 'b\n' });
    assert.deepStrictEqual(await readDockerfileInputs(file, '', both.disk), { dockerignore: 'a\n' });
    assert.deepStrictEqual(both.asked, ['/w/app/Dockerfile.dockerignore']);
    const none = recording({});
    assert.deepStrictEqual(await readDockerfileInputs(file, '', none.disk), {});
    assert.deepStrictEqual(none.asked, ['/w/app/Dockerfile.dockerignore', '/w/app/.dockerignore']);
  });

  it('a compose file\'s .env is the one in its own folder', () => {
    assert.strictEqual(composeEnvPath({ path: '/w/proj/compose.yaml', workspaceFolder: '/w' }), '/w/proj/.env');
  });

  it('looks up at most 200 of the paths a compose file names, however many it names', async () => {
    const services = Array.from({ length: 300 }, (_, i) => `  s${i}:\n    build: ./dir${i}\n`).join('');
    const text = `services:\n${services}`;
    const { disk, asked } = recording({});
    const { paths } = await readComposeInputs(text, { path: '/w/compose.yaml', workspaceFolder: '/w' }, disk);
    const looked = asked.filter(p => p !== '/w/.env');
    assert.strictEqual(looked.length, 200, 'the file names 300 folders: the cap decides');
    assert.strictEqual(paths?.size, 200);
  });
});
