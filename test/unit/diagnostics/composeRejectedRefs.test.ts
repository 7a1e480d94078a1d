// SPDX-License-Identifier: MIT
// Compose values Docker refuses, third part: build references, watch rules, Swarm-only drivers, the legacy
// external name, devices and addresses. Docker's own error text is quoted beside each case, with file and line
// at the snapshot read (compose-spec/compose-go e70e961, docker/compose f729794).
import * as assert from 'assert';
import { joinLines } from '../helpers';
import { composeDiagnostics } from '../../../src/core/index';
import { hit, miss, only, svc } from './composeRejectedHelpers';

describe('compose references and addresses Docker refuses', () => {
  it('BuildContextServiceUnknown: service: contexts name a service with a build', () => {
    const withContexts = (...lines: string[]) => joinLines('services:', '  base:', '    image: alpine:3.20', '  app:', '    build:', '      context: .', '      additional_contexts:', ...lines);
    // compose-go loader/validate.go:45: "service %q declares unknown service %q as additional contexts %s"
    assert.match(hit(withContexts('        deps: service:nope'), 'BuildContextServiceUnknown', 7, 14).message, /declares unknown service "nope" as additional contexts deps/);
    // loader/validate.go:48: "service %q declares non-buildable service %q as additional contexts %s"
    assert.match(hit(withContexts('        - deps=service:base'), 'BuildContextServiceUnknown', 7, 10).message, /declares non-buildable service "base"/);
    // Near misses: a buildable service, a folder, an image.
    miss(joinLines('services:', '  base:', '    build: ./base', '  app:', '    build:', '      context: .', '      additional_contexts:', '        deps: service:base', '        src: ../src', '        img: docker-image://alpine:3.20'), 'BuildContextServiceUnknown');
  });

  it('BuildPlatformsMissPlatform: platform must be one of build.platforms', () => {
    // compose-go loader/validate.go:62: "service.build.platforms MUST include service.platform %q: %w"
    const t = (platform: string) => joinLines('services:', '  app:', `    platform: ${platform}`, '    build:', '      context: .', '      platforms: [linux/amd64, linux/arm64]');
    assert.match(hit(t('linux/arm/v7'), 'BuildPlatformsMissPlatform', 2, 14).message, /MUST include service\.platform "linux\/arm\/v7"/);
    miss(t('linux/arm64'), 'BuildPlatformsMissPlatform');
    miss(joinLines('services:', '  app:', '    platform: linux/arm64', '    build: .'), 'BuildPlatformsMissPlatform');
  });

  it('WatchWithoutTarget: sync actions need a target', () => {
    // compose-go loader/validate.go:184: "services.%s.develop.watch: target is required for non-rebuild actions: %w"
    const t = (...rule: string[]) => svc('    develop:', '      watch:', ...rule);
    assert.match(hit(t('        - action: sync', '          path: ./src'), 'WatchWithoutTarget', 5, 18).message, /services\.web\.develop\.watch: target is required for non-rebuild actions/);
    hit(t('        - path: ./src', '          action: sync+restart'), 'WatchWithoutTarget', 6, 18);
    // Near misses: a sync with a target, rebuild and restart without one.
    miss(t('        - action: sync', '          path: ./src', '          target: /app/src', '        - action: rebuild', '          path: package.json', '        - action: restart', '          path: ./config'), 'WatchWithoutTarget');
  });

  it('UnsupportedDriver: Swarm-only drivers on a secret or config a service uses', () => {
    // docker/compose pkg/compose/create.go:1267: "Docker Compose does not support secrets.*.driver"
    const t = (...top: string[]) => joinLines('services:', '  web:', '    image: nginx:1.27', '    secrets: [token]', 'secrets:', '  token:', ...top);
    assert.match(hit(t('    driver: vault'), 'UnsupportedDriver', 6, 4).message, /"Docker Compose does not support secrets\.\*\.driver"/);
    // create.go:1220: "Docker Compose does not support configs.*.template_driver"
    assert.match(hit(joinLines('services:', '  web:', '    image: nginx:1.27', '    configs: [site]', 'configs:', '  site:', '    file: ./site.conf', '    template_driver: golang'), 'UnsupportedDriver', 7, 4).message, /configs\.\*\.template_driver/);
    // Near misses: a file secret; a driver on a secret no service uses (create.go never looks at it).
    miss(t('    file: ./token.txt'), 'UnsupportedDriver');
    miss(joinLines('services:', '  web:', '    image: nginx:1.27', 'secrets:', '  token:', '    driver: vault'), 'UnsupportedDriver');
  });

  it('ExternalNameConflict: name and the legacy external.name differ', () => {
    // compose-go transform/external.go:42: "%s: name and external.name conflict; only use name"
    const t = (name: string) => joinLines('services:', '  web:', '    image: nginx:1.27', 'networks:', '  front:', `    name: ${name}`, '    external:', '      name: proxy_net');
    assert.match(hit(t('other_net'), 'ExternalNameConflict', 7, 12).message, /name and external\.name conflict; only use name/);
    miss(t('proxy_net'), 'ExternalNameConflict');
    miss(joinLines('volumes:', '  data:', '    external:', '      name: old_data'), 'ExternalNameConflict');
  });

  it('InvalidDevice: too many colons, and a count that is not a number', () => {
    // compose-go transform/device.go:46: "confusing device mapping, please use long syntax: %s"
    assert.match(hit(svc('    devices:', '      - /dev/a:/dev/b:rwm:extra'), 'InvalidDevice', 4, 8).message, /confusing device mapping, please use long syntax/);
    // types/device.go:46: "invalid value %q, the only value allowed is 'all' or a number"
    const gpu = (count: string) => svc('    deploy:', '      resources:', '        reservations:', '          devices:', '            - driver: nvidia', `              count: ${count}`, '              capabilities: [gpu]');
    assert.match(hit(gpu('two'), 'InvalidDevice', 8, 21).message, /the only value allowed is 'all' or a number/);
    // Near misses: the three short forms, a count of all or a number.
    miss(svc('    devices:', '      - /dev/ttyUSB0', '      - /dev/sda:/dev/xvda', '      - /dev/sdb:/dev/xvdb:rwm'), 'InvalidDevice');
    miss(gpu('all'), 'InvalidDevice');
    miss(gpu('1'), 'InvalidDevice');
  });

  it('InvalidAddress: IPs, subnets and MAC addresses Go can parse', () => {
    // docker/compose pkg/compose/create.go:380: "invalid DNS address: %w" (netip.ParseAddr)
    assert.match(hit(svc('    dns: dns.google'), 'InvalidAddress', 3, 9).message, /"invalid DNS address"/);
    // create.go:527: "invalid IPv4 address: %w"
    hit(svc('    networks:', '      back:', '        ipv4_address: 172.16.238.300', 'networks:', '  back:'), 'InvalidAddress', 5, 22);
    // create.go:1561: "invalid subnet: %w" (netip.ParsePrefix needs the size)
    const net = (subnet: string) => joinLines('services:', '  web:', '    image: nginx:1.27', 'networks:', '  back:', '    ipam:', '      config:', `        - subnet: ${subnet}`, '          gateway: 172.28.5.254');
    assert.match(hit(net('172.28.0.0'), 'InvalidAddress', 7, 18).message, /"invalid subnet"/);
    // create.go:1601: "invalid MAC address: %w" (net.ParseMAC)
    hit(svc('    mac_address: 02:42:ac:11:00'), 'InvalidAddress', 3, 17);
    // Near misses: the spec's examples, IPv6 with a zone, a variable.
    miss(net('172.28.0.0/16'), 'InvalidAddress');
    miss(svc('    dns: [8.8.8.8, "2001:4860:4860::8888"]', '    mac_address: 02:42:ac:11:65:43', '    networks:', '      back:', '        ipv4_address: 172.16.238.10',
      '        ipv6_address: "2001:3984:3989::10"', '        link_local_ips: ["fe80::1%eth0"]', '      front:', '        ipv4_address: ${FRONT_IP}', 'networks:', '  back:', '  front:'), 'InvalidAddress');
    assert.strictEqual(only(svc('    dns:', '      - 1.1.1.1', '      - localhost'), 'InvalidAddress').length, 1);
  });
  it('IncludeItself: an include entry that names this very file', () => {
    // compose-go loader/include.go:97: "include cycle detected:\n%s\n include %s"
    const at = (path: string, text: string) => composeDiagnostics(text, { file: { path } }).filter(d => d.code === 'IncludeItself');
    const self = at('/proj/compose.yaml', joinLines('include:', '  - ./compose.yaml', 'services:', '  web:', '    image: nginx:1.27'));
    assert.deepStrictEqual(self.map(d => [d.range.start.line, d.range.start.character]), [[1, 4]]);
    assert.match(self[0].message, /include cycle detected/);
    assert.strictEqual(at('/proj/compose.yaml', joinLines('include:', '  - path: [../proj/compose.yaml]')).length, 1);
    // Near misses: another file, the same name in another folder, no file path known.
    assert.deepStrictEqual(at('/proj/compose.yaml', joinLines('include:', '  - ./db/compose.yaml', '  - path: ../shared/compose.yaml')), []);
    assert.deepStrictEqual(composeDiagnostics(joinLines('include:', '  - ./compose.yaml')).filter(d => d.code === 'IncludeItself'), []);
  });

  it('UndefinedModel: a service uses a model the file does not declare', () => {
    // compose-go loader/validate.go:122: "service %q refers to undefined model %s: %w"
    const t = (uses: string[], ...top: string[]) => joinLines('services:', '  chat:', '    image: chat:1', '    models:', ...uses, 'models:', '  llm:', '    model: ai/smollm2', ...top);
    assert.match(hit(t(['      - llm', '      - embed']), 'UndefinedModel', 5, 8).message, /refers to undefined model embed/);
    hit(t(['      embed:', '        endpoint_var: EMBED_URL']), 'UndefinedModel', 4, 6);
    // Near misses: declared in the short and the long form.
    miss(t(['      - llm', '      - embed'], '  embed:', '    model: ai/mxbai-embed-large'), 'UndefinedModel');
    miss(t(['      llm:', '        endpoint_var: LLM_URL']), 'UndefinedModel');
  });
});
