// SPDX-License-Identifier: MIT
// Signals a STOPSIGNAL line may name or an exit code of 128 + n reports (see exitCodes.ts), with their Linux
// numbers and what programs usually do on them, or why a program gets them.

export interface SignalDoc { number: number; meaning: string }

export const signals = {
  SIGTERM: { number: 15, meaning: 'the polite "please shut down" signal; the default for `docker stop`' },
  SIGINT: { number: 2, meaning: 'what Ctrl+C sends; many servers (Node, Python) shut down cleanly on it' },
  SIGQUIT: { number: 3, meaning: 'asks the program to quit; nginx uses it for a graceful shutdown' },
  SIGKILL: { number: 9, meaning: 'kills the process at once; it cannot be caught, so nothing gets to clean up' },
  SIGABRT: { number: 6, meaning: 'the abort signal; a program raises it on itself after an internal error, such as Node.js running out of heap memory' },
  SIGSEGV: { number: 11, meaning: 'the segmentation-fault signal; the kernel sends it to a program that touches memory it may not use, usually a bug in native code' },
  SIGPIPE: { number: 13, meaning: 'the broken-pipe signal; a program gets it when it writes to a pipe or connection whose reader has gone away' },
  SIGHUP: { number: 1, meaning: '"hang up"; many daemons reload their configuration on it rather than stop' },
  SIGUSR1: { number: 10, meaning: 'a signal with no fixed meaning; each program decides' },
  SIGUSR2: { number: 12, meaning: 'a signal with no fixed meaning; each program decides' },
  SIGWINCH: { number: 28, meaning: 'normally "the terminal was resized"; Apache httpd uses it for a graceful stop' },
  SIGPWR: { number: 30, meaning: 'normally "power failure"; some init systems shut down on it' },
  'SIGRTMIN+3': { number: 37, meaning: 'what systemd treats as "shut down"' },
} as const satisfies Record<string, SignalDoc>;

export type SignalName = keyof typeof signals;

/** The signal named by `value`: `SIGTERM`, `TERM`, `sigterm` or its number `15`. */
export function signalOf(value: string): { name: SignalName; doc: SignalDoc } | undefined {
  const v = value.trim().toUpperCase();
  if (/^\d+$/.test(v)) {
    const n = Number(v);
    const name = (Object.keys(signals) as SignalName[]).find(k => signals[k].number === n);
    return name ? { name, doc: signals[name] } : undefined;
  }
  const name = (v.startsWith('SIG') ? v : `SIG${v}`) as SignalName;
  return Object.prototype.hasOwnProperty.call(signals, name) ? { name, doc: signals[name] } : undefined;
}

/**
 * Every name Docker accepts for a stop signal on Linux, without `SIG` (moby/sys/signal
 * signal_linux.go, SignalMap): `STOPSIGNAL` and `docker run --stop-signal` take these, in any case,
 * with or without `SIG`, or any number but 0.
 */
export const linuxSignalNames: ReadonlySet<string> = new Set([
  'ABRT', 'ALRM', 'BUS', 'CHLD', 'CLD', 'CONT', 'FPE', 'HUP', 'ILL', 'INT', 'IO', 'IOT', 'KILL', 'PIPE', 'POLL',
  'PROF', 'PWR', 'QUIT', 'SEGV', 'STKFLT', 'STOP', 'SYS', 'TERM', 'TRAP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'USR1',
  'USR2', 'VTALRM', 'WINCH', 'XCPU', 'XFSZ', 'RTMIN', 'RTMAX',
  ...Array.from({ length: 15 }, (_, i) => `RTMIN+${i + 1}`),
  ...Array.from({ length: 14 }, (_, i) => `RTMAX-${i + 1}`),
]);
