// SPDX-License-Identifier: MIT
// InvalidAddress: the IP addresses, subnets and MAC addresses of a compose file are read with Go's parsers
// when Compose creates the networks and containers; a value they cannot read stops it there.
// Source: docker/compose pkg/compose/create.go ("invalid DNS address", "invalid IPv4 address", "invalid IPv6
// address", "invalid subnet", "invalid ip-range", "invalid gateway address", "invalid MAC address"), which use
// Go's netip.ParseAddr, netip.ParsePrefix and net.ParseMAC.
import type { Node } from 'yaml';
import type { ComposeRule } from '../../types';
import { sectionEntries } from '../../../compose/composeDocument';
import { isGoIp } from '../goParsers';
import { itemsOf, literalString, nodeRange, pairsOf, services, setting } from '../nodes';

type Kind = 'ip' | 'prefix' | 'mac';

/** netip.ParseAddr: an IPv4 or IPv6 address; IPv6 may carry a `%zone`. */
function isAddr(s: string): boolean {
  const zone = s.indexOf('%');
  return zone < 0 ? isGoIp(s) : s.includes(':') && zone < s.length - 1 && isGoIp(s.slice(0, zone));
}

/** netip.ParsePrefix: an address without a zone, `/`, and a bit count without leading zeros within its size. */
function isPrefix(s: string): boolean {
  const [addr, bits, ...rest] = s.split('/');
  if (rest.length || bits === undefined || !/^(0|[1-9]\d*)$/.test(bits) || !isGoIp(addr)) return false;
  return Number(bits) <= (addr.includes(':') ? 128 : 32);
}

/** net.ParseMAC: 6, 8 or 20 octets as pairs of hex digits split by `:` or `-`, or groups of four split by `.`. */
function isMac(s: string): boolean {
  const octets = (n: number) => n === 6 || n === 8 || n === 20;
  for (const sep of [':', '-']) {
    const parts = s.split(sep);
    if (parts.length > 1 && octets(parts.length) && parts.every(p => /^[0-9A-Fa-f]{2}$/.test(p))) return true;
  }
  const groups = s.split('.');
  return octets(groups.length * 2) && groups.every(g => /^[0-9A-Fa-f]{4}$/.test(g));
}

const valid: Record<Kind, (s: string) => boolean> = { ip: isAddr, prefix: isPrefix, mac: isMac };

export const invalidAddress: ComposeRule = {
  code: 'InvalidAddress',
  source: 'coach',
  severity: 'error',
  title: 'Address Compose cannot read',
  why: '`dns`, `ipv4_address`, `ipv6_address`, a network\'s `subnet`, `ip_range` and `gateway`, and `mac_address` are read as addresses when Compose creates the network or the container. A host name, a missing `/24`, or a typo stops it there.',
  fix: 'Write a plain IP address (`172.20.0.5`), a subnet with its size (`172.20.0.0/16`), or a MAC address (`02:42:ac:11:00:02`).',
  docsUrl: 'https://docs.docker.com/reference/compose-file/services/#ipv4_address-ipv6_address',
  reference: 'compose-spec-docs/05-services.md',
  rejectedBy: 'docker/compose:pkg/compose/create.go',
  check({ model }, report) {
    const checkOne = (node: Node | undefined, kind: Kind, what: string): void => {
      const text = literalString(node);
      const range = text !== undefined && text !== '' && !valid[kind](text) ? nodeRange(model, node!) : undefined;
      if (range) report({ range, message: `Compose cannot read \`${text}\` as ${kind === 'prefix' ? 'a subnet (an address, `/`, and a size such as `/16`)' : kind === 'mac' ? 'a MAC address' : 'an IP address'} ("${what}").` });
    };
    for (const svc of services(model)) {
      const dns = setting(model, svc, 'dns');
      for (const node of literalString(dns) !== undefined ? [dns] : itemsOf(model, dns)) checkOne(node, 'ip', 'invalid DNS address');
      checkOne(setting(model, svc, 'mac_address'), 'mac', 'invalid MAC address');
      for (const net of pairsOf(model, setting(model, svc, 'networks'))) {
        const body = net.value as Node | undefined;
        checkOne(setting(model, body, 'ipv4_address'), 'ip', 'invalid IPv4 address');
        checkOne(setting(model, body, 'ipv6_address'), 'ip', 'invalid IPv6 address');
        checkOne(setting(model, body, 'mac_address'), 'mac', 'invalid MAC address');
      }
    }
    for (const [, pair] of sectionEntries(model, 'networks')) {
      for (const pool of itemsOf(model, setting(model, setting(model, pair.value as Node, 'ipam'), 'config'))) {
        checkOne(setting(model, pool, 'subnet'), 'prefix', 'invalid subnet');
        checkOne(setting(model, pool, 'ip_range'), 'prefix', 'invalid ip-range');
        checkOne(setting(model, pool, 'gateway'), 'ip', 'invalid gateway address');
      }
    }
  },
};
