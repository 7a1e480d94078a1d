// SPDX-License-Identifier: MIT
// A CPU profile of a real extension host from its very start (issue 29: what activation costs there). The UI run
// starts an extension host stopped on its first line (`inspect-brk-extensions`, on 127.0.0.1), and this script,
// run with the test host's Node 24 (for its WebSocket), attaches to it over the inspector protocol, starts
// the profiler, lets the host run, and on a `stop` line on stdin writes the profile to the file it was given.
//   node hostProfiler.mjs <inspector port> <profile file>
// It prints `profiling` once the host runs under the profiler, and `written` once the file is there.
/* global fetch, WebSocket -- Node 24's own (this script runs with the test host's Node 24) */
import fs from 'node:fs';

const [port, out] = process.argv.slice(2);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The host's inspector target, once it listens (it starts when the workbench connects). */
async function target() {
  const until = Date.now() + 60000;
  while (Date.now() < until) {
    try {
      const list = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
      if (list.length > 0) return list[0];
    } catch { /* not listening yet */ }
    await sleep(100);
  }
  throw new Error(`no inspector on 127.0.0.1:${port} within 60 s`);
}

const { webSocketDebuggerUrl } = await target();
const socket = new WebSocket(webSocketDebuggerUrl);
await new Promise((resolve, reject) => { socket.onopen = resolve; socket.onerror = () => reject(new Error(`cannot connect to ${webSocketDebuggerUrl}`)); });
let nextId = 0;
const pending = new Map();
socket.onmessage = (event) => {
  const message = JSON.parse(String(event.data));
  if (message.id && pending.has(message.id)) {
    const { resolve, reject } = pending.get(message.id);
    pending.delete(message.id);
    if (message.error) reject(new Error(message.error.message));
    else resolve(message.result);
  } else if (message.method === 'Debugger.paused') {
    // Stopped on the first line (inspect-brk): go on, and leave the debugger off for the rest of the run.
    void send('Debugger.resume').then(() => send('Debugger.disable'));
  }
};
function send(method, params = {}) {
  return new Promise((resolve, reject) => {
    const id = ++nextId;
    pending.set(id, { resolve, reject });
    socket.send(JSON.stringify({ id, method, params }));
  });
}

await send('Profiler.enable');
await send('Profiler.setSamplingInterval', { interval: 250 });
await send('Profiler.start');
await send('Debugger.enable');
await send('Runtime.runIfWaitingForDebugger');
console.log('profiling');

process.stdin.setEncoding('utf8');
process.stdin.on('data', async (line) => {
  if (!/stop/.test(line)) return;
  const { profile } = await send('Profiler.stop');
  fs.writeFileSync(out, JSON.stringify(profile));
  console.log('written');
  socket.close();
  process.exit(0);
});
