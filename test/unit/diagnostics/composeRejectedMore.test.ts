// SPDX-License-Identifier: MIT
// More compose values Docker refuses (issue 23, the checks the first round left uncaught). Each rule: a hit,
// a near miss, and Docker's own error text quoted beside it, with the file and line at the snapshot read
// (compose-spec/compose-go e70e961, moby/moby b985e23, docker/compose f729794).
import * as assert from 'assert';
import { joinLines } from '../helpers';
import { hit, miss, svc } from './composeRejectedHelpers';

describe('compose values Docker refuses, second round', () => {
  it('DockerfileWithInline: a build names a Dockerfile and writes one in place', () => {
    // compose-go loader/validate.go:38: "service %q declares mutualy exclusive dockerfile and dockerfile_inline: %w"
    const t = joinLines('services:', '  web:', '    build:', '      context: .', '      dockerfile: Dockerfile.dev', '      dockerfile_inline: |', '        FROM alpine:3.20');
    assert.match(hit(t, 'DockerfileWithInline', 5, 6).message, /declares mutualy exclusive dockerfile and dockerfile_inline/);
    // Near misses: either one alone.
    miss(joinLines('services:', '  web:', '    build:', '      context: .', '      dockerfile: Dockerfile.dev'), 'DockerfileWithInline');
    miss(joinLines('services:', '  web:', '    build:', '      context: .', '      dockerfile_inline: |', '        FROM alpine:3.20'), 'DockerfileWithInline');
  });

  it('RelativeWorkingDir: working_dir must be absolute', () => {
    // moby/moby daemon/container.go:356: "the working directory '%s' is invalid, it needs to be an absolute path"
    assert.match(hit(svc('    working_dir: app'), 'RelativeWorkingDir', 3, 17).message, /"the working directory 'app' is invalid, it needs to be an absolute path"/);
    hit(svc('    working_dir: ./src'), 'RelativeWorkingDir', 3, 17);
    // Near misses: absolute paths, a Windows container path, a variable.
    for (const ok of ['/app', '/', 'C:\\app', '${WORKDIR}']) miss(svc(`    working_dir: ${ok}`), 'RelativeWorkingDir');
  });

  it('SwapWithoutMemory: memswap_limit at least mem_limit, and only with it', () => {
    // moby/moby daemon/daemon_unix.go:422: "Minimum memoryswap limit should be larger than memory limit, see usage"
    assert.match(hit(svc('    mem_limit: 1g', '    memswap_limit: 512m'), 'SwapWithoutMemory', 4, 19).message, /Minimum memoryswap limit should be larger than memory limit/);
    // The deploy memory limit replaces mem_limit (docker/compose pkg/compose/create.go:841 setLimits).
    hit(svc('    memswap_limit: 512m', '    deploy:', '      resources:', '        limits:', '          memory: 1g'), 'SwapWithoutMemory', 3, 19);
    // daemon_unix.go:425: "You should always set the Memory limit when using Memoryswap limit, see usage"
    assert.match(hit(svc('    memswap_limit: 2g'), 'SwapWithoutMemory', 3, 19).message, /You should always set the Memory limit when using Memoryswap limit/);
    // Near misses: equal (allowed), larger, -1 (unlimited) and 0 without a limit, a limit from a variable.
    miss(svc('    mem_limit: 1g', '    memswap_limit: 1024m'), 'SwapWithoutMemory');
    miss(svc('    mem_limit: 512m', '    memswap_limit: 1g'), 'SwapWithoutMemory');
    miss(svc('    memswap_limit: -1'), 'SwapWithoutMemory');
    miss(svc('    memswap_limit: 0'), 'SwapWithoutMemory');
    miss(svc('    mem_limit: ${MEM}', '    memswap_limit: 1g'), 'SwapWithoutMemory');
  });

  it('ValueOutOfRange: numbers Compose or the engine take only in a range', () => {
    // moby/moby daemon/daemon_unix.go:434: "Invalid value: %v, valid memory swappiness range is 0-100"
    assert.match(hit(svc('    mem_swappiness: 150'), 'ValueOutOfRange', 3, 20).message, /"Invalid value: 150, valid memory swappiness range is 0-100"/);
    // daemon_unix.go:670: "Invalid value %d, range for oom score adj is [-1000, 1000]" (the schema bounds only the integer form)
    assert.match(hit(svc('    oom_score_adj: "2000"'), 'ValueOutOfRange', 3, 19).message, /range for oom score adj is \[-1000, 1000\]/);
    // daemon_unix.go:499: "CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)"
    assert.match(hit(svc('    cpu_period: 500'), 'ValueOutOfRange', 3, 16).message, /CPU cfs period can not be less than 1ms/);
    // daemon_unix.go:502: "CPU cfs quota can not be less than 1ms (i.e. 1000)"
    assert.match(hit(svc('    cpu_quota: 50'), 'ValueOutOfRange', 3, 15).message, /CPU cfs quota can not be less than 1ms/);
    // daemon_unix.go:663: "SHM size can not be less than 0"
    assert.match(hit(svc('    shm_size: -1'), 'ValueOutOfRange', 3, 14).message, /SHM size can not be less than 0/);
    // compose-go loader/validate.go:141 and :144: "services.%s.scale: must be greater than or equal to 0"
    assert.match(hit(svc('    scale: -1'), 'ValueOutOfRange', 3, 11).message, /services\.web\.scale: must be greater than or equal to 0/);
    assert.match(hit(svc('    deploy:', '      replicas: -2'), 'ValueOutOfRange', 4, 16).message, /services\.web\.deploy\.replicas: must be greater than or equal to 0/);
    // Near misses: the ends of each range, -1 for swappiness (the engine's "unset"), quota -1 (no limit), sizes with units.
    miss(svc('    mem_swappiness: 0', '    oom_score_adj: -1000', '    cpu_period: 100000', '    cpu_quota: -1', '    shm_size: 64m', '    scale: 0'), 'ValueOutOfRange');
    miss(svc('    mem_swappiness: 100', '    oom_score_adj: 1000', '    cpu_period: 1000000', '    cpu_quota: 1000', '    deploy:', '      replicas: 0'), 'ValueOutOfRange');
    miss(svc('    mem_swappiness: -1', '    cpu_period: ${PERIOD}'), 'ValueOutOfRange');
  });

  it('ExtraHostWithoutIp: each entry needs a name and an address', () => {
    // compose-go types/hostList.go:48: "invalid additional host, missing IP: %s"
    assert.match(hit(svc('    extra_hosts:', '      - somehost'), 'ExtraHostWithoutIp', 4, 8).message, /"invalid additional host, missing IP: somehost"/);
    // types/hostList.go:133: "bad host name '%s'"
    assert.match(hit(svc('    extra_hosts:', '      - "=10.0.0.5"'), 'ExtraHostWithoutIp', 4, 8).message, /"bad host name ''"/);
    hit(joinLines('services:', '  web:', '    build:', '      context: .', '      extra_hosts:', '        - somehost'), 'ExtraHostWithoutIp', 5, 10);
    // Near misses: both separators, an IPv6 address, the host-gateway word, the mapping form.
    miss(svc('    extra_hosts:', '      - "somehost=162.242.195.82"', '      - "otherhost:50.31.209.229"', '      - "myhostv6=::1"', '      - "myhostv6:[::1]"', '      - host.docker.internal:host-gateway'), 'ExtraHostWithoutIp');
    miss(svc('    extra_hosts:', '      somehost: 162.242.195.82'), 'ExtraHostWithoutIp');
  });
});
