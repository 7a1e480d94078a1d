// SPDX-License-Identifier: MIT
import * as assert from 'assert';
import { explainCompose } from '../../../src/core/compose/hover';
import { parsePort } from '../../../src/core/compose/ports';
import { range } from '../../../src/core/text';
import { at, hoverAt, joinLines } from './helpers';

const file = joinLines(
  'services:',
  '  web:',
  '    image: nginx',
  '    ports:',
  '      - "4567:4567"',
  '      - "127.0.0.1:8080:80"',
  '      - "3000"',
  '      - "8000-8010:8000-8010"',
  '      - "53:53/udp"',
  '      - "9000-9100:80"',
  '      - 5000',
  '      - target: 80',
  '        published: "8081"',
  '        host_ip: 127.0.0.1',
  '        protocol: tcp',
  '        mode: host',
);

describe('compose ports', () => {
  it('splits short syntax into interface, host port, container port and protocol', () => {
    assert.deepStrictEqual(parsePort('127.0.0.1:8080:80'), { hostIp: '127.0.0.1', host: '8080', container: '80', protocol: undefined });
    assert.deepStrictEqual(parsePort('[::1]:6001:6001'), { hostIp: '::1', host: '6001', container: '6001', protocol: undefined });
    assert.deepStrictEqual(parsePort('53:53/udp'), { hostIp: undefined, host: '53', container: '53', protocol: 'udp' });
    assert.deepStrictEqual(parsePort('3000'), { hostIp: undefined, host: undefined, container: '3000', protocol: undefined });
    assert.deepStrictEqual(parsePort('${IP:-0.0.0.0}:${P:-80}:80'), { hostIp: '${IP:-0.0.0.0}', host: '${P:-80}', container: '80', protocol: undefined });
  });

  it('says which host port goes to which container port, on all interfaces', () => {
    const h = explainCompose(file, at(file, '4567:4567', 2)); // inside the first mapping
    assert.ok(h);
    assert.deepStrictEqual(h.range, range(4, 8, 4, 19)); // the quoted scalar
    assert.match(h.markdown, /host port `4567` on every network interface of your machine go to container port `4567`/);
    assert.match(h.markdown, /port 4567/);
  });

  it('names the interface when a host IP is given', () => {
    const md = hoverAt(file, '127.0.0.1:8080:80', 3);
    assert.match(md, /host port `8080` on `127\.0\.0\.1` only/);
    assert.match(md, /container port `80`/);
  });

  it('explains that a bare container port gets a random host port', () => {
    assert.match(hoverAt(file, '"3000"', 1), /container port `3000` on a random free host port/);
    assert.match(hoverAt(file, '- 5000', 2), /container port `5000` on a random free host port/);
  });

  it('explains ranges, one-to-one and pick-one', () => {
    assert.match(hoverAt(file, '8000-8010:8000-8010', 1), /Host ports 8000–8010 .* one-to-one to container ports 8000–8010/);
    assert.match(hoverAt(file, '9000-9100:80', 1), /picks one free host port between 9000 and 9100/);
  });

  it('flags UDP', () => {
    assert.match(hoverAt(file, '53:53/udp', 1), /UDP only/);
  });

  it('reads the long syntax as a whole mapping from any of its fields', () => {
    const md = hoverAt(file, 'published: "8081"', 13);
    assert.match(md, /Connections to host port `8081` on `127\.0\.0\.1` only/);
    assert.match(md, /container port `80`/);
    assert.match(hoverAt(file, 'target: 80', 0), /The port inside the container/);
    assert.match(hoverAt(file, 'mode: host', 7), /Open the port directly on each node/);
  });

  it('explains variables in a mapping', () => {
    const t = joinLines('services:', '  a:', '    ports:', '      - "${WEB_PORT:-8080}:80"');
    const md = hoverAt(t, 'WEB_PORT', 0);
    assert.match(md, /container port `80`/);
    assert.match(md, /or `8080` if it is unset or empty/);
    assert.doesNotMatch(md, /does not look like a port/);
  });

  it('warns about mismatched ranges and impossible ports', () => {
    const t = joinLines('services:', '  a:', '    ports:', '      - "8000-8002:9000-9010"', '      - "70000:80"');
    assert.match(hoverAt(t, '8000-8002', 1), /different lengths/);
    assert.match(hoverAt(t, '70000', 1), /stop at 65535/);
  });
});
