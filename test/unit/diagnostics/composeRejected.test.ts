// SPDX-License-Identifier: MIT
// Compose values the schema allows but Compose, the engine or the image parser refuse (issue 23).
// Each rule: a hit, a near miss, and Docker's own error text quoted beside it with the file it comes from.
import * as assert from 'assert';
import { composeDiagnostics, composeReferencedPaths } from '../../../src/core/index';
import type { PathKind } from '../../../src/core/diagnostics/types';
import { joinLines } from '../helpers';
import { applied, file, hit, miss, only, svc } from './composeRejectedHelpers';

describe('compose values Docker refuses', () => {
  it('InvalidRestartPolicy: unknown policies, and counts on anything but on-failure', () => {
    // moby/moby api/types/container/hostconfig.go ValidateRestartPolicy:
    // "invalid restart policy: unknown policy '%s'; use one of '%s', '%s', '%s', or '%s'"
    const t = svc('    restart: sometimes');
    const d = hit(t, 'InvalidRestartPolicy', 3, 13);
    assert.match(d.message, /unknown policy 'sometimes'/);
    assert.deepStrictEqual(d.fixes?.map(f => f.title).sort(), ['Change to always', 'Change to no', 'Change to on-failure', 'Change to unless-stopped']);
    assert.strictEqual(applied(t, d, 'Change to unless-stopped'), svc('    restart: unless-stopped'));
    assert.strictEqual(applied(t, d, 'Change to no'), svc('    restart: "no"'));
    // The nearest policy comes first.
    assert.strictEqual(hit(svc('    restart: alway'), 'InvalidRestartPolicy', 3, 13).fixes?.[0].title, 'Change to always');
    // "invalid restart policy: maximum retry count can only be used with 'on-failure'"
    assert.match(hit(svc('    restart: always:3'), 'InvalidRestartPolicy', 3, 13).message, /can only be used with 'on-failure'/);
    // deploy.restart_policy.condition goes through the same mapping (docker/compose pkg/compose/create.go mapRestartPolicyCondition).
    hit(svc('    deploy:', '      restart_policy:', '        condition: sometimes'), 'InvalidRestartPolicy', 5, 19);
    // Near misses: the four policies, on-failure with a count, and the `none`/`any` words Compose maps.
    for (const ok of ['"no"', 'no', 'always', 'on-failure', 'on-failure:5', 'unless-stopped', '${RESTART}']) miss(svc(`    restart: ${ok}`), 'InvalidRestartPolicy');
    miss(svc('    deploy:', '      restart_policy:', '        condition: any'), 'InvalidRestartPolicy');
  });

  it('InvalidPortMapping: numbers, ranges, protocols and addresses, short and long syntax', () => {
    // docker/go-connections v0.7.0 nat/nat.go ParsePortSpec: "invalid containerPort: " + containerPort
    assert.match(hit(svc('    ports:', '      - "8080:99999"'), 'InvalidPortMapping', 4, 8).message, /"invalid containerPort: 99999"/);
    // "invalid hostPort: " + hostPort
    assert.match(hit(svc('    ports:', '      - "70000:80"'), 'InvalidPortMapping', 4, 8).message, /"invalid hostPort: 70000"/);
    // "invalid proto: " + proto
    assert.match(hit(svc('    ports:', '      - "8080:80/tpc"'), 'InvalidPortMapping', 4, 8).message, /"invalid proto: tpc"/);
    // "invalid IP address: " + ip
    assert.match(hit(svc('    ports:', '      - "localhost:8080:80"'), 'InvalidPortMapping', 4, 8).message, /"invalid IP address: localhost"/);
    // "invalid ranges specified for container and host Ports: %s and %s"
    assert.match(hit(svc('    ports:', '      - "8000-8002:80-81"'), 'InvalidPortMapping', 4, 8).message, /invalid ranges specified/);
    // nat/parse.go parsePortRange rejects a range that goes down: "invalid port range: "
    assert.match(hit(svc('    ports:', '      - "9000-8000:80"'), 'InvalidPortMapping', 4, 8).message, /"invalid hostPort: 9000-8000"/);
    // moby/moby daemon/container.go validatePortBindings: "invalid port specification: %q" for container port 0.
    assert.match(hit(svc('    ports:', '      - "8080:0"'), 'InvalidPortMapping', 4, 8).message, /invalid port specification/);
    // Long syntax: docker/compose pkg/compose/create.go parses the target with network.ParsePort (0–65535).
    hit(svc('    ports:', '      - target: 99999', '        published: "8080"'), 'InvalidPortMapping', 4, 16);
    hit(svc('    ports:', '      - target: 80', '        host_ip: localhost'), 'InvalidPortMapping', 5, 17);
    // Near misses: every form the short syntax allows.
    miss(svc('    ports:', '      - "8080:80"', '      - 3000', '      - "127.0.0.1:5432:5432"', '      - "[::1]:6379:6379"', '      - "53:53/udp"',
      '      - "8000-8002:8000-8002"', '      - "9090-9091:8080"', '      - "127.0.0.1::80"', '      - "80/TCP"', '      - "${PORT}:80"',
      '      - target: 80', '        published: "8000-8010"', '        host_ip: 127.0.0.1', '        protocol: udp'), 'InvalidPortMapping');
  });

  it('InvalidVolumeMount: a relative path without ./, colons, and the container path', () => {
    // compose-go format/volume.go: a source not starting with `.`, `/` or `~` is a volume name; then
    // loader/validate.go: "service %q refers to undefined volume %s: invalid compose project"
    const t = svc('    volumes:', '      - data/x:/data');
    const d = hit(t, 'InvalidVolumeMount', 4, 8);
    assert.match(d.message, /refers to undefined volume data\/x/);
    assert.strictEqual(applied(t, d, 'Change to ./data/x:/data'), svc('    volumes:', '      - ./data/x:/data'));
    // "invalid spec: %s: too many colons" (format/volume.go populateFieldFromBuffer)
    assert.match(hit(svc('    volumes:', '      - ./a:/a:ro:extra'), 'InvalidVolumeMount', 4, 8).message, /too many colons/);
    // moby/moby daemon/volume/mounts/linux_parser.go: "invalid mount path: '%s' mount path must be absolute"
    assert.match(hit(svc('    volumes:', '      - ./src:app'), 'InvalidVolumeMount', 4, 8).message, /mount path must be absolute/);
    // A name the top-level `volumes:` cannot declare (schema pattern ^[a-zA-Z0-9._-]+$): the same "undefined volume".
    assert.match(hit(svc('    volumes:', '      - "my data:/data"'), 'InvalidVolumeMount', 4, 8).message, /refers to undefined volume my data/);
    // Near misses: bind mounts, named and anonymous volumes, a Windows drive, options.
    miss(svc('    volumes:', '      - ./data/x:/data', '      - data:/data', '      - v:/v', '      - /var/log', '      - ~/cache:/cache:ro', '      - C:\\data:/data',
      '      - ../shared:/shared:rw,z', '      - ${DIR}/x:/x', 'volumes:', '  data:', '  v:'), 'InvalidVolumeMount');
  });

  it('IgnoredVolumeOption: words compose-go drops without a message', () => {
    // compose-go format/volume.go: "ignore unknown options FIXME why not report an error here?"
    assert.match(hit(svc('    volumes:', '      - ./config:/etc/app:readonly'), 'IgnoredVolumeOption', 4, 8).message, /`readonly`.*did you mean `ro`/);
    miss(svc('    volumes:', '      - ./config:/etc/app:ro', '      - ./a:/a:rw,Z', '      - ./b:/b:cached', '      - data:/d:nocopy', '      - ./c:/c:rshared', 'volumes:', '  data:'), 'IgnoredVolumeOption');
  });

  it('InvalidDuration: Go durations need a unit on every number', () => {
    // xhit/go-str2duration v2.1.0 ParseDuration: "time: missing unit in duration " + quote(orig)
    const t = svc('    healthcheck:', '      test: ["CMD", "true"]', '      interval: "30"');
    const d = hit(t, 'InvalidDuration', 5, 16);
    assert.match(d.message, /"time: missing unit in duration "30""/);
    assert.strictEqual(applied(t, d, 'Change to 30s'), svc('    healthcheck:', '      test: ["CMD", "true"]', '      interval: 30s'));
    // "time: unknown unit " + quote(u) + " in duration " + quote(orig)
    assert.match(hit(svc('    stop_grace_period: 10sec'), 'InvalidDuration', 3, 23).message, /unknown unit "sec"/);
    // moby/moby daemon/container.go validateHealthCheck: "Interval in Healthcheck cannot be less than %s" (1ms)
    assert.match(hit(svc('    healthcheck:', '      interval: 500us'), 'InvalidDuration', 4, 16).message, /cannot be less than 1ms/);
    miss(svc('    stop_grace_period: 1m30s', '    healthcheck:', '      interval: 30s', '      timeout: 1.5s', '      start_period: 0', '      start_interval: 2d',
      '    deploy:', '      restart_policy:', '        delay: 5s'), 'InvalidDuration');
  });

  it('InvalidByteSize: go-units sizes', () => {
    // docker/go-units v0.5.0 size.go parseSize: "invalid suffix: '%s'"
    assert.match(hit(svc('    mem_limit: 512x'), 'InvalidByteSize', 3, 15).message, /"invalid suffix: 'x'"/);
    // "invalid size: '%s'" when there is no digit at all
    assert.match(hit(svc('    shm_size: big'), 'InvalidByteSize', 3, 14).message, /"invalid size: 'big'"/);
    hit(svc('    deploy:', '      resources:', '        limits:', '          memory: 2gigs'), 'InvalidByteSize', 6, 18);
    miss(svc('    mem_limit: 512m', '    mem_reservation: 1.5GiB', '    memswap_limit: -1', '    shm_size: 64MB', '    deploy:', '      resources:',
      '        limits:', '          memory: 1073741824', '        reservations:', '          memory: 256 MB'), 'InvalidByteSize');
  });

  it('InvalidCpus: a plain decimal number', () => {
    // compose-go loader/interpolate.go casts `cpus` with strconv.ParseFloat:
    // "failed to cast to expected type: strconv.ParseFloat: parsing "50%": invalid syntax"
    assert.match(hit(svc('    cpus: 50%'), 'InvalidCpus', 3, 10).message, /strconv\.ParseFloat: parsing "50%": invalid syntax/);
    hit(svc('    deploy:', '      resources:', '        limits:', '          cpus: "2 cores"'), 'InvalidCpus', 6, 16);
    miss(svc('    cpus: 0.5', '    deploy:', '      resources:', '        limits:', '          cpus: "1.5"', '        reservations:', '          cpus: ${CPUS}'), 'InvalidCpus');
  });

  it('ConflictingDeployValues: a limit on the service and its twin under deploy must agree', () => {
    // compose-go loader/validate.go: "services.%s: can't set distinct values on 'cpus' and 'deploy.resources.limits.cpus': invalid compose project"
    const t = svc('    cpus: 0.5', '    deploy:', '      resources:', '        limits:', '          memory: 512m');
    assert.match(hit(t, 'ConflictingDeployValues', 3, 10).message, /can't set distinct values on 'cpus' and 'deploy\.resources\.limits\.cpus'/);
    hit(svc('    scale: 2', '    deploy:', '      replicas: 3'), 'ConflictingDeployValues', 3, 11);
    hit(svc('    mem_limit: 1g', '    deploy:', '      resources:', '        limits:', '          memory: 512m'), 'ConflictingDeployValues', 3, 15);
    // Near misses: the same value written twice (1g is 1024m), a deploy block without limits, no deploy at all.
    miss(svc('    cpus: "0.5"', '    mem_limit: 1g', '    deploy:', '      resources:', '        limits:', '          cpus: 0.5', '          memory: 1024m'), 'ConflictingDeployValues');
    miss(svc('    cpus: 0.5', '    scale: 2', '    deploy:', '      replicas: 2', '      resources:', '        reservations:', '          memory: 256m'), 'ConflictingDeployValues');
    miss(svc('    cpus: 0.5', '    mem_limit: 1g'), 'ConflictingDeployValues');
  });

  it('DependencyCycle: on each edge of the circle, links and network_mode included; once for a self-dependency', () => {
    // compose-go graph/cycle.go: "dependency cycle detected: %s -> %s"
    const t = joinLines('services:', '  a:', '    image: x:1', '    depends_on: [b]', '  b:', '    image: x:1', '    links: ["a:alias"]', '  c:', '    image: x:1');
    const found = only(t, 'DependencyCycle');
    assert.deepStrictEqual(found.map(d => d.range.start.line), [3, 6]);
    assert.match(found[0].message, /`a` → `b` → `a`/);
    assert.match(hit(joinLines('services:', '  a:', '    image: x:1', '    depends_on:', '      a:', '        condition: service_started'), 'DependencyCycle', 4, 6).message, /depends on itself/);
    // compose-go loader/normalize.go: `network_mode: service:x` and volumes_from become depends_on.
    assert.strictEqual(only(joinLines('services:', '  a:', '    image: x:1', '    network_mode: service:b', '  b:', '    image: x:1', '    volumes_from: [a]'), 'DependencyCycle').length, 2);
    // A three-service circle: each edge once.
    assert.strictEqual(only(joinLines('services:', '  a:', '    image: x:1', '    depends_on: [b]', '  b:', '    image: x:1', '    depends_on: [c]', '  c:', '    image: x:1', '    depends_on: [a]'), 'DependencyCycle').length, 3);
    // A knot too large to spell out still gets one problem per edge, without listing every service.
    const ring = ['services:', ...Array.from({ length: 70 }, (_, i) => [`  s${i}:`, '    image: x:1', `    depends_on: [s${(i + 1) % 70}]`]).flat()];
    const big = only(joinLines(...ring), 'DependencyCycle');
    assert.strictEqual(big.length, 70);
    assert.match(big[0].message, /leads back to `s0` through many services/);
    // Near misses: a chain, a dependency on a missing service, volumes_from a container.
    miss(joinLines('services:', '  a:', '    image: x:1', '    depends_on: [b, ghost]', '    volumes_from: ["container:a"]', '  b:', '    image: x:1', '    depends_on: [c]', '  c:', '    image: x:1'), 'DependencyCycle');
  });

  it('ExtendsCycle: services that extend each other in this file', () => {
    // compose-go loader/loader.go cycleTracker.Add: "Circular reference:"
    const t = joinLines('services:', '  a:', '    extends: b', '    image: x:1', '  b:', '    extends: { service: a }');
    assert.strictEqual(only(t, 'ExtendsCycle').length, 2);
    miss(joinLines('services:', '  base:', '    image: x:1', '  a:', '    extends: base', '  b:', '    extends: { service: b, file: other.yaml }'), 'ExtendsCycle');
  });

  it('NetworkModeWithNetworks', () => {
    // compose-go loader/validate.go: "service %s declares mutually exclusive `network_mode` and `networks`: invalid compose project"
    assert.match(hit(svc('    network_mode: bridge', '    networks: [front]', 'networks:', '  front:'), 'NetworkModeWithNetworks', 3, 4).message, /mutually exclusive/);
    miss(svc('    network_mode: bridge', '    networks: []'), 'NetworkModeWithNetworks');
    miss(svc('    networks: [front]', 'networks:', '  front:'), 'NetworkModeWithNetworks');
  });

  it('PortsWithHostNetwork: a warning, as Docker only warns', () => {
    // moby/moby daemon/daemon_unix.go: "Published ports are discarded when using host network mode" (a warning, not an error)
    const d = hit(svc('    network_mode: host', '    ports:', '      - "8080:80"'), 'PortsWithHostNetwork', 4, 4);
    assert.strictEqual(d.severity, 'warning');
    miss(svc('    network_mode: host'), 'PortsWithHostNetwork');
    miss(svc('    network_mode: bridge', '    ports:', '      - "8080:80"'), 'PortsWithHostNetwork');
  });

  it('InvalidImageReference: capitals and malformed references', () => {
    // distribution/reference normalize.go ParseNormalizedNamed: "invalid reference format: repository name (%s) must be lowercase"
    const t = joinLines('services:', '  web:', '    image: Nginx:1.27');
    const d = hit(t, 'InvalidImageReference', 2, 11);
    assert.match(d.message, /repository name \(library\/Nginx\) must be lowercase/);
    assert.strictEqual(applied(t, d, 'Change to nginx:1.27'), joinLines('services:', '  web:', '    image: nginx:1.27'));
    // reference.go: ErrReferenceInvalidFormat "invalid reference format"
    assert.match(hit(joinLines('services:', '  web:', '    image: nginx:1.27:alpine'), 'InvalidImageReference', 2, 11).message, /invalid reference format/);
    hit(joinLines('services:', '  web:', '    image: ghcr.io/Owner-X/app:2'), 'InvalidImageReference', 2, 11);
    for (const ok of ['nginx:1.27', 'ghcr.io/owner-x/app:2', 'localhost:5000/app', 'nginx:Latest', 'postgres@sha256:' + 'a'.repeat(64), '${IMAGE}']) miss(joinLines('services:', '  web:', `    image: ${ok}`), 'InvalidImageReference');
  });

  it('InvalidHealthcheckTest: a list starts with CMD, CMD-SHELL or NONE', () => {
    // compose-go loader/validate.go: `healthcheck.test must start either by "CMD", "CMD-SHELL" or "NONE"`
    const flow = svc('    healthcheck:', '      test: ["curl", "-f", "http://localhost"]');
    const d = hit(flow, 'InvalidHealthcheckTest', 4, 13);
    assert.match(d.message, /must start either by "CMD", "CMD-SHELL" or "NONE"/);
    assert.strictEqual(applied(flow, d, 'Put CMD first'), svc('    healthcheck:', '      test: ["CMD", "curl", "-f", "http://localhost"]'));
    const block = svc('    healthcheck:', '      test:', '        - pg_isready', '        - -U', '        - postgres');
    assert.strictEqual(applied(block, hit(block, 'InvalidHealthcheckTest', 5, 10), 'Put CMD first'), svc('    healthcheck:', '      test:', '        - CMD', '        - pg_isready', '        - -U', '        - postgres'));
    const lower = svc('    healthcheck:', '      test: [cmd-shell, "curl -f http://localhost"]');
    assert.strictEqual(applied(lower, hit(lower, 'InvalidHealthcheckTest', 4, 13), 'Change to CMD-SHELL'), lower.replace('cmd-shell', 'CMD-SHELL'));
    miss(svc('    healthcheck:', '      test: ["CMD", "true"]', '  a:', '    image: x:1', '    healthcheck:', '      test: curl -f http://localhost',
      '  b:', '    image: x:1', '    healthcheck:', '      test: ["NONE"]', '  c:', '    image: x:1', '    healthcheck:', '      test: ["CMD-SHELL", "true"]'), 'InvalidHealthcheckTest');
  });

  it('DuplicateMountTarget', () => {
    // compose-go loader/validate.go: "%s: target %s already mounted as %s"
    const t = svc('    volumes:', '      - ./data:/data', '      - type: volume', '        source: other', '        target: /data/', 'volumes:', '  other:');
    assert.match(hit(t, 'DuplicateMountTarget', 5, 8).message, /target \/data already mounted as services\.web\.volumes\[0\]/);
    hit(svc('    tmpfs: /run', '    volumes:', '      - /run'), 'DuplicateMountTarget', 5, 8);
    miss(svc('    volumes:', '      - ./app:/app', '      - /app/node_modules', '    tmpfs: [/tmp]'), 'DuplicateMountTarget');
  });

  it('InvalidContainerName', () => {
    // moby/moby daemon/names.go: "Invalid container name (%s), only %s are allowed"
    const t = svc('    container_name: my app');
    const d = hit(t, 'InvalidContainerName', 3, 20);
    assert.match(d.message, /Invalid container name \(my app\)/);
    assert.strictEqual(applied(t, d, 'Change to my-app'), svc('    container_name: my-app'));
    hit(svc('    container_name: x'), 'InvalidContainerName', 3, 20);
    miss(svc('    container_name: my-app_db.1'), 'InvalidContainerName');
  });

  it('SecretWithoutSource', () => {
    // compose-go loader/validate.go: "secret %q must declare either `file` or `environment`: invalid compose project"
    assert.match(hit(svc('secrets:', '  db_password:', '    name: pw'), 'SecretWithoutSource', 4, 2).message, /must declare either `file` or `environment`/);
    miss(svc('secrets:', '  a:', '    file: ./a.txt', '  b:', '    environment: B', '  c:', '    external: true'), 'SecretWithoutSource');
  });

  it('MissingImageOrBuild', () => {
    // compose-go loader/validate.go: "service %q has neither an image nor a build context specified: invalid compose project"
    assert.match(hit(joinLines('services:', '  db:', '    environment:', '      A: "1"'), 'MissingImageOrBuild', 1, 2).message, /has neither an image nor a build context specified/);
    miss(joinLines('services:', '  a:', '    image: x:1', '  b:', '    build: .', '  c:', '    extends: a'), 'MissingImageOrBuild');
    // An override file, or a file that uses merge tags, may take the image from the file it is merged onto.
    assert.deepStrictEqual(only(joinLines('services:', '  db:', '    ports: ["5432:5432"]'), 'MissingImageOrBuild', '/proj/compose.override.yaml'), []);
    miss(joinLines('services:', '  db:', '    ports: !override ["5432:5432"]'), 'MissingImageOrBuild');
    // Only a real tag marks an override file: `!reset` in a comment or a string is text.
    hit(joinLines('# a main file, no !reset here', 'services:', '  db:', '    command: ["echo", "!override"]'), 'MissingImageOrBuild', 2, 2);
    // A misspelt `image` is UnknownKey's to report, with its rename.
    miss(joinLines('services:', '  db:', '    imgae: postgres:16'), 'MissingImageOrBuild');
  });

  it('MissingPath covers `include` and `extends.file` targets', () => {
    // compose-go loader/extends.go: "cannot read %s"; loader/include.go loads every `include` path.
    const t = joinLines('include:', '  - ./db.yaml', '  - path: [./a.yaml, ./b.yaml]', '  - oci://registry/app:1', 'services:', '  web:',
      '    extends:', '      file: ./base.yaml', '      service: web');
    assert.deepStrictEqual(composeReferencedPaths(t, file).sort(), ['/proj/a.yaml', '/proj/b.yaml', '/proj/base.yaml', '/proj/compose.override.yaml', '/proj/compose.override.yml', '/proj/db.yaml']);
    const paths = new Map<string, PathKind>([['/proj/db.yaml', 'file'], ['/proj/a.yaml', 'missing'], ['/proj/b.yaml', 'file'], ['/proj/base.yaml', 'missing']]);
    const found = composeDiagnostics(t, { file, paths }).filter(d => d.code === 'MissingPath');
    assert.deepStrictEqual(found.map(d => d.range.start.line), [2, 7]);
    assert.match(found[0].message, /included file `.\/a.yaml` does not exist/);
  });

  it('ProjectNameNormalized: current Compose rewrites the name (older versions refused it)', () => {
    // compose-go loader/loader.go NormalizeProjectName, applied to `name:` since v1.13.2 (Compose v2.17.2).
    const t = joinLines('name: My_Project', 'services:', '  web:', '    image: nginx:1.27');
    const d = hit(t, 'ProjectNameNormalized', 0, 6);
    assert.strictEqual(d.severity, 'info');
    assert.strictEqual(applied(t, d, 'Change to my_project'), t.replace('My_Project', 'my_project'));
    miss(joinLines('name: my-project_2', 'services:', '  web:', '    image: nginx:1.27'), 'ProjectNameNormalized');
  });
});
