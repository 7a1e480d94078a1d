// SPDX-License-Identifier: MIT
// Practice reads the workspace's Dockerfiles through the one cached parse the hovers and checks share, and
// never parses a file past the size limit (the hostile-input suite found a 5 MB Dockerfile parsed whole here).
import * as assert from 'assert';
import { exercises } from '../../../src/core/practice/exercises';
import { dockerfileModel, dockerfileParseCount } from '../../../src/core/dockerfile/model';
import { defaultMaxFileChars } from '../../../src/core/largeFile';

describe('practice: reading the workspace', () => {
  it('takes the port from the Dockerfile the hovers already parsed, without parsing it again', () => {
    const text = 'FROM python:3.12-slim\nWORKDIR /backend-flask\nEXPOSE 4567\nCMD ["python", "app.py"]\n';
    dockerfileModel(text);
    const parses = dockerfileParseCount();
    const list = exercises({ files: [{ path: 'backend-flask/Dockerfile', text }] });
    assert.strictEqual(dockerfileParseCount(), parses, 'the Dockerfile was parsed a second time');
    // The publish exercise names the port EXPOSE gives: 4567.
    assert.ok(list.some((e) => /4567/.test(e.goal)), list.map((e) => e.goal).join('\n'));
  });

  it('does not parse a Dockerfile past the size limit, and falls back to the notes\' names', () => {
    const text = 'FROM alpine\nEXPOSE 9999\nRUN echo ' + 'a'.repeat(defaultMaxFileChars) + '\n';
    const parses = dockerfileParseCount();
    const list = exercises({ files: [{ path: 'backend-flask/Dockerfile', text }] });
    assert.strictEqual(dockerfileParseCount(), parses, 'a file past the limit was parsed');
    assert.ok(list.length > 0 && !list.some((e) => /9999/.test(e.goal)), 'a port was read from a file past the limit');
  });
});
