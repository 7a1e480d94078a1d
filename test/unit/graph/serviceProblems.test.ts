// SPDX-License-Identifier: MIT
// The diagram's warning on a service whose build folder has no Dockerfile (issue 24, C4): it comes from the
// same MissingPath Problem the editor shows, on the service that owns the `build:` line, and nowhere else.
import * as assert from 'assert';
import { composeDiagnostics, composeGraph, markServiceProblems, type PathKind } from '../../../src/core/index';

const file = { path: '/proj/compose.yaml' };
const text = 'services:\n  api:\n    build: ./api\n  web:\n    build:\n      context: ./web\n    image: web:dev\n';
const paths = new Map<string, PathKind>([['/proj/api', 'directory'], ['/proj/api/Dockerfile', 'file'], ['/proj/api/dockerfile', 'missing'],
  ['/proj/web', 'directory'], ['/proj/web/Dockerfile', 'missing'], ['/proj/web/dockerfile', 'missing']]);

describe('markServiceProblems', () => {
  it('warns on the service whose build folder has no Dockerfile', () => {
    const problems = composeDiagnostics(text, { file, paths });
    const graph = markServiceProblems(composeGraph(text, file), problems);
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    assert.deepStrictEqual(byId.get('service:web')?.warnings, ['no Dockerfile in its build folder']);
    assert.strictEqual(byId.get('service:api')?.warnings, undefined);
  });

  it('leaves the graph as it is without such a problem', () => {
    const graph = composeGraph(text, file);
    assert.strictEqual(markServiceProblems(graph, composeDiagnostics(text, { file })), graph);
  });
});
