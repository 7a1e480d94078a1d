// SPDX-License-Identifier: MIT
// Failures of Compose: a compose file that is not valid YAML, a reference to a service, network or volume
// that is not declared, and the two Compose programs mixed up (v1 `docker-compose`, v2 `docker compose`).
import * as path from 'path';
import { composeInstallAdvice } from '../../knowledge/composeInstall';
import { code } from '../../render';
import type { CommandContext, FailureKind } from '../types';
import { composeFix, dockerFix, fixAction, validService } from '../fixes';
import { composeFileOf, fileAt, serviceLocation } from '../locate';
import type { Action } from '../../types';

const composeDocs = 'https://docs.docker.com/reference/compose-file/';

/** `docker compose config --services` (or the docker-compose spelling), which lists the declared services. */
function listServices(ctx: CommandContext): Action | undefined {
  return composeFix(ctx, 'listServices', 'List the services', ['config', '--services']);
}

export const composeYamlError: FailureKind = {
  code: 'ComposeYamlError',
  title: 'The compose file is not valid YAML',
  patterns: [
    // Compose v2 (compose-go, through go-yaml): "yaml: line 7: mapping values are not allowed in this context"
    /yaml: line (\d+): ([^\n]+)/,
    // Compose v1 (PyYAML): "mapping values are not allowed here\n  in "./docker-compose.yml", line 7, column 12".
    // The message is read from its line's first lower-case letter, each line tried once: a 64 KB line of output
    // had every letter in it tried, each read to the line's end (seconds).
    /^[^a-z\n]*([a-z][^\n]*)\n\s+in "([^"]+)", line (\d+), column \d+/m,
  ],
  commands: ['compose'],
  docsUrl: composeDocs,
  topics: ['command:docker compose'],
  explain(ctx, m) {
    const v1 = m.length > 3 && m[3] !== undefined;
    const line = Number(v1 ? m[3] : m[1]) - 1;
    // PyYAML names its exception class first (`yaml.scanner.ScannerError: ...`): the words after it are the message.
    const message = (v1 ? m[1] : m[2]).replace(/^(?:ERROR: )?[\w.]*Error: /, '').trim();
    const named = v1 ? m[2] : /(?:parsing|reading|loading) ([^\s:]+\.ya?ml)/.exec(ctx.output)?.[1];
    const file = (named && fileAt(ctx, path.isAbsolute(named) ? named : ctx.cwd ? path.join(ctx.cwd, named) : undefined)) || composeFileOf(ctx);
    return {
      what: `Compose could not read the compose file: line ${line + 1} is not valid YAML (${message}).`,
      why: [
        'YAML nests by indentation with spaces (never tabs); each key ends with `:` and a space. A missing space after `:`, a tab, or a line indented one step off breaks the file.',
        'The line given is where the reader gave up; the mistake is often on the line just above.',
      ],
      todo: ['Fix the indentation or the `:` near that line, then run the command again. The editor marks the spot too.'],
      location: file ? { path: file.path, line } : undefined,
    };
  },
};

export const composeUndefinedReference: FailureKind = {
  code: 'ComposeUndefinedReference',
  title: 'Compose file names something it does not declare',
  patterns: [
    // compose-go loader: service "web" depends on undefined service "db": invalid compose project
    /service "([^"]+)" depends on undefined service "?([^":\s]+)"?/,
    // compose-go loader: service "web" refers to undefined network backend: invalid compose project
    /service "([^"]+)" refers to undefined (network|volume|config|secret) "?([^":\s]+)"?/,
    // Compose v2: "no such service: wbe"
    /no such service: (\S+)/,
  ],
  commands: ['compose'],
  docsUrl: composeDocs,
  topics: ['key:depends_on', 'key:networks', 'key:volumes'],
  explain(ctx, m) {
    if (m[0].startsWith('no such service')) {
      return {
        title: `No service ${m[1]} in the compose file`,
        what: `The compose file declares no service called ${code(m[1])}.`,
        why: ['Compose commands take the names of the keys under `services:` (such as `web` or `db`), not container or image names.'],
        todo: ['List the declared names and use one of them.'],
        fixes: [listServices(ctx)],
      };
    }
    const service = m[1];
    const kind = m[0].includes('depends on') ? 'service' : m[2];
    const missing = m[0].includes('depends on') ? m[2] : m[3];
    const where = kind === 'service' ? '`services:`' : `the top-level \`${kind}s:\``;
    return {
      what: `Service ${code(service)} uses the ${kind} ${code(missing)}, which the compose file does not declare.`,
      why: [`Every ${kind} a service names must be declared under ${where}. Compose checks the whole file first, so nothing started.`, 'It is often a typo, or a name defined in another compose file that was not passed with `-f`.'],
      todo: [`Fix the name under ${code(service)}, or declare ${code(missing)} under ${where}.`],
      location: validService(service) ? serviceLocation(composeFileOf(ctx), service) : undefined,
      fixes: [listServices(ctx)],
    };
  },
};

export const composeVersionMismatch: FailureKind = {
  code: 'ComposeVersionMismatch',
  title: 'This Compose is not installed',
  patterns: [
    // Shells: bash "docker-compose: command not found", dash "docker-compose: not found", zsh "command not found: docker-compose",
    // fish "Unknown command: docker-compose", PowerShell "The term 'docker-compose' is not recognized"
    /docker-compose: (?:command )?not found|command not found: docker-compose|Unknown command: docker-compose|'docker-compose' is not recognized/,
    // docker/cli 28: "docker: unknown command: docker compose"; older: "docker: 'compose' is not a docker command."
    /unknown command: docker compose|'compose' is not a docker command/,
    // Without the plugin, docker reads `up -d`'s -d as its own flag: "unknown shorthand flag: 'd' in -d" then docker's usage.
    /unknown (?:shorthand )?flag: [^\n]*\n+Usage:\s+docker \[OPTIONS\] COMMAND/,
  ],
  commands: ['compose'],
  docsUrl: 'https://docs.docker.com/compose/releases/migrate/',
  topics: ['command:docker compose'],
  explain(ctx) {
    const v1 = ctx.program === 'docker-compose';
    const rest = ctx.argv.slice(ctx.programAt + (v1 ? 1 : 2));
    const otherProgram = v1 ? 'docker compose' : 'docker-compose';
    const versions = '`docker-compose` with a dash is Compose v1, a separate program that is no longer maintained. `docker compose` with a space is Compose v2, a plugin of the `docker` command. Both read the same compose file.';
    // The adapter asked the machine: with neither program there, a fix running the other would only fail the same way.
    if (ctx.composeFound === 'none') {
      return {
        title: 'Compose is not installed',
        what: 'Neither `docker compose` (v2) nor `docker-compose` (v1) is installed here, so no compose command can run.',
        why: [versions],
        todo: [composeInstallAdvice(ctx.platform).replace(/"([^"]+)"/g, '`$1`'), 'Docker Coach checks again when the window gets focus back, or after a command that mentions compose.'],
        fixes: [],
      };
    }
    const otherAnswers = ctx.composeFound === undefined || ctx.composeFound === otherProgram;
    const other = v1 ? dockerFix(ctx, 'composeV2', 'Use docker compose', ['compose', ...rest]) : fixAction(ctx, 'composeV1', 'Use docker-compose', [...ctx.argv.slice(0, ctx.programAt), 'docker-compose', ...rest]);
    return {
      title: v1 ? 'docker-compose (v1) is not installed' : 'The docker compose plugin (v2) is not installed',
      what: v1 ? '`docker-compose`, with a dash, is not installed here.' : '`docker compose`, with a space, is not available: this docker has no Compose plugin.',
      why: [
        versions,
        v1 ? 'Current Docker installs (Docker Desktop, the `docker-compose-plugin` package) only bring v2, so tutorials written for v1 fail here.' : 'Some Linux installs have only the old v1 program, or no Compose at all.',
      ],
      todo: [ctx.composeFound === otherProgram
        ? `Write ${code(otherProgram)} instead: that one is installed here.`
        : v1 ? 'Write `docker compose` (a space) instead.' : 'Use `docker-compose` if that is installed, or install the Compose plugin (`docker-compose-plugin` on Debian and Ubuntu from Docker\'s repository, `docker-compose-v2` from Ubuntu\'s).'],
      fixes: ctx.literal && otherAnswers ? [other] : [],
    };
  },
};
