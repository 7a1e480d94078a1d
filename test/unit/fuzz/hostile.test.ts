// SPDX-License-Identifier: MIT
// Hostile input against every core entry point: each call stays bounded in memory and gives a calm result
// (or none), never a throw. Time is not asserted here: on a loaded machine a wall-clock bound fails for no
// fault, so speed belongs to `npm run bench`; a real hang still fails through this suite's timeout. The table
// it prints (slowest entry point per input) is for reading, not for passing.
import * as assert from 'assert';
import { performance } from 'perf_hooks';
import * as v8 from 'v8';
import * as vm from 'vm';
import { entryPoints, type FuzzInput } from '../../fuzz/entryPoints';

/** A generous bound: it guards against blow-ups, not against a large but proportionate heap. */
const MAX_HEAP_GROWTH_MB = 1024;

/**
 * A call that seems to grow the heap past the bound is measured again after a full garbage collection, so the
 * growth counted is its own: the garbage earlier calls left is collected whenever V8 chooses (later under load),
 * and the 5 MB line once read 1.3 GB on a loaded machine where each call alone stays under 400 MB. Collecting
 * before every call instead made this suite minutes slower.
 */
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

function aliasBomb(): string {
  const lines = ['x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) {
    const prev = String.fromCharCode(97 + i - 1), name = String.fromCharCode(97 + i);
    lines.push(`x-${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  lines.push('services:', '  web:', '    image: nginx', '    labels: *i');
  return lines.join('\n') + '\n';
}

const hostile: { name: string; text: string }[] = [
  { name: 'alias bomb (9^9 expansion)', text: aliasBomb() },
  { name: '10,000-deep flow nesting', text: 'services:\n  web: ' + '['.repeat(10000) + ']'.repeat(10000) + '\n' },
  { name: '10,000-deep mapping nesting', text: 'services: ' + '{a: '.repeat(10000) + '1' + '}'.repeat(10000) + '\n' },
  { name: '10,000-deep block sequence', text: 'x-deep:\n  ' + '- '.repeat(10000) + 'x\n' },
  { name: '5 MB single line (compose)', text: 'services: {web: {image: "' + 'a'.repeat(5 * 1024 * 1024) + '"}}' },
  { name: '5 MB single line (Dockerfile)', text: 'FROM alpine\nRUN echo ' + 'a'.repeat(5 * 1024 * 1024) + '\n' },
  { name: '10,000 duplicate keys', text: 'services:\n  web:\n' + '    image: nginx\n'.repeat(10000) },
  { name: '!override, !reset and !!binary tags', text: 'services:\n  web:\n    image: !reset null\n    ports: !override ["80:80"]\n    labels:\n      blob: !!binary aGVsbG8=\n    command: !!binary |\n      R0lGODlhDAAMAIQAAP\n' },
  { name: 'BOM, NUL bytes and tabs', text: '\uFEFFFROM\0 alpine\n\tRUN\techo\0hi\nservices:\n\tweb:\n\t\timage: x\0\n' },
  { name: '200,000 continuation lines', text: 'FROM alpine\nRUN echo \\\n' + '  a \\\n'.repeat(200000) + '  end\n' },
  { name: 'a heredoc that never closes', text: 'FROM alpine\nRUN <<EOF\n' + 'echo hi\n'.repeat(50000) },
  // Found by a sweep of small hostile inputs (#29): each took seconds to minutes before its mend, so a return
  // of the blow-up fails through this suite's timeout.
  { name: 'a bad --health-interval of 90 characters (the duration pattern)', text: 'docker run --health-interval=0' + '00s0'.repeat(22) + '. nginx\n' },
  { name: 'a --mount value of 60 quotes (the flags before a command)', text: 'FROM alpine\nRUN --mount=' + '""'.repeat(30) },
  { name: '2,000 ports with a valueOf key (uniqueItems)', text: 'services:\n  a:\n    image: x\n    ports: [' + Array(2000).fill('{valueOf: 1}').join(', ') + ']\n' },
  { name: 'two services naming each other 4,000 times (dependency circles)', text: `services:\n  a:\n    image: x\n    depends_on: [${Array(4000).fill('b').join(', ')}]\n  b:\n    image: x\n    depends_on: [${Array(4000).fill('a').join(', ')}]\n` },
  { name: '100,000 blank lines after FROM (the example language)', text: 'FROM alpine\n' + '\n'.repeat(100000) },
  // A second sweep: patterns that read back from the end of a line (`/\S*$/`) or cut a tag (`/:[^/]*$/`), and a
  // fence grown one backtick at a time. Each took 2 to 14 s at 32 KB before its mend.
  { name: 'completion after a 32 KB word and a space (COPY)', text: `FROM alpine\nCOPY ${'a'.repeat(32768)} ` },
  { name: 'completion after a 32 KB quoted compose value', text: `services:\n  web:\n    image: a\n    command: "${'a'.repeat(32768)}"` },
  { name: 'an image name of 32,000 colons then a slash', text: `FROM a${':'.repeat(32000)}/x\nservices:\n  web:\n    image: a${':'.repeat(32000)}/x\n` },
  { name: 'docker run and 32,000 backticks', text: `docker run ${'`'.repeat(32000)}\n` },
  { name: 'a here-document marker of 16,000 characters over 8,000 lines, never closed', text: `FROM alpine\nRUN <<${'E'.repeat(16000)}\n${'x\n'.repeat(8000)}` },
  // `(.*?)\s*$`-like patterns on a line with a long run of blanks inside: a heading in the notes took minutes.
  { name: 'a directive, a heading and a line with 30,000 blanks inside', text: `# syntax=a${' '.repeat(30000)}b\n## a${' '.repeat(30000)}b\nFROM a${' \t'.repeat(15000)}x\n` },
];

describe('hostile input, every core entry point', function () {
  this.timeout(15 * 60_000);
  const rows: string[] = [];
  // Mocha sets Error.stackTraceLimit to Infinity; VS Code's extension host sets 100 (extensionHostProcess.js in
  // code-server 4.139). `yaml` makes an error per level of a deep unclosed collection, and with no limit each one
  // copied the whole deep stack: composeNetworks read 5 to 10 s here on 10,000-deep flow nesting, 0.3 s at 100.
  let stackTraceLimit = Error.stackTraceLimit;
  before(() => { stackTraceLimit = Error.stackTraceLimit; Error.stackTraceLimit = 100; });
  after(() => { Error.stackTraceLimit = stackTraceLimit; });
  after(() => {
    console.log('\n      | input | slowest entry point | ms | heap growth MB |');
    for (const r of rows) console.log(`      ${r}`);
  });

  for (const h of hostile) {
    it(`${h.name}: calm, bounded in memory`, () => {
      let worst = { entry: '', ms: 0 }, heap = 0;
      const lines = h.text.split('\n');
      const positions = [{ line: 0, character: 0 }, { line: Math.floor(lines.length / 2), character: 3 }, { line: lines.length - 1, character: 100000 }];
      for (const [entry, call] of Object.entries(entryPoints)) {
        for (const position of positions) {
          const input: FuzzInput = { text: h.text, position, other: h.text.slice(0, 2000), file: { path: '/w/app/compose.yaml', workspaceFolder: '/w' }, shell: 'posix' };
          let before = process.memoryUsage().heapUsed;
          const t = performance.now();
          assert.doesNotThrow(() => call(input), `${entry} threw on ${h.name}`);
          const ms = performance.now() - t;
          let growth = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
          if (growth >= MAX_HEAP_GROWTH_MB) {
            collectGarbage();
            before = process.memoryUsage().heapUsed;
            // One space more: the same work for every parser, but a miss in the caches the first call filled, so
            // this measures a fresh call and not a cached answer.
            call({ ...input, text: `${input.text} ` });
            growth = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
          }
          heap = Math.max(heap, growth);
          if (ms > worst.ms) worst = { entry, ms };
        }
      }
      assert.ok(heap < MAX_HEAP_GROWTH_MB, `heap grew ${heap.toFixed(0)} MB on ${h.name}`);
      rows.push(`| ${h.name} | ${worst.entry} | ${worst.ms.toFixed(0)} | ${heap.toFixed(0)} |`);
    });
  }
});
