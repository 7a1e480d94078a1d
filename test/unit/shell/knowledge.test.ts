// SPDX-License-Identifier: MIT
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { dockerCommandAliases, dockerCommands, type CliCommandDoc } from '../../../src/core/knowledge/dockerCliCommands';
import { composeCommands, composeGlobalFlags } from '../../../src/core/knowledge/dockerCliCompose';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const all: [string, CliCommandDoc][] = [
  ...Object.entries(dockerCommands).map(([k, d]): [string, CliCommandDoc] => [`docker ${k}`, d]),
  ...Object.entries(composeCommands).map(([k, d]): [string, CliCommandDoc] => [`docker compose ${k}`, d]),
];

describe('docker CLI knowledge', () => {
  it('has every subcommand the issue lists', () => {
    const wanted = ['build', 'run', 'exec', 'ps', 'images', 'rmi', 'rm', 'stop', 'start', 'logs', 'pull', 'push', 'tag',
      'volume ls', 'volume create', 'volume rm', 'volume prune', 'network ls', 'network create', 'network inspect', 'system prune', 'login'];
    assert.deepStrictEqual(Object.keys(dockerCommands).sort(), wanted.sort());
    assert.deepStrictEqual(Object.keys(composeCommands).sort(), ['build', 'config', 'down', 'exec', 'logs', 'ps', 'pull', 'run', 'up']);
    for (const target of Object.values(dockerCommandAliases)) assert.ok(target in dockerCommands, target);
  });

  it('gives each command a title matching its name, an https docs link, and flags without clashing names', () => {
    for (const [name, doc] of all) {
      assert.strictEqual(doc.title, name);
      assert.ok(doc.usage.startsWith(name), `${name} usage`);
      assert.match(doc.docsUrl, /^https:\/\/docs\.docker\.com\//);
      const names = doc.flags.flatMap(f => f.names);
      assert.strictEqual(new Set(names).size, names.length, `${name} has a flag name twice`);
      for (const f of doc.flags) {
        assert.match(f.docsUrl, /^https:\/\/docs\.docker\.com\//, `${name} ${f.names[0]}`);
        for (const n of f.names) assert.ok(!(doc.otherValueOptions ?? []).includes(n), `${name} ${n} is both explained and "other"`);
      }
    }
    for (const f of composeGlobalFlags) assert.ok(f.value, `${f.names[0]} takes a value`);
  });

  it('documents only flags that the CLI reference lists for that command', function () {
    const ref = path.resolve(repoRoot, '..', 'shared', 'reference', 'docker-cli-docs');
    if (!fs.existsSync(ref)) {
      console.log('    (skipped: ../shared/reference is not here)');
      this.skip();
    }
    const pages: Record<string, string> = {
      'docker run': 'container_run.md', 'docker build': 'buildx_build.md', 'docker exec': 'container_exec.md', 'docker ps': 'container_ls.md',
      'docker compose up': 'compose_up.md', 'docker compose down': 'compose_down.md', 'docker compose logs': 'compose_logs.md',
      'docker compose run': 'compose_run.md', 'docker compose exec': 'compose_exec.md',
    };
    for (const [name, page] of Object.entries(pages)) {
      const text = fs.readFileSync(path.join(ref, page), 'utf8');
      const doc = all.find(([n]) => n === name)![1];
      for (const f of doc.flags) for (const n of f.names) assert.ok(text.includes(`\`${n}\``), `${name}: ${n} is not in ${page}`);
    }
    const composePage = fs.readFileSync(path.join(ref, 'compose.md'), 'utf8');
    for (const f of composeGlobalFlags) for (const n of f.names) assert.ok(composePage.includes(`\`${n}\``), n);
  });
});
