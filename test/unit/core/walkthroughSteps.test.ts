// SPDX-License-Identifier: MIT
// The walkthrough follows real work (issue 24, C6 and C7 of the 2026-12-06 walkthrough): which step a command
// typed in a terminal completes, where New Dockerfile offers to put the file, and which starters come first.
import * as assert from 'assert';
import { dockerfileFolders, shouldOfferWalkthrough, starterOrder, walkthroughStepOf } from '../../../src/core/index';

describe('walkthroughStepOf', () => {
  it('counts the commands the steps teach, typed either way', () => {
    // The step kinds are the lens kinds the manifest's completionEvents name (dockerCoach.ran.<kind>).
    const cases: [string, string][] = [
      ['docker build -t backend-flask ./backend-flask', 'dockerfile.build'],
      ['docker run --rm -p 4567:4567 backend-flask', 'dockerfile.run'],
      ['docker exec -it backend-flask-dev sh', 'dockerfile.shell'],
      ['docker compose up -d', 'compose.up'],
      ['docker-compose -f docker-compose.yml up', 'compose.up'],
      ['docker compose down', 'compose.down'],
      ['sudo docker-compose down -v', 'compose.down'],
    ];
    for (const [line, kind] of cases) assert.strictEqual(walkthroughStepOf(line, 0), kind, line);
  });

  it('not for a failed command, another program, or another docker command', () => {
    assert.strictEqual(walkthroughStepOf('docker compose up', 1), undefined);
    assert.strictEqual(walkthroughStepOf('ls -la', 0), undefined);
    assert.strictEqual(walkthroughStepOf('docker ps', 0), undefined);
    assert.strictEqual(walkthroughStepOf('docker compose logs -f', 0), undefined);
    // The shell did not report an exit code: a command that ran counts.
    assert.strictEqual(walkthroughStepOf('docker compose down', undefined), 'compose.down');
  });
});

describe('dockerfileFolders', () => {
  const root = '/home/me/cruddur';
  it('offers the app folders first (without a Dockerfile before with one), then the workspace folder', () => {
    const folders = dockerfileFolders(root,
      [`${root}/frontend-react-js/package.json`, `${root}/backend-flask/requirements.txt`, `${root}/backend-flask/app.py`, `${root}/frontend-react-js/node_modules/x/package.json`],
      [`${root}/frontend-react-js/Dockerfile`]);
    assert.deepStrictEqual(folders.map((f) => [f.label, f.starter, f.description]), [
      ['backend-flask', 'df-flask', 'Python (requirements.txt)'],
      ['frontend-react-js', 'df-node', 'Node.js (package.json), has a Dockerfile already'],
      ['.', undefined, undefined],
    ]);
  });

  it('an empty folder offers itself', () => {
    assert.deepStrictEqual(dockerfileFolders(root, [], []).map((f) => f.folder), [root]);
  });
});

describe('starterOrder', () => {
  it('df-flask and df-node first, as the walkthrough text says; the one that fits the folder before them', () => {
    assert.deepStrictEqual(starterOrder().slice(0, 2), ['df-flask', 'df-node']);
    assert.deepStrictEqual(starterOrder('df-node').slice(0, 2), ['df-node', 'df-flask']);
  });
});

describe('shouldOfferWalkthrough', () => {
  it('once, for a workspace with Docker files, unless start pages are off', () => {
    assert.strictEqual(shouldOfferWalkthrough(false, 'welcomePage', true), true);
    assert.strictEqual(shouldOfferWalkthrough(true, 'welcomePage', true), false);
    assert.strictEqual(shouldOfferWalkthrough(false, 'welcomePage', false), false);
    assert.strictEqual(shouldOfferWalkthrough(false, 'none', true), false);
  });
});
