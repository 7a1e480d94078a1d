// SPDX-License-Identifier: MIT
// The value parsers Docker Compose runs on a compose file, redone step by step so the editor refuses
// exactly what Compose refuses. Each returns Docker's own error text, or undefined when Docker accepts.
// Sources (read at the versions current Compose links, see docker/compose go.mod):
// - ports: docker/go-connections v0.7.0 nat/nat.go ParsePortSpec, nat/parse.go parsePortRange;
// - durations: xhit/go-str2duration v2.1.0 str2duration.go ParseDuration (compose-go types/duration.go);
// - byte sizes: docker/go-units v0.5.0 size.go RAMInBytes (compose-go types/bytes.go);
// - numbers: Go's strconv.ParseFloat, as compose-go types/cpus.go and loader/interpolate.go call it.

/** One short-syntax port entry, split as go-connections splits it. */
export interface PortSpec { ip: string; host: string; container: string; proto: string }

/** `ip:host:container/proto` split the way nat.splitParts and SplitProtoPort do. */
export function splitPortSpec(raw: string): PortSpec {
  const parts = raw.split(':');
  const n = parts.length;
  const last = parts[n - 1];
  const ip = n >= 3 ? parts.slice(0, n - 2).join(':') : '';
  const host = n >= 2 ? parts[n - 2] : '';
  const slash = last.indexOf('/');
  const container = slash < 0 ? last : last.slice(0, slash);
  const proto = slash < 0 || last.slice(slash + 1) === '' ? 'tcp' : last.slice(slash + 1);
  return { ip, host, container, proto };
}

/** A port number the way go-connections' parsePortNumber reads it (strconv.ParseInt, then 0..65535). */
function portNumber(raw: string): number | undefined {
  if (!/^[+-]?\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= 0 && n <= 65535 ? n : undefined;
}

/** `8000` or `8000-8010` as [start, end], or undefined where parsePortRange fails. */
export function portRange(raw: string): [number, number] | undefined {
  if (raw === '') return undefined;
  const dash = raw.indexOf('-');
  const start = portNumber(dash < 0 ? raw : raw.slice(0, dash));
  if (start === undefined) return undefined;
  if (dash < 0 || raw.slice(0, dash) === raw.slice(dash + 1)) return [start, start];
  const end = portNumber(raw.slice(dash + 1));
  return end === undefined || end < start ? undefined : [start, end];
}

/** nat.ParsePortSpec's error for a short-syntax port, then the engine's refusal of container port 0. */
export function portSpecError(raw: string): string | undefined {
  const { ip: rawIp, host, container, proto } = splitPortSpec(raw);
  if (container === '') return `no port specified: ${raw}<empty>`;
  const p = proto.toLowerCase();
  if (p !== 'tcp' && p !== 'udp' && p !== 'sctp') return `invalid proto: ${p}`;
  let ip = rawIp;
  if (ip.startsWith('[')) {
    if (!/^\[[^\]]*\]$/.test(ip)) return `invalid IP address ${ip}`;
    ip = ip.slice(1, -1);
  }
  if (ip !== '' && !isGoIp(ip)) return `invalid IP address: ${ip}`;
  const c = portRange(container);
  if (!c) return `invalid containerPort: ${container}`;
  if (host !== '') {
    const h = portRange(host);
    if (!h) return `invalid hostPort: ${host}`;
    if (c[1] - c[0] !== h[1] - h[0] && c[0] !== c[1]) return `invalid ranges specified for container and host Ports: ${container} and ${host}`;
  }
  // moby daemon/container.go validatePortBindings: a container port must not be 0.
  if (c[0] === 0) return `invalid port specification: "0/${p}"`;
  return undefined;
}

/** True for what Go's net.ParseIP accepts: dotted IPv4 (no leading zeros) or IPv6 without a zone. */
export function isGoIp(s: string): boolean {
  return isIpv4(s) || isIpv6(s);
}

function isIpv4(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 4 && parts.every(p => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}

function isIpv6(s: string): boolean {
  if (!s.includes(':')) return false;
  let groups = s.split(':');
  let max = 8;
  // An IPv4 tail (`::ffff:1.2.3.4`) takes the room of two groups.
  if (groups[groups.length - 1].includes('.')) {
    if (!isIpv4(groups[groups.length - 1])) return false;
    groups = groups.slice(0, -1).concat('0');
    max = 7;
  }
  const text = groups.join(':');
  const double = text.indexOf('::');
  if (double >= 0 && text.indexOf('::', double + 1) >= 0) return false;
  const hex = (g: string): boolean => /^[0-9a-fA-F]{1,4}$/.test(g);
  if (double < 0) return groups.length === max && groups.every(hex);
  const head = text.slice(0, double), tail = text.slice(double + 2);
  const hs = head ? head.split(':') : [], ts = tail ? tail.split(':') : [];
  return [...hs, ...ts].every(hex) && hs.length + ts.length < max;
}

/** Go's time.ParseDuration units in nanoseconds (BuildKit's HEALTHCHECK flags); str2duration (Compose) adds `d` and `w`. */
const goUnits = new Map<string, bigint>([['ns', 1n], ['us', 1_000n], ['µs', 1_000n], ['μs', 1_000n], ['ms', 1_000_000n], ['s', 1_000_000_000n], ['m', 60_000_000_000n], ['h', 3_600_000_000_000n]]);
const str2durationUnits = new Map<string, bigint>([...goUnits, ['d', 86_400_000_000_000n], ['w', 604_800_000_000_000n]]);
const TWO_63 = 1n << 63n;

/**
 * A Go duration: the length in nanoseconds, or Docker's error text. `str2duration` (the default) is what
 * Compose reads (xhit/go-str2duration ParseDuration); `go` is time.ParseDuration, which BuildKit uses for
 * HEALTHCHECK's flags. Both follow Go's time/format.go step by step, in exact integers: each number is cut to
 * whole nanoseconds, and the first part past 2^63 ns (about 292 years) stops the parse as "invalid duration".
 * Go quotes the text in its errors with non-ASCII bytes as `\xNN`; str2duration quotes it as it is.
 */
export function parseGoDuration(orig: string, dialect: 'go' | 'str2duration' = 'str2duration'): { ns: number } | { error: string } {
  const units = dialect === 'go' ? goUnits : str2durationUnits;
  const q = dialect === 'go' ? goQuote : (text: string) => `"${text}"`;
  const invalid = { error: `time: invalid duration ${q(orig)}` };
  let s = orig;
  let neg = false;
  if (s && (s[0] === '-' || s[0] === '+')) { neg = s[0] === '-'; s = s.slice(1); }
  if (s === '0') return { ns: 0 };
  if (s === '') return invalid;
  let total = 0n;
  while (s !== '') {
    if (!/^[.\d]/.test(s)) return invalid;
    // [0-9]*, refused past 2^63 as Go's leadingInt does.
    const whole = /^\d*/.exec(s)![0];
    s = s.slice(whole.length);
    let v = 0n;
    for (const digit of whole) {
      if (v > TWO_63 / 10n) return invalid;
      v = v * 10n + BigInt(digit);
      if (v > TWO_63) return invalid;
    }
    // (\.[0-9]*)?: digits past what fits are read but not kept (leadingFraction).
    let f = 0n, scale = 1, post = false;
    if (s[0] === '.') {
      const fraction = /^\d*/.exec(s.slice(1))![0];
      s = s.slice(1 + fraction.length);
      post = fraction.length > 0;
      let overflow = false;
      for (const digit of fraction) {
        if (overflow || f > (TWO_63 - 1n) / 10n) { overflow = true; continue; }
        const y = f * 10n + BigInt(digit);
        if (y > TWO_63) { overflow = true; continue; }
        f = y;
        scale *= 10;
      }
    }
    if (!whole && !post) return invalid;
    const unitText = /^[^.\d]*/.exec(s)![0];
    if (unitText === '') return { error: `time: missing unit in duration ${q(orig)}` };
    s = s.slice(unitText.length);
    const unit = units.get(unitText);
    if (unit === undefined) return { error: `time: unknown unit ${q(unitText)} in duration ${q(orig)}` };
    if (v > TWO_63 / unit) return invalid;
    v *= unit;
    // Go works out the fraction's share in float64 (exact to the nanosecond even for hours), then cuts it.
    if (f > 0n) {
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
      if (v > TWO_63) return invalid;
    }
    total += v;
    if (total > TWO_63) return invalid;
  }
  if (!neg && total > TWO_63 - 1n) return invalid;
  return { ns: Number(neg ? -total : total) };
}

/** Go's time.quote: the text in double quotes, `"` and `\` escaped, and each byte of a non-ASCII or control character as `\xNN`. */
function goQuote(text: string): string {
  let out = '"';
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if (code >= 0x80 || code < 0x20) for (const byte of new TextEncoder().encode(c)) out += `\\x${byte.toString(16).padStart(2, '0')}`;
    else out += c === '"' || c === '\\' ? `\\${c}` : c;
  }
  return `${out}"`;
}

/** True for what strconv.ParseFloat reads, as far as this check needs: decimals, exponents, inf, nan, hex floats. */
export function isGoFloat(s: string): boolean {
  return /^[+-]?(\d+(?:\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s)
    || /^[+-]?(inf|infinity|nan)$/i.test(s)
    || /^[+-]?0[xX][0-9a-fA-F_.]+([pP][+-]?\d+)?$/.test(s);
}

/**
 * compose-go's UnitBytes.parseString: a whole number (negative too) as bytes, else go-units RAMInBytes
 * (steps of 1024). Returns the bytes, or Docker's error text.
 */
export function parseByteSize(s: string): { bytes: number } | { error: string } {
  if (/^[+-]?\d+$/.test(s)) return { bytes: Number(s) };
  const sep = Math.max(...[...'0123456789. '].map(c => s.lastIndexOf(c)));
  if (sep < 0) return { error: `invalid size: '${s}'` };
  const num = s[sep] === ' ' ? s.slice(0, sep) : s.slice(0, sep + 1);
  const raw = s.slice(sep + 1);
  if (!isGoFloat(num)) return { error: `strconv.ParseFloat: parsing "${num}": invalid syntax` };
  const size = Number(num);
  if (size < 0) return { error: `invalid size: '${s}'` };
  if (raw === '') return { bytes: Math.trunc(size) };
  if (raw.length > 3) return { error: `invalid suffix: '${raw}'` };
  const sfx = raw.toLowerCase();
  if (sfx[0] === 'b') return sfx.length > 1 ? { error: `invalid suffix: '${sfx}'` } : { bytes: Math.trunc(size) };
  const power = 'kmgtp'.indexOf(sfx[0]);
  if (power < 0 || (sfx.length === 2 && sfx[1] !== 'b') || (sfx.length === 3 && sfx.slice(1) !== 'ib')) return { error: `invalid suffix: '${sfx}'` };
  return { bytes: Math.trunc(size * 1024 ** (power + 1)) };
}

/** Docker's complaint about a byte size, or undefined when it is accepted. */
export function byteSizeError(s: string): string | undefined {
  const parsed = parseByteSize(s);
  return 'error' in parsed ? parsed.error : undefined;
}
