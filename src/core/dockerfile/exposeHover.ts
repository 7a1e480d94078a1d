// SPDX-License-Identifier: MIT
// EXPOSE: the ports and protocols of a line, and the `docker run -p` and compose `ports:` that
// would publish them. Used by the keyword hover and by a hover on one port.
import type { Instruction } from 'dockerfile-ast';
import { code } from '../render';
import { contains, type Position } from '../text';
import type { DockerfileHit } from './hit';
import { argumentsOf, locate } from './locate';
import type { DockerfileModel } from './model';
import { resolveVariable } from './variables';

/** One EXPOSE argument, read. */
export interface ExposedPort {
  written: string;
  /** `4567` or a range `8000-8010`; undefined when the value is unknown or invalid. */
  port?: string;
  protocol: string;
  problem?: string;
}

/** Reads one argument of EXPOSE; variables are looked up (`${PORT}` from `ARG PORT=4567`). */
export function readPort(model: DockerfileModel, inst: Instruction, written: string): ExposedPort {
  const value = written.replace(/^\$\{?(\w+)(?::-([^}]*))?\}?(.*)$/, (whole, name: string, fallback: string | undefined, rest: string) => {
    const r = resolveVariable(model, name, inst);
    const def = r.env ?? r.arg;
    const v = def?.value ?? (def ? r.global?.value : undefined) ?? fallback;
    return v !== undefined && !v.includes('$') ? v.replace(/^"(.*)"$/, '$1') + rest : whole;
  });
  if (value.includes('$')) return { written, protocol: 'tcp', problem: 'The port comes from a variable with no known value here.' };
  const m = /^(\d+)(?:-(\d+))?(?:\/([A-Za-z]+))?$/.exec(value);
  if (!m) {
    return {
      written, protocol: 'tcp',
      problem: value.includes(':')
        ? `${code(value)} has a host part. \`EXPOSE\` takes only the container port (and protocol); the host side is chosen by \`-p\` when the container runs.`
        : `${code(value)} is not a port: write \`<port>\` or \`<port>/<protocol>\`, such as \`80\` or \`53/udp\`.`,
    };
  }
  const protocol = (m[3] ?? 'tcp');
  const port = m[2] ? `${m[1]}-${m[2]}` : m[1];
  const problem = protocol !== protocol.toLowerCase() ? `Write the protocol in lowercase: \`${port}/${protocol.toLowerCase()}\`.` : undefined;
  return { written, port, protocol: protocol.toLowerCase(), problem };
}

/** The bullets for one port: what it is and how to publish it. */
export function describePort(p: ExposedPort): string[] {
  return describePorts([p]);
}

/**
 * The bullets for the ports of one line, merged: one bullet naming them all, one `-p` example
 * covering them all, then any problem. (One bullet per port repeated the same sentence, issue 11.)
 * ref: buildkit-dockerfile-docs/reference.md#expose (TCP by default; -p publishes)
 */
export function describePorts(ports: readonly ExposedPort[]): string[] {
  const read = ports.filter(p => p.port);
  const facts: string[] = [];
  if (read.length) {
    const protocols = new Set(read.map(p => p.protocol));
    const from = (p: ExposedPort) => p.written !== p.port && p.written !== `${p.port}/${p.protocol}` ? ` (from ${code(p.written)})` : '';
    const plural = read.length > 1 || read[0].port!.includes('-');
    const list = read.map(p => `${code(p.port!)}${protocols.size > 1 ? ` ${p.protocol.toUpperCase()}` : ''}${from(p)}`).join(', ');
    facts.push(`Container port${plural ? 's' : ''} ${list}${protocols.size === 1 ? `, ${[...protocols][0].toUpperCase()}` : ''}.`);
    const mappings = read.map(p => `${p.port}:${p.port}${p.protocol === 'tcp' ? '' : `/${p.protocol}`}`);
    facts.push(`To reach ${plural ? 'them' : 'it'} from your machine: \`docker run ${mappings.map(m => `-p ${m}`).join(' ')} <image>\`, or in compose \`ports: [${mappings.map(m => `"${m}"`).join(', ')}]\`. The first number is the host port; change it freely.`);
  }
  for (const p of ports) {
    if (!p.port) facts.push(p.problem ?? `${code(p.written)} could not be read.`);
    else if (p.problem) facts.push(p.problem);
  }
  return facts;
}

export function explainExposedPort(model: DockerfileModel, pos: Position): DockerfileHit | undefined {
  const at = locate(model, pos);
  if (!at || at.inst.getKeyword() !== 'EXPOSE') return undefined;
  const arg = argumentsOf(at.inst).find(a => contains(a.getRange(), pos));
  if (!arg) return undefined;
  const port = readPort(model, at.inst, arg.getValue());
  return {
    range: arg.getRange(),
    topics: ['instruction:EXPOSE', 'flag:-p'],
    content: {
      title: arg.getValue(),
      tags: ['exposed port', 'documentation only'],
      what: 'A port the program in the container listens on. `EXPOSE` only documents it: your machine cannot reach it until the container runs with `-p` (or compose `ports:`). Containers on the same Docker network reach it either way.',
      inThisLine: [...describePort(port), '`docker run -P` publishes every exposed port on a random high port of the host.'],
      docsUrl: 'https://docs.docker.com/reference/dockerfile/#expose',
    },
  };
}
