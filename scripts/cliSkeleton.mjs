// SPDX-License-Identifier: MIT
// Reads ../shared/reference/docker-cli-docs/ and prints the skeleton of the CLI tables: each command under
// its shortest name, the other names it answers to, and each flag's names, type and default. Only names,
// types and defaults come from here; every explanation in src/core/knowledge/cli* is written by hand.
// Usage: node scripts/cliSkeleton.mjs [--json]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('../../shared/reference/docker-cli-docs/', import.meta.url).pathname;

/** The docker pages: aliases and the option table of one `<name>.md`. */
export function readDockerPage(text) {
  const aliases = (/### Aliases\s+([^\n]+)/.exec(text)?.[1] ?? '').match(/`docker ([^`]+)`/g)?.map(a => a.slice(8, -1)) ?? [];
  const options = [];
  const table = /### Options\s+\|[^\n]*\n\|[^\n]*\n((?:\|[^\n]*\n)*)/.exec(text)?.[1] ?? '';
  for (const row of table.split('\n').filter(Boolean)) {
    const cells = row.split(/(?<!\\)\|/).map(c => c.trim());
    const names = cells[1].match(/`(-[^`]+)`/g)?.map(n => n.slice(1, -1)) ?? [];
    options.push({ names, type: cells[2].replace(/`/g, ''), default: cells[3].replace(/`/g, ''), deprecated: /\bdeprecated\b/i.test(cells[4]) });
  }
  return { aliases, options };
}

/** The compose pages: every option of one `docker_compose_<name>.yaml`, with its flags. */
export function readComposeYaml(text) {
  const command = /^command: docker (.+)$/m.exec(text)[1];
  const aliases = (/^aliases: (.+)$/m.exec(text)?.[1] ?? '').split(', ').filter(Boolean).map(a => a.replace(/^docker /, ''));
  const hidden = /^hidden: true$/m.test(text);
  const options = [];
  const block = /^options:\n([\s\S]*?)(?=^\S|$(?![\s\S]))/m.exec(text)?.[1] ?? '';
  for (const opt of block.split(/^ {4}- option: /m).slice(1)) {
    const long = opt.split('\n')[0].trim().replace(/^"|"$/g, '');
    const short = /^ {6}shorthand: (\S+)/m.exec(opt)?.[1]?.replace(/^"|"$/g, '');
    const type = /^ {6}value_type: (\S+)/m.exec(opt)?.[1] ?? '';
    const def = /^ {6}default_value: (.*)$/m.exec(opt)?.[1]?.replace(/^"|"$/g, '') ?? '';
    options.push({ names: [...(short ? ['-' + short] : []), '--' + long], type, default: def,
      deprecated: /^ {6}deprecated: true/m.test(opt), hidden: /^ {6}hidden: true/m.test(opt) });
  }
  return { command, aliases, hidden, options };
}

export function skeleton() {
  const files = readdirSync(dir);
  const docker = new Map();
  for (const file of files.filter(f => f.endsWith('.md') && !f.startsWith('compose') && f !== 'index.md' && f !== 'docker.md')) {
    const name = file.slice(0, -3).replace(/_/g, ' ');
    const page = readDockerPage(readFileSync(join(dir, file), 'utf8'));
    docker.set(name, { file, ...page });
  }
  const compose = new Map();
  for (const file of files.filter(f => /^docker_compose_.+\.yaml$/.test(f))) {
    const page = readComposeYaml(readFileSync(join(dir, file), 'utf8'));
    compose.set(page.command.replace(/^compose /, ''), { file, ...page });
  }
  return { docker, compose };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  const { docker, compose } = skeleton();
  const out = {};
  for (const [name, p] of docker) out[name] = { aliases: p.aliases, flags: p.options.map(o => `${o.names.join(' ')}${o.type && o.type !== 'bool' ? ` <${o.type}>` : ''}${o.default ? ` =${o.default}` : ''}${o.deprecated ? ' DEPRECATED' : ''}`) };
  for (const [name, p] of compose) out['compose ' + name] = { aliases: p.aliases, hidden: p.hidden, flags: p.options.map(o => `${o.names.join(' ')}${o.type && o.type !== 'bool' ? ` <${o.type}>` : ''}${o.default && o.default !== 'false' ? ` =${o.default}` : ''}${o.deprecated ? ' DEPRECATED' : ''}${o.hidden ? ' HIDDEN' : ''}`) };
  console.log(JSON.stringify(out, null, 1));
}
