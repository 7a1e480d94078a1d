// SPDX-License-Identifier: MIT
// The words of an EXPOSE line split the way BuildKit splits them: `[ip:][hostPort:]port[/proto]`.
import type { Instruction } from 'dockerfile-ast';
import type { DockerfileModel } from '../../../dockerfile/model';
import { argumentTokens, type Token } from '../ranges';
import { unquoted } from './fromParts';

export interface ExposedPort {
  token: Token;
  /** The word as BuildKit reports it (quotes removed). */
  raw: string;
  ip: string;
  hostPort: string;
  /** The protocol as written, empty when there is none; always tcp, udp or sctp in any case. */
  proto: string;
  /** Offset of the protocol in the model text (valid when `proto` is not empty). */
  protoStart: number;
}

/** The ports of an EXPOSE that BuildKit would accept; words with variables or an unknown protocol are left out. */
export function exposedPorts(model: DockerfileModel, inst: Instruction): ExposedPort[] {
  const out: ExposedPort[] = [];
  for (const token of argumentTokens(model, inst)) {
    if (token.text.includes('$')) continue;
    const raw = unquoted(token.text);
    const parts = raw.split(':');
    const container = parts[parts.length - 1];
    const hostPort = parts.length >= 2 ? parts[parts.length - 2] : '';
    const ip = parts.length >= 3 ? parts.slice(0, -2).join(':') : '';
    const slash = container.indexOf('/');
    const port = slash < 0 ? container : container.slice(0, slash);
    const proto = slash < 0 ? '' : container.slice(slash + 1);
    if (!port || (proto && !/^(tcp|udp|sctp)$/i.test(proto))) continue;
    const quoteShift = token.text === raw ? 0 : 1;
    out.push({ token, raw, ip, hostPort, proto, protoStart: token.start + quoteShift + raw.length - proto.length });
  }
  return out;
}
