// SPDX-License-Identifier: MIT
// Fuzzed inputs: real files (samples/, and ../shared/corpus when present) cut, spliced and sprinkled with
// the characters that break parsers (continuations, heredocs, anchors, tabs, CRLF, surrogates, NUL, BOM),
// at positions that include the out-of-range ones and the middle of a surrogate pair.
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import type { ShellKind } from '../../src/core/index';
import type { FuzzInput } from './entryPoints';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

function filesUnder(dir: string, limit: number): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (out.length >= limit) return;
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && fs.statSync(full).size < 200_000) out.push(full);
    }
  };
  walk(dir);
  return out;
}

/** The seed texts, and whether the corpus was there to add to them. */
export function seedTexts(): { texts: string[]; corpus: boolean } {
  const corpusDir = path.resolve(repoRoot, '..', 'shared', 'corpus');
  const files = [
    ...filesUnder(path.join(repoRoot, 'samples'), 50),
    ...filesUnder(path.join(corpusDir, 'dockerfile'), 400),
    ...filesUnder(path.join(corpusDir, 'compose'), 400),
  ];
  return { texts: files.map(f => fs.readFileSync(f, 'utf8')), corpus: fs.existsSync(corpusDir) };
}

const nasty = [
  '\\\n', '\\', '`\n', '${', '${A:-', '$', '$$', '<<EOF\n', '<<-EOF\n', 'EOF\n', '"', "'", '[', ']', '["a",', '{', '}', ':', ': ',
  '- ', '-', '--mount=type=cache,', '--from=', '#', '# check=skip=all\n', '# escape=`\n', '&a ', '*a', '<<: *a', '!!binary ', '!reset ',
  '!override ', '\t', '\r\n', '\r', '\n', '\n\n', '\uFEFF', '\0', '😀', '\uD800', '\uDC00', 'é', '  ', 'FROM ', 'RUN ', 'ONBUILD ',
  'services:\n', '  web:\n', '    image: ', 'ports:\n  - ', '"80:80"', 'docker run -it --rm -p ', 'docker compose up -d ', '```sh\n', '```\n',
];

const arbNasty = fc.constantFrom(...nasty);

/** One mutation of a text. */
function mutate(text: string, kind: number, at: number, len: number, piece: string, other: string): string {
  const i = text.length ? at % (text.length + 1) : 0;
  switch (kind) {
    case 0: return text.slice(0, i) + piece + text.slice(i);
    case 1: return text.slice(0, i) + text.slice(Math.min(text.length, i + len));
    case 2: return text.slice(0, i) + text.slice(i, i + len) + text.slice(i);
    case 3: return text.replace(/\n/g, '\r\n');
    case 4: return text.slice(0, i);
    case 5: return text.slice(0, i) + other.slice(0, len * 4) + text.slice(i);
    case 6: return text.split('\n').reverse().join('\n');
    default: return text.slice(0, i) + piece.repeat(len % 50) + text.slice(i);
  }
}

export function fuzzInputs(seeds: string[]): fc.Arbitrary<FuzzInput> {
  const arbSeed = fc.constantFrom(...seeds);
  const arbText = fc.tuple(
    fc.oneof({ weight: 4, arbitrary: arbSeed }, { weight: 1, arbitrary: fc.array(arbNasty, { maxLength: 40 }).map(a => a.join('')) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) }),
    fc.array(fc.tuple(fc.nat(7), fc.nat(), fc.nat(200), arbNasty), { maxLength: 4 }),
    arbSeed,
  ).map(([base, muts, other]) => muts.reduce((t, [k, at, len, piece]) => mutate(t, k, at, len, piece, other), base));
  const arbFile = fc.constantFrom(
    { path: '/work/app/Dockerfile', workspaceFolder: '/work/app' },
    { path: "/tmp/a b/it's $(x)/compose.yaml" },
    { path: 'C:\\Users\\me\\my app\\docker-compose.yml', workspaceFolder: 'C:\\Users\\me' },
    { path: '/-rf/;rm/`x`/Dockerfile.dev' },
  );
  return fc.record({
    text: arbText,
    position: fc.record({ line: fc.integer({ min: -2, max: 400 }), character: fc.integer({ min: -2, max: 200 }) }),
    other: fc.oneof(arbSeed.map(s => s.slice(0, 500)), fc.array(arbNasty, { maxLength: 10 }).map(a => a.join('')), fc.string({ maxLength: 40 })),
    file: arbFile,
    shell: fc.constantFrom<ShellKind>('posix', 'fish', 'pwsh', 'cmd'),
  }).map(input => {
    // Aim most positions inside the text: a line that exists, sometimes its last character.
    const lines = input.text.split('\n');
    if (input.position.line >= 0 && input.position.line < 300 && lines.length) {
      const line = input.position.line % lines.length;
      return { ...input, position: { line, character: input.position.character % (lines[line].length + 3) } };
    }
    return input;
  });
}
