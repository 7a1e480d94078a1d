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

describe('completeShell: values of flags with a known set (issue 25)', () => {
  // Values from docker-cli-docs: container_run.md#restart (no, on-failure, always, unless-stopped),
  // #pull (missing, always, never), #log-driver, network drivers (bridge, host, none), buildx_build.md#progress.
  it('offers restart policies, pull policies, networks and log drivers after the flag, and after --flag=', () => {
    offers(complete('docker run --restart |'), ['no', 'on-failure', 'always', 'unless-stopped']);
    offers(complete('docker run --pull |'), ['missing', 'always', 'never']);
    offers(complete('docker run --network |'), ['bridge', 'host', 'none']);
    offers(complete('docker run --log-driver |'), ['json-file', 'local', 'none', 'journald', 'syslog']);
    offers(complete('docker run --restart=|'), ['unless-stopped']);
    offers(complete('docker build --progress |'), ['auto', 'plain', 'tty']);
    offers(complete('docker compose up --pull |'), ['policy', 'always', 'missing', 'never']);
  });

  it('offers platforms, format templates, mount keys and filter keys for the command at hand', () => {
    offers(complete('docker run --platform |'), ['linux/amd64', 'linux/arm64']);
    offers(complete('docker ps --format |'), ['json', 'table', '{{.Names}}']);
    offers(complete('docker ps --filter |'), ['status=exited', 'name=', 'ancestor=']);
    offers(complete('docker images --filter |'), ['dangling=true', 'reference=']);
    offers(complete('docker run --mount |'), ['type=bind,source=./,target=/app', 'readonly']);
    // A flag without a known set offers nothing rather than guesses.
    assert.deepStrictEqual(complete('docker run --name |'), []);
  });

  it('offers the flags of docker itself before a command, and every alias of a command', () => {
    offers(complete('docker --|'), ['--context', '--host', '--debug']);
    offers(complete('docker container |'), ['run', 'ls', 'list', 'ps', 'inspect', 'prune']);
    offers(complete('docker compose bridge |'), ['convert', 'transformations']);
  });
});

describe('completeShell: Makefile recipes', () => {
  it('reads `@docker` and `-docker` at the start of a recipe line as docker', () => {
    offers(complete('logs:', '\t@docker logs --|'), ['--tail', '--follow']);
    offers(complete('clean:', '\t-docker compose down --|'), ['--volumes', '--rmi']);
  });
});
