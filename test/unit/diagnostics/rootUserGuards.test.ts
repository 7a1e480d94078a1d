// SPDX-License-Identifier: MIT
// RootUser over every corpus Dockerfile and sample (issue 22, P1/P2/P11): no warning for images that
// already run as non-root, a message that names the image the stage chain starts from (never a stage),
// and a "switch to the user" fix only for an app's user: never a daemon's service account, never when
// the image starts through an entrypoint script. The lists below are written here, apart from the rule's.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DockerfileParser } from 'dockerfile-ast';
import { dockerfileDiagnostics } from '../../../src/core/index';
import { guardFiles } from './fixGuards';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

// Images whose own Dockerfile ends with a non-root USER (grafana: `USER grafana`, k6: `USER 12345`).
const NON_ROOT_IMAGES = new Set(['grafana/grafana', 'grafana/grafana-oss', 'grafana/k6', 'nginxinc/nginx-unprivileged']);
// Accounts a daemon switches to by itself after starting as root.
const SERVICE_ACCOUNTS = new Set(['nginx', 'www-data', 'dockremap', 'daemon', 'apache', 'postgres', 'mysql', 'redis', 'mongodb']);

interface Stages { names: Set<string>; rootImage?: string; entrypointScript: boolean }

/** The stage names, the image the last stage's chain starts from, and whether an ENTRYPOINT runs a script. */
function readStages(text: string): Stages {
  const froms: { image: string; name?: string }[] = [];
  let entrypointScript = false;
  for (const inst of DockerfileParser.parse(text).getInstructions()) {
    const words = inst.getArguments().map(a => a.getValue()).filter(w => !w.startsWith('--'));
    if (inst.getKeyword() === 'FROM') froms.push({ image: words[0] ?? '', name: words[1]?.toLowerCase() === 'as' ? words[2]?.toLowerCase() : undefined });
    if (inst.getKeyword() === 'ENTRYPOINT' && words.some(w => /entrypoint|\.sh\b/i.test(w))) entrypointScript = true;
  }
  const names = new Set(froms.map(f => f.name).filter((n): n is string => !!n));
  let i = froms.length - 1;
  for (let hops = 0; i > 0 && hops < 64; hops++) {
    const parent = froms.slice(0, i).map(f => f.name).lastIndexOf(froms[i].image.toLowerCase());
    if (parent < 0) break;
    i = parent;
  }
  return { names, rootImage: froms[i]?.image, entrypointScript };
}

/** `docker.io/grafana/k6:2.2.0@sha256:…` → repository `grafana/k6`, tag `2.2.0`. */
function splitImage(ref: string): { repository: string; tag: string } {
  const noDigest = ref.split('@')[0];
  const colon = noDigest.lastIndexOf(':');
  const hasTag = colon > noDigest.lastIndexOf('/');
  const repository = (hasTag ? noDigest.slice(0, colon) : noDigest).replace(/^(docker\.io|index\.docker\.io)\//, '').replace(/^library\//, '');
  return { repository, tag: hasTag ? noDigest.slice(colon + 1) : '' };
}

describe('RootUser guards over the corpus and the samples (issue 22)', function () {
  this.timeout(120000);
  const dockerfiles = guardFiles(repoRoot).files.filter(f => f.kind === 'dockerfile');

  it('does not warn on images that already run as non-root (a `nonroot` tag, grafana, k6)', () => {
    let nonRoot = 0;
    const wrong: string[] = [];
    for (const file of dockerfiles) {
      const text = fs.readFileSync(file.path, 'utf8');
      const root = readStages(text).rootImage;
      if (!root) continue;
      const { repository, tag } = splitImage(root);
      if (!/nonroot/i.test(tag) && !NON_ROOT_IMAGES.has(repository)) continue;
      nonRoot++;
      if (dockerfileDiagnostics(text).some(d => d.code === 'RootUser')) wrong.push(`${file.name} (${root})`);
    }
    assert.deepStrictEqual(wrong, []);
    console.log(`      ${nonRoot} files build on a non-root image`);
  });

  it('names the image the chain starts from, never a stage as if it were an image', () => {
    const wrong: string[] = [];
    for (const file of dockerfiles) {
      const text = fs.readFileSync(file.path, 'utf8');
      const { names } = readStages(text);
      for (const d of dockerfileDiagnostics(text).filter(x => x.code === 'RootUser')) {
        for (const m of d.message.matchAll(/(\S+) `([^`]+)`/g)) {
          if (names.has(m[2].toLowerCase()) && m[1] !== 'stage') wrong.push(`${file.name}: ${d.message}`);
        }
      }
    }
    assert.deepStrictEqual(wrong, []);
  });

  it('offers a user fix only for an app user: no service account, nothing when an entrypoint script starts the image', () => {
    const wrong: string[] = [];
    for (const file of dockerfiles) {
      const text = fs.readFileSync(file.path, 'utf8');
      const { entrypointScript } = readStages(text);
      for (const d of dockerfileDiagnostics(text).filter(x => x.code === 'RootUser')) {
        for (const fix of d.fixes ?? []) {
          const user = /^Switch to the user `([^`]+)`/.exec(fix.title)?.[1];
          if (user && SERVICE_ACCOUNTS.has(user)) wrong.push(`${file.name}: ${fix.title} (a service account)`);
          if (entrypointScript) wrong.push(`${file.name}: ${fix.title} (the image starts through an entrypoint script)`);
        }
      }
    }
    assert.deepStrictEqual(wrong, []);
  });
});
