// SPDX-License-Identifier: MIT
// The walkthrough follows real work (issue 24, C6 and C7 of the 2026-12-06 walkthrough): where New Dockerfile
// offers to put the file, and which starters come first. Its docker steps follow the exercises (issue 28,
// test/unit/practice/walkthroughLink.test.ts).
import * as assert from 'assert';
import { usesReactScripts, dockerfileFolders, shouldOfferWalkthrough, starterOrder } from '../../../src/core/index';

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

  it('a folder whose package.json uses react-scripts gets the React starter first (the #24 re-walk)', () => {
    const pkg = `${root}/frontend-react-js/package.json`;
    const folders = dockerfileFolders(root, [pkg, `${root}/api/package.json`], [], new Set([pkg]));
    assert.deepStrictEqual(folders.map((f) => [f.label, f.starter, f.description]), [
      ['api', 'df-node', 'Node.js (package.json)'],
      ['frontend-react-js', 'df-react', 'React (package.json)'],
      ['.', undefined, undefined],
    ]);
    assert.strictEqual(starterOrder('df-react')[0], 'df-react');
    // The starter serves with react-scripts' `npm start` on port 3000: a Vite or Next.js React app is not offered it.
    assert.strictEqual(usesReactScripts('{"dependencies": {"react": "^18.3.1", "react-scripts": "5.0.1"}}'), true);
    assert.strictEqual(usesReactScripts('{"devDependencies": {"react-scripts": "5"}}'), true);
    assert.strictEqual(usesReactScripts('{"dependencies": {"react": "18", "vite": "5"}}'), false);
    assert.strictEqual(usesReactScripts('{"dependencies": '), false);
    assert.strictEqual(usesReactScripts('null'), false);
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
