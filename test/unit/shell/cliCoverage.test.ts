// SPDX-License-Identifier: MIT
// Issue 25 acceptance: hovers and completions over the whole CLI table, not samples. Every command name
// has a hover; every flag, in each of its spellings, has a hover that names it and is offered after
// `docker <command> -`.
import * as assert from 'node:assert';
import { completeShell, explainShell } from '../../../src/core/index';
import { cliTables } from '../../../src/core/knowledge/cliAccess';
import type { CliCommandSet } from '../../../src/core/knowledge/cli/cliTables';

const sets: [string, CliCommandSet][] = [['docker', cliTables().docker], ['docker compose', cliTables().compose]];

describe('CLI tables in hovers and completions, over the whole table', () => {
  it('every command, under every name, has a hover with its title', () => {
    const silent: string[] = [];
    for (const [program, set] of sets) {
      for (const [name, key] of set.names) {
        const line = `${program} ${name}`;
        const md = explainShell(line, { line: 0, character: line.length - 1 })?.markdown ?? '';
        if (!md.includes(`\`${set.commands[key].title}\``) || md.length < 60) silent.push(line);
      }
    }
    assert.deepStrictEqual(silent, []);
  });

  it('every flag, in each spelling, has a hover that names it', () => {
    const silent: string[] = [];
    let n = 0;
    for (const [program, set] of sets) {
      for (const [key, doc] of Object.entries(set.commands)) {
        for (const f of doc.flags) {
          for (const name of f.names) {
            const line = `${program} ${key} ${name}${f.value ? ' x' : ''} arg`;
            const at = line.indexOf(` ${name}`) + 1;
            const md = explainShell(line, { line: 0, character: at })?.markdown ?? '';
            n++;
            if (!md.startsWith(`\`${name}`)) silent.push(line);
          }
        }
      }
    }
    assert.ok(n > 800, `${n} spellings`);
    assert.deepStrictEqual(silent, []);
  });

  it('every flag is offered after `docker <command> -`, with its hover as documentation', () => {
    const missing: string[] = [];
    for (const [program, set] of sets) {
      for (const [key, doc] of Object.entries(set.commands)) {
        if (!doc.flags.length) continue;
        const line = `${program} ${key} -`;
        const items = completeShell(line, { line: 0, character: line.length });
        for (const f of doc.flags) {
          for (const name of f.names) {
            const item = items.find(i => i.label === name);
            if (!item || !item.documentation.includes(f.summary.slice(0, 30))) missing.push(`${line} ${name}`);
          }
        }
      }
    }
    assert.deepStrictEqual(missing, []);
  });

  it('offers every command name after `docker ` and `docker compose `, aliases too', () => {
    for (const [program, set] of sets) {
      const labels = completeShell(`${program} `, { line: 0, character: program.length + 1 }).map(i => i.label);
      assert.deepStrictEqual([...set.names.keys()].filter(n => !labels.includes(n)), [], program);
    }
    const docker = completeShell('docker ', { line: 0, character: 7 }).map(i => i.label);
    // Hand-picked from the reference's Aliases lines (container_ls.md, image_ls.md, image_rm.md).
    for (const alias of ['ps', 'container ls', 'container list', 'container ps', 'images', 'image ls', 'image list', 'rmi', 'image rm', 'image remove']) {
      assert.ok(docker.includes(alias), alias);
    }
  });
});
