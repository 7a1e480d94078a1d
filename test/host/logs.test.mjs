// SPDX-License-Identifier: MIT
// The clean-logs check (scripts/test-host/logs.mjs) on made-up logs in VS Code's format: it must catch
// Docker Coach's errors and unhandled rejections, and let other extensions' noise through.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'mocha';
import { channelProblems, checkRunLogs, hostLogProblems } from '../../scripts/test-host/logs.mjs';

const root = '/home/me/my projects/docker-coach';
const at = (level, text) => `2026-11-29 08:26:09.603 [${level}] ${text}`;

describe('clean-logs check', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dc logs '));
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  it('finds an unhandled rejection whose stack trace entry points into the bundle', () => {
    const log = [
      at('info', 'ExtensionService#_doActivateExtension docker-coach.docker-coach, startup: false'),
      at('error', 'rejected promise not handled within 1 second: Error: boom'),
      at('error', `stack trace: Error: boom\n    at probe (${root}/dist/extension.js:1:200)`),
    ].join('\n');
    const problems = hostLogProblems(log, root);
    assert.equal(problems.length, 1);
    assert.match(problems[0].text, /boom[\s\S]*dist\/extension\.js/);
    assert.equal(problems[0].line, 2);
  });

  it('finds a provider failure named by the extension id, and an activation error', () => {
    const log = [
      at('error', '[docker-coach.docker-coach] provider FAILED'),
      at('error', 'Activating extension docker-coach.docker-coach failed due to an error:'),
    ].join('\n');
    assert.equal(hostLogProblems(log, root).length, 2);
  });

  it('lets through warnings, info and other extensions\' errors', () => {
    const log = [
      at('warning', 'Accessing a resource scoped configuration without providing a resource is not expected.'),
      at('info', 'Docker Coach activated'),
      at('error', '[vscode.github] provider FAILED'),
      at('error', 'rejected promise not handled within 1 second: Error: offline'),
      at('error', 'stack trace: Error: offline\n    at x (/opt/code-server/lib/vscode/extensions/github/dist/extension.js:1:1)'),
    ].join('\n');
    assert.deepEqual(hostLogProblems(log, root), []);
  });

  it('lets through a tree view refresh cancelled while the host shuts down, and only then', () => {
    const cancelled = at('error', 'Unable to refresh tree view dockerCoach.practice: Canceled');
    assert.deepEqual(hostLogProblems([at('info', 'Extension host terminating: received terminate message from renderer'), cancelled].join('\n'), root), []);
    assert.equal(hostLogProblems(cancelled, root).length, 1, 'a cancelled refresh before shutdown is still reported');
  });

  it('counts every error in the Docker Coach channel, with its continuation lines', () => {
    const log = [at('info', 'indexed 2 notes files'), at('error', 'lenses for file:///a/Dockerfile: TypeError: x\n    at y'), at('warning', 'slow')].join('\n');
    assert.deepEqual(channelProblems(log), [{ line: 2, text: 'lenses for file:///a/Dockerfile: TypeError: x\n    at y' }]);
  });

  it('reads a run folder: the host log and the channel under the extension id, and fails when there is no host log', () => {
    const runDir = path.join(work, 'run');
    const exthost = path.join(runDir, 'user-data', 'logs', '20261129T082259', 'exthost1');
    assert.match(checkRunLogs(runDir, root).problems[0].text, /no extension host log/);
    fs.mkdirSync(path.join(exthost, 'docker-coach.docker-coach'), { recursive: true });
    fs.writeFileSync(path.join(exthost, 'remoteexthost.log'), at('info', 'Extension host started\n'));
    fs.writeFileSync(path.join(exthost, 'docker-coach.docker-coach', 'Docker Coach.log'), at('error', 'Indexing notes failed: EACCES\n'));
    const { files, problems } = checkRunLogs(runDir, root);
    assert.equal(files.length, 2);
    assert.deepEqual(problems.map((p) => [path.basename(p.file), p.text]), [['Docker Coach.log', 'Indexing notes failed: EACCES']]);
  });
});
