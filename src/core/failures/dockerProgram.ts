// SPDX-License-Identifier: MIT
// Which program a terminal command line runs: docker, docker-compose or podman, after `sudo`, `env` and
// `VAR=value` prefixes. The terminal coach asks this of every command from the window's start, so this file
// stays apart from the rest of the failure reading (commandContext.ts), whose docker command tables load only
// when a docker command has failed (issue 29: what activation loads is budgeted).
import { simpleCommands, type Word } from '../shell/words';
import type { DockerProgram } from './types';

/** Only the end of a long output is read: errors come last, and a runaway build log must not cost time. */
export const maxOutputChars = 64 * 1024;
const maxCommandChars = 8 * 1024;

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
const PREFIXES = new Set(['sudo', 'env', 'command', 'exec', 'time', 'nohup', 'doas']);

/**
 * The words of the first simple command in `commandLine` that runs docker, docker-compose or podman, and the
 * folders a `cd` before it on the same line moved to (`cd backend-flask; docker build .` builds there).
 */
export function dockerWords(commandLine: string): { words: Word[]; at: number; program: DockerProgram; cds: string[] } | undefined {
  const cds: string[] = [];
  for (const words of simpleCommands(commandLine.slice(0, maxCommandChars))) {
    if (words[0]?.value === 'cd') { cds.push(words[1]?.value ?? '~'); continue; }
    let i = 0;
    while (i < words.length && (PREFIXES.has(words[i].value) || ASSIGNMENT.test(words[i].value) || (i > 0 && words[i].value.startsWith('-') && PREFIXES.has(words[0].value)))) i++;
    const program = words[i]?.value.replace(/^.*[\\/]/, '').replace(/\.exe$/i, '');
    if (program === 'docker' || program === 'docker-compose' || program === 'podman') return { words, at: i, program, cds };
  }
  return undefined;
}

/** Which of docker, docker-compose or podman `commandLine` runs, after `sudo` and `VAR=value` prefixes; undefined for anything else. */
export function dockerProgramOf(commandLine: string): DockerProgram | undefined {
  if (typeof commandLine !== 'string') return undefined;
  return dockerWords(commandLine)?.program;
}
