// SPDX-License-Identifier: MIT
// The Explain view's model in one call (explainFileModel): the same diagram, problems and walk-through the view
// put together from the core's parts before, what lies beside the file read through the disk it is given, and
// the diagram left out past the node limit. The worker thread answers with this call for large files
// (test/unit/server/checkWorker.test.ts).
import * as assert from 'assert';
import { composeDiagnostics, composeGraph, composeWalkthrough, dockerfileOutline, explainFileModel, markServiceProblems, type DiskReader, type PathKind } from '../../../src/core/index';

const file = { path: '/proj/compose.yaml', workspaceFolder: '/proj' };
const compose = 'services:\n  api:\n    build: ./api\n  web:\n    build:\n      context: ./web\n    image: web:dev\n    depends_on: [api]\n';
const kinds: Record<string, PathKind> = { '/proj/api': 'directory', '/proj/api/Dockerfile': 'file', '/proj/web': 'directory' };
/** A disk with the api folder's Dockerfile and a web folder without one; it records what was asked. */
function diskWith(asked: string[]): DiskReader {
  return {
    readText: async (p) => { asked.push(p); return undefined; },
    kindOf: async (p) => { asked.push(p); return kinds[p] ?? 'missing'; },
  };
}

describe('explainFileModel', () => {
  it('a compose file: the diagram with its problems marked, and the walk-through, from what the disk holds', async () => {
    const asked: string[] = [];
    const model = await explainFileModel('compose', compose, file, diskWith(asked), { maxNodes: 100 });
    assert.ok(asked.includes('/proj/web'), `the disk was asked about the build folders: ${asked.join(', ')}`);
    const paths = new Map(Object.entries(kinds));
    for (const p of asked) if (!paths.has(p) && p !== '/proj/.env') paths.set(p, 'missing');
    const problems = composeDiagnostics(compose, { file, paths });
    const graph = markServiceProblems(composeGraph(compose, file), problems);
    assert.deepStrictEqual(model, { type: 'compose', graph, walk: composeWalkthrough(graph, { problems }), overLimit: undefined, tooLarge: undefined });
    assert.ok(graph.nodes.some((n) => n.warnings?.includes('no Dockerfile in its build folder')), 'the missing Dockerfile shows on its service');
  });

  it('leaves the diagram out past the node limit, and says why', async () => {
    const model = await explainFileModel('compose', compose, file, diskWith([]), { maxNodes: 1 });
    assert.match(model.overLimit ?? '', /more than the limit of 1 \(setting dockerCoach\.explain\.maxNodes\)/);
  });

  it('a Dockerfile: its stages, and whether it is past the size limit', async () => {
    const dockerfile = 'FROM node:22 AS build\nRUN npm ci\nFROM nginx:1.27\nCOPY --from=build /app /usr/share/nginx/html\n';
    const model = await explainFileModel('dockerfile', dockerfile, { path: '/proj/Dockerfile' }, diskWith([]), { maxNodes: 10 });
    assert.deepStrictEqual(model, { type: 'dockerfile', stages: dockerfileOutline(dockerfile), overLimit: undefined, tooLarge: false });
    const past = await explainFileModel('dockerfile', dockerfile, { path: '/proj/Dockerfile' }, diskWith([]), { maxNodes: 10, maxFileChars: 10 });
    assert.deepStrictEqual(past, { type: 'dockerfile', stages: [], overLimit: undefined, tooLarge: true });
  });

  it('reads nothing beside a compose file past the size limit', async () => {
    const asked: string[] = [];
    const model = await explainFileModel('compose', compose, file, diskWith(asked), { maxNodes: 100, maxFileChars: 10 });
    assert.deepStrictEqual(asked, []);
    assert.strictEqual(model.type === 'compose' && model.tooLarge, true);
  });
});
