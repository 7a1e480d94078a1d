// SPDX-License-Identifier: MIT
// Issue 14, point 1: one model per document version, shared. After an edit, a hover, a completion, a
// diagnostics pass, the lenses and the explain view's outline or graph all read the same parse: counted
// here, never timed.
import * as assert from 'assert';
import { completeCompose, completeDockerfile, composeActions, composeDiagnostics, composeGraph, dockerfileActions, dockerfileDiagnostics, dockerfileOutline, explainCompose, explainDockerfile } from '../../../src/core/index';
import { composeParseCount } from '../../../src/core/compose/composeDocument';
import { dockerfileParseCount } from '../../../src/core/dockerfile/model';

const file = { path: '/work/app/Dockerfile', workspaceFolder: '/work' };

describe('one parse per document version, shared by every feature', () => {
  it('a Dockerfile edit is parsed once for hover, completion, diagnostics, lenses and the outline', () => {
    let text = 'FROM python:3.12-slim AS base\nARG PORT=4567\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nEXPOSE ${PORT}\nCMD ["python", "app.py"]\n';
    for (let edit = 0; edit < 3; edit++) {
      text = text.replace('WORKDIR /app', `WORKDIR /app${edit}`);
      const before = dockerfileParseCount();
      explainDockerfile(text, { line: 4, character: 1 });
      completeDockerfile(text, { line: 3, character: 0 });
      dockerfileDiagnostics(text, { file });
      dockerfileActions(text, { ...file, path: `/work/app${edit}/Dockerfile` });
      dockerfileOutline(text);
      explainDockerfile(text, { line: 5, character: 10 });
      assert.strictEqual(dockerfileParseCount() - before, 1, `edit ${edit}: every feature should share one parse`);
    }
  });

  it('a compose edit is parsed once for hover, completion, diagnostics, lenses and the graph', () => {
    let text = 'services:\n  web:\n    build: ./web\n    ports:\n      - "8080:80"\n    depends_on:\n      - db\n  db:\n    image: postgres:16\n    volumes:\n      - db-data:/var/lib/postgresql/data\nvolumes:\n  db-data:\n';
    const compose = { path: '/work/docker-compose.yml', workspaceFolder: '/work' };
    for (let edit = 0; edit < 3; edit++) {
      text = text.replace(/"\d+:80"/, `"${8080 + edit}:80"`);
      const before = composeParseCount();
      explainCompose(text, { line: 3, character: 5 });
      completeCompose(text, { line: 2, character: 4 });
      composeDiagnostics(text, { file: compose });
      composeActions(text, compose);
      composeGraph(text, compose);
      explainCompose(text, { line: 10, character: 9 });
      assert.strictEqual(composeParseCount() - before, 1, `edit ${edit}: every feature should share one parse`);
    }
  });
});
