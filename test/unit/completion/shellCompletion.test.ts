// SPDX-License-Identifier: MIT
// completeShell: docker and docker compose subcommands, and the flags of the subcommand at the cursor.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { completeShell } from '../../../src/core/index';
import { cursor, item, labels, offers } from './cursor';
import { referenceFile } from '../referenceDocs';
import { needOrSkip } from '../../needs';

const complete = (...lines: string[]) => {
  const { text, position } = cursor(...lines);
  return completeShell(text, position);
};

const composeFirstMonth = ['up', 'down', 'build', 'logs', 'exec', 'ps', 'run', 'config', 'pull'];

describe('completeShell', () => {
  it('the compose subcommands offered are ones the Docker CLI reference lists', function () {
    const doc = referenceFile(path.resolve(__dirname, '..', '..', '..', '..'), 'docker-cli-docs', 'compose.md');
    needOrSkip(this, 'compose subcommands against the CLI reference', doc ? undefined : '../shared/reference/docker-cli-docs/compose.md is missing');
    const listed = [...fs.readFileSync(doc!, 'utf8').matchAll(/^\| \[`([a-z-]+)`\]/gm)].map(m => m[1]);
    assert.ok(listed.length >= 20, `only ${listed.length} subcommands read from compose.md`);
    // Commands under a group (`alpha dry-run`, `bridge transformations list`) have a page each: compose_alpha_dry-run.md.
    // Every name a command answers to, from the `command:` and `aliases:` lines of each docker_compose_*.yaml.
    for (const f of fs.readdirSync(path.dirname(doc!)).filter(n => /^docker_compose_.+\.yaml$/.test(n))) {
      const yaml = fs.readFileSync(path.join(path.dirname(doc!), f), 'utf8');
      const names = [/^command: (.+)$/m.exec(yaml)?.[1] ?? '', ...(/^aliases: (.+)$/m.exec(yaml)?.[1].split(',') ?? [])];
      listed.push(...names.map(n => n.trim().replace(/^docker compose /, '')).filter(Boolean));
    }
    assert.deepStrictEqual(composeFirstMonth.filter(c => !listed.includes(c)), []);
    assert.deepStrictEqual(labels(complete('docker compose |')).filter(c => !listed.includes(c)), [], 'an offered subcommand the CLI does not have');
  });

  it('finds a command of several words after thousands of other words, reading only the words that can name one', () => {
    // `container ls` names a command; the words after it are its arguments, however many.
    const line = `docker container ls ${'a '.repeat(30000)}--`;
    const items = completeShell(line, { line: 0, character: line.length });
    assert.ok(labels(items).includes('--all'), labels(items).slice(0, 10).join(', '));
    // Three words, each shorter run a group: `bridge`, `bridge transformations`.
    assert.ok(labels(complete(`docker compose bridge transformations list ${'x '.repeat(2000)}--|`)).includes('--quiet'));
  });

  it('offers the docker subcommands after `docker `, with the command hover', () => {
    const items = complete('#!/bin/sh', 'docker |');
    // What each command does, in phrases written here (not read from the table the completer uses).
    const says: Record<string, RegExp> = {
      build: /image from a Dockerfile/, run: /new container/, exec: /inside a container that is already running/,
      ps: /Lists containers/, compose: /Compose v2/, 'volume ls': /Lists the volumes/,
    };
    offers(items, Object.keys(says));
    for (const [label, phrase] of Object.entries(says)) assert.match(item(items, label).documentation, phrase, label);
  });

  it('offers the compose subcommands after `docker compose ` and `docker-compose `', () => {
    // The first-month subset, written out; each is a real subcommand in the CLI reference (test below).
    offers(complete('docker compose |'), composeFirstMonth);
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
  it('offers the compose networks after `--network ` and `--network=`, after the fixed ones', () => {
    // The names as Compose would make them for a file `myapp/compose.yaml` with `networks: back:` (written by hand).
    const composeNetworks = [{ name: 'myapp_back', detail: 'from compose.yaml, project myapp' }, { name: 'myapp_default', detail: 'from compose.yaml, project myapp (default network)' }];
    let asked = 0;
    const withNetworks = (...lines: string[]) => {
      const { text, position } = cursor(...lines);
      return completeShell(text, position, { markdown: lines[0].startsWith('```'), composeNetworks: () => { asked++; return composeNetworks; } });
    };
    assert.deepStrictEqual(labels(withNetworks('docker run -d --network |')), ['bridge', 'host', 'none', 'container:', 'myapp_back', 'myapp_default']);
    const eq = withNetworks('docker run --network=my|');
    assert.ok(labels(eq).includes('myapp_back'));
    assert.deepStrictEqual(item(eq, 'myapp_back').range, { start: { line: 0, character: 21 }, end: { line: 0, character: 23 } });
    assert.strictEqual(item(eq, 'myapp_back').detail, 'from compose.yaml, project myapp');
    assert.deepStrictEqual(labels(withNetworks('docker run --net |')), ['myapp_back', 'myapp_default']);
    assert.deepStrictEqual(labels(withNetworks('docker network connect |')), ['myapp_back', 'myapp_default']);
    assert.deepStrictEqual(labels(withNetworks('```sh', '$ docker network rm myapp_back |', '```')), ['myapp_back', 'myapp_default']);
    const before = asked;
    assert.ok(labels(withNetworks('docker run --restart |')).includes('always'));
    assert.strictEqual(asked, before, 'the compose files are read only for a network value');
  });
});

describe('completeShell: Makefile recipes', () => {
  it('reads `@docker` and `-docker` at the start of a recipe line as docker', () => {
    offers(complete('logs:', '\t@docker logs --|'), ['--tail', '--follow']);
    offers(complete('clean:', '\t-docker compose down --|'), ['--volumes', '--rmi']);
  });
});
