// SPDX-License-Identifier: MIT
// The parsers Compose runs, redone in goParsers.ts, checked against cases from the upstream test files
// (each block names the file and version its cases come from) and Docker's error texts.
import * as assert from 'assert';
import { byteSizeError, isGoIp, parseGoDuration, portSpecError } from '../../../src/core/diagnostics/compose/goParsers';

describe('Go parsers Compose runs', () => {
  it('ports: docker/go-connections v0.7.0 nat/nat_test.go', () => {
    // TestParsePortSpecFull, TestParsePortSpecs, TestParsePortSpecsWithRange, the IPv6 cases: all accepted.
    for (const ok of ['0.0.0.0:1234-1235:3333-3334/tcp', '1234/tcp', '2345/udp', '3456/sctp', '1234:1234/tcp', '0.0.0.0:3456:3456/sctp',
      '1234-1236:1234-1236/tcp', '192.168.1.100::80', '192.168.1.100:8080:80', '192.168.1.100::6000/udp',
      '[2001:4860:0:2001::68]::333', '[::1]:80:80', '2001:4860:0:2001::68::333', '::1:80:80', '::::80', '[::1]::6000/udp', '80/']) {
      assert.strictEqual(portSpecError(ok), undefined, ok);
    }
    // TestParsePortSpecEmptyContainerPort: `no port specified: 0.0.0.0:1234-1235:/tcp<empty>`
    assert.strictEqual(portSpecError('0.0.0.0:1234-1235:/tcp'), 'no port specified: 0.0.0.0:1234-1235:/tcp<empty>');
    assert.strictEqual(portSpecError('0.0.0.0:1234-1235:'), 'no port specified: 0.0.0.0:1234-1235:<empty>');
    // `localhost:1234:1234/tcp` and negative ports are errors there too.
    assert.strictEqual(portSpecError('localhost:1234:1234/tcp'), 'invalid IP address: localhost');
    assert.strictEqual(portSpecError('192.168.1.100:-1:-1'), 'invalid containerPort: -1');
    assert.strictEqual(portSpecError('80/tcpp'), 'invalid proto: tcpp');
    assert.strictEqual(portSpecError('8080:65536'), 'invalid containerPort: 65536');
    assert.strictEqual(portSpecError('1-3:4-5'), 'invalid ranges specified for container and host Ports: 4-5 and 1-3');
    // A host range onto one container port is how Docker is told "pick one of these".
    assert.strictEqual(portSpecError('8000-8010:80'), undefined);
  });

  it('IP addresses: what Go net.ParseIP accepts', () => {
    for (const ok of ['127.0.0.1', '0.0.0.0', '::', '::1', 'fe80::1', '2001:db8::8a2e:370:7334', '::ffff:192.0.2.1', '1:2:3:4:5:6:7:8']) assert.ok(isGoIp(ok), ok);
    for (const bad of ['localhost', '256.0.0.1', '1.2.3', '01.2.3.4', '1:2:3:4:5:6:7:8:9', '1::2::3', 'fe80::1%eth0', '']) assert.ok(!isGoIp(bad), bad);
  });

  it('durations: xhit/go-str2duration v2.1.0 str2duration_test.go', () => {
    const cases: [string, number][] = [['1h', 3600e9], ['1m', 60e9], ['1s', 1e9], ['1ms', 1e6], ['1µs', 1e3], ['1us', 1e3], ['1ns', 1],
      ['693ns', 693], ['60h8ms', 60 * 3600e9 + 8e6], ['2d3s96ns', 48 * 3600e9 + 3e9 + 96], ['1w2d3s96ns', 216 * 3600e9 + 3e9 + 96], ['0', 0], ['-1.5h', -5400e9]];
    for (const [text, ns] of cases) assert.deepStrictEqual(parseGoDuration(text), { ns }, text);
    // Go's time package wording, which str2duration keeps: "time: missing unit in duration ", "time: unknown unit "
    assert.deepStrictEqual(parseGoDuration('30'), { error: 'time: missing unit in duration "30"' });
    assert.deepStrictEqual(parseGoDuration('10sec'), { error: 'time: unknown unit "sec" in duration "10sec"' });
    assert.deepStrictEqual(parseGoDuration('.s'), { error: 'time: invalid duration ".s"' });
    assert.deepStrictEqual(parseGoDuration(''), { error: 'time: invalid duration ""' });
    // Past an int64 of nanoseconds (about 292 years), Go's overflow checks say "invalid duration".
    assert.deepStrictEqual(parseGoDuration('2562047h', 'go'), { ns: 2562047 * 3600e9 });
    assert.deepStrictEqual(parseGoDuration('2562048h', 'go'), { error: 'time: invalid duration "2562048h"' });
    assert.deepStrictEqual(parseGoDuration('99999999999999999999ns', 'go'), { error: 'time: invalid duration "99999999999999999999ns"' });
    assert.deepStrictEqual(parseGoDuration('1μs', 'go'), { ns: 1000 });
    // Exact at the edge, in integers (2^63 - 1 and 2^63 are one number as a float): Go's time/format.go.
    const invalid = (t: string) => ({ error: `time: invalid duration "${t}"` });
    for (const t of ['9223372036854775808ns', '2562047h47m16.854775808s', '9223372036854775806ns1ns1ns']) assert.deepStrictEqual(parseGoDuration(t, 'go'), invalid(t), t);
    assert.ok('ns' in parseGoDuration('9223372036854775807ns', 'go'));
    assert.ok('ns' in parseGoDuration('-2562047h47m16.854775808s', 'go'), 'the most negative duration');
    // The first part past the edge stops the parse, before a later part's unit is read.
    assert.deepStrictEqual(parseGoDuration('3000000h1x', 'go'), invalid('3000000h1x'));
    assert.deepStrictEqual(parseGoDuration('3000000h5', 'go'), invalid('3000000h5'));
    // Each part is cut to whole nanoseconds.
    assert.deepStrictEqual(parseGoDuration('0.0000000001s', 'go'), { ns: 0 });
    assert.deepStrictEqual(parseGoDuration('1.9ns', 'go'), { ns: 1 });
    assert.deepStrictEqual(parseGoDuration('1.5h', 'go'), { ns: 5400e9 });
    // Go quotes non-ASCII bytes as \xNN (time.quote); str2duration quotes the text as it is.
    assert.deepStrictEqual(parseGoDuration('١s', 'go'), { error: 'time: invalid duration "\\xd9\\xa1s"' });
    assert.deepStrictEqual(parseGoDuration('10µ', 'go'), { error: 'time: unknown unit "\\xc2\\xb5" in duration "10\\xc2\\xb5"' });
    assert.deepStrictEqual(parseGoDuration('5"x', 'go'), { error: 'time: unknown unit "\\"x" in duration "5\\"x"' });
    assert.deepStrictEqual(parseGoDuration('١s'), { error: 'time: invalid duration "١s"' });
    // Go's own time.ParseDuration (BuildKit's HEALTHCHECK flags) has no `d` or `w` (go/src/time/format.go unitMap).
    assert.deepStrictEqual(parseGoDuration('1m30s', 'go'), { ns: 90e9 });
    assert.deepStrictEqual(parseGoDuration('1d', 'go'), { error: 'time: unknown unit "d" in duration "1d"' });
  });

  it('sizes: docker/go-units v0.5.0 size_test.go TestRAMInBytes, behind compose-go\'s whole-number shortcut', () => {
    for (const ok of ['32', '32b', '32B', '32k', '32K', '32kb', '32Kb', '32Kib', '32KIB', '32Mb', '32Gb', '32Tb', '32Pb', '32PB', '32P', '32.3', '32.3 mb', '0.3MB']) {
      assert.strictEqual(byteSizeError(ok), undefined, ok);
    }
    // Errors there: "", "hello", " 32 ", "32m b", "32bm". ("-32" is an error for go-units, but compose-go
    // types/bytes.go reads whole numbers with strconv.ParseInt first, so `-1` means "no limit".)
    for (const bad of ['', 'hello', ' 32 ', '32m b', '32bm']) assert.notStrictEqual(byteSizeError(bad), undefined, bad);
    assert.strictEqual(byteSizeError('-32'), undefined);
    assert.strictEqual(byteSizeError('512x'), "invalid suffix: 'x'");
    assert.strictEqual(byteSizeError('hello'), "invalid size: 'hello'");
  });
});
