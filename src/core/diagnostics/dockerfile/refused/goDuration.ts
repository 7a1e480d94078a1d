// SPDX-License-Identifier: MIT
// Go's time.ParseDuration, which BuildKit applies to HEALTHCHECK's durations: a number and a unit
// (`ns`, `us`, `µs`, `ms`, `s`, `m`, `h`), repeated (`1m30s`); a bare `0` is the only value without a
// unit. The errors are worded as Go words them (go/src/time/format.go, ParseDuration).

const UNITS: Readonly<Record<string, number>> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1000, m: 60000, h: 3600000 };

/** The duration in milliseconds, or Go's error text. */
export function parseGoDuration(text: string): { ms: number } | { error: string } {
  const quoted = JSON.stringify(text);
  const invalid = { error: `time: invalid duration ${quoted}` };
  let s = text;
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) { sign = s[0] === '-' ? -1 : 1; s = s.slice(1); }
  if (s === '0') return { ms: 0 };
  if (s === '') return invalid;
  let total = 0;
  while (s !== '') {
    const num = /^(\d*)(?:\.(\d*))?/.exec(s)!;
    if (!/\d/.test(num[0])) return invalid;
    s = s.slice(num[0].length);
    const unit = /^[^\d.]*/.exec(s)![0];
    if (unit === '') return { error: `time: missing unit in duration ${quoted}` };
    if (!Object.prototype.hasOwnProperty.call(UNITS, unit)) return { error: `time: unknown unit ${JSON.stringify(unit)} in duration ${quoted}` };
    total += Number(num[0].startsWith('.') ? `0${num[0]}` : num[0].endsWith('.') ? num[0].slice(0, -1) : num[0]) * UNITS[unit];
    s = s.slice(unit.length);
  }
  return { ms: sign * total };
}
