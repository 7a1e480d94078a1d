// SPDX-License-Identifier: MIT
// EXPOSE: the ports and protocols of a line, and the `docker run -p` and compose `ports:` that
// would publish them. Used by the keyword hover and by a hover on one port.
import type { Instruction } from 'dockerfile-ast';
import { code } from '../render';
import { contains, type Position } from '../text';
import type { DockerfileHit } from './hit';
import { locate } from './locate';
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
  if (!p.port) return [p.problem ?? `${code(p.written)} could not be read.`];
  const suffix = p.protocol === 'tcp' ? '' : `/${p.protocol}`;
  const mapping = `${p.port}:${p.port}${suffix}`;
  const facts = [
    `Container port${p.port.includes('-') ? 's' : ''} ${code(p.port)}, ${p.protocol.toUpperCase()}${p.written !== p.port && p.written !== `${p.port}/${p.protocol}` ? ` (from ${code(p.written)})` : ''}.`,
    `To reach it from your machine: \`docker run -p ${mapping} <image>\`, or in compose \`ports: ["${mapping}"]\`. The first number is the host port; change it freely.`,
  ];
  if (p.problem) facts.push(p.problem);
  return facts;
}

export function explainExposedPort(model: DockerfileModel, pos: Position): DockerfileHit | undefined {
  const at = locate(model, pos);
  if (!at || at.inst.getKeyword() !== 'EXPOSE') return undefined;
  const arg = at.inst.getArguments().find(a => contains(a.getRange(), pos));
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
