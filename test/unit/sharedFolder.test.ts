// SPDX-License-Identifier: MIT
// The suite's strongest oracles read ../shared next to the repository (the real-world corpus, BuildKit's and
// Compose's docs, the CLI reference). Outside CI each of those tests skips and says so when it is absent;
// under CI (where fresh-clone.mjs and .ci/run put it there) its absence fails here, once, with the reason.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { corpusDir } from './corpusGuards';
import { needOrSkip } from '../needs';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const reference = path.resolve(repoRoot, '..', 'shared', 'reference');

describe('the ../shared folder the oracle tests read', () => {
  it('holds the corpus and the reference docs', function () {
    const wanted = [
      ['the Dockerfile corpus', corpusDir('dockerfile', repoRoot)],
      ['the Compose corpus', corpusDir('compose', repoRoot)],
      ['the Dockerfile reference', path.join(reference, 'buildkit-dockerfile-docs')],
      ['the Compose spec docs', path.join(reference, 'compose-spec-docs')],
      ['the Docker CLI reference', path.join(reference, 'docker-cli-docs')],
    ] as const;
    const absent = wanted.filter(([, dir]) => !dir || !fs.existsSync(dir)).map(([name]) => name);
    needOrSkip(this, 'the tests that compare with ../shared', absent.length ? `${absent.join(', ')} not found under ${path.dirname(reference)}` : undefined);
    for (const [name, dir] of wanted) assert.ok(dir && fs.readdirSync(dir).length > 0, `${name} is empty`);
  });
});
