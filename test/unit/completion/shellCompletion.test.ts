// SPDX-License-Identifier: MIT
// completeShell: docker and docker compose subcommands, and the flags of the subcommand at the cursor.
import * as assert from 'node:assert';
import { completeShell } from '../../../src/core/index';
import { dockerCommands } from '../../../src/core/knowledge/dockerCliCommands';
import { composeCommands } from '../../../src/core/knowledge/dockerCliCompose';
import { cursor, item, labels, offers } from './cursor';

const complete = (...lines: string[]) => {
  const { text, position } = cursor(...lines);
  return completeShell(text, position);
};

describe('completeShell', () => {
  it('offers the docker subcommands after `docker `, with the command hover', () => {
    const items = complete('#!/bin/sh', 'docker |');
    offers(items, ['build', 'run', 'exec', 'ps', 'compose', 'volume ls'], l => l === 'compose' ? 'Compose v2' : dockerCommands[l as keyof typeof dockerCommands].summary);
  });

  it('offers the compose subcommands after `docker compose ` and `docker-compose `', () => {
    offers(complete('docker compose |'), Object.keys(composeCommands));
    offers(complete('docker-compose u|'), ['up']);
  });

  it('offers the flags of the subcommand at the cursor', () => {
    offers(complete('docker run --rm -|'), ['-p', '--publish', '-e', '--name', '-v', '--rm']);
    assert.ok(!labels(complete('docker run -|')).includes('--tag'));
    offers(complete('docker build -|'), ['-t', '--tag', '-f', '--target', '--build-arg']);
    offers(complete('docker compose up -|'), ['-d', '--build']);
    assert.ok(item(complete('docker build -|'), '--tag').documentation.includes('`-t, --tag`'));
  });

  it('offers the second word of a management command', () => {
    offers(complete('docker volume |'), ['ls', 'create', 'rm']);
  });

  it('follows sudo, && and continuation lines', () => {
    offers(complete('cd app && sudo docker |'), ['build']);
    offers(complete('docker build \\', '  -t app \\', '  --|'), ['--file', '--target']);
  });

  it('reads only shell fences in markdown', () => {
    const md = ['# Notes', 'docker ', '```console', '$ docker comp', '```'];
    assert.deepStrictEqual(completeShell(md.join('\n'), { line: 1, character: 7 }, { markdown: true }), []);
    offers(completeShell(md.join('\n'), { line: 3, character: 13 }, { markdown: true }), ['compose']);
  });

  it('offers nothing outside a docker command', () => {
    assert.deepStrictEqual(complete('echo |'), []);
    assert.deepStrictEqual(complete('ls -|'), []);
    assert.deepStrictEqual(completeShell('docker', { line: 3, character: 0 }), []);
  });
});
