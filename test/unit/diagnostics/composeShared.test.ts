// SPDX-License-Identifier: MIT
// One check, two places: the compose hovers and the compose diagnostics call the same check functions.
// Shown twice: the modules import the one function (read from the sources), and on the same inputs the
// hover warns exactly where the diagnostic fires.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { composeDiagnostics, explainCompose } from '../../../src/core/index';
import { joinLines, positionOf } from '../helpers';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const source = (rel: string): string => fs.readFileSync(path.join(repoRoot, rel), 'utf8');

describe('compose hovers and diagnostics share their checks', () => {
  it('both sides import the one check function', () => {
    const pairs: [string, string[], string][] = [
      ['unknownKeyAt', ['src/core/compose/hover.ts', 'src/core/diagnostics/compose/rules/unknownKey.ts'], 'src/core/compose/unknownKey.ts'],
      ['referenceStatus', ['src/core/compose/names.ts', 'src/core/compose/volumes.ts', 'src/core/diagnostics/compose/rules/undefinedReferences.ts'], 'src/core/compose/references.ts'],
      ['isUnpinnedImage', ['src/core/diagnostics/compose/rules/unpinnedImage.ts'], 'src/core/compose/imageRef.ts'],
    ];
    for (const [fn, users, home] of pairs) {
      assert.match(source(home), new RegExp(`export function ${fn}\\(`), `${fn} lives in ${home}`);
      for (const u of users) assert.match(source(u), new RegExp(`\\b${fn}\\(`), `${u} calls ${fn}`);
    }
    // The image hover's warning goes through the same function.
    assert.match(source('src/core/compose/imageRef.ts'), /if \(isUnpinnedImage\(r\)\) warnings\.push/);
  });

  it('on the same file, the hover warns exactly where a diagnostic fires', () => {
    const text = joinLines('services:', '  web:', '    imgae: nginx', '    image: nginx:1.27', '    depends_on: [dbb, db]', '    networks: [front, back]',
      '    volumes:', '      - data:/data', '      - logs:/logs', '  db:', '    image: postgres', 'networks:', '  back:', 'volumes:', '  logs:');
    const file = { path: '/p/compose.yaml' };
    const codes = new Map(composeDiagnostics(text, { file }).map(d => [`${d.range.start.line}:${d.range.start.character}`, d.code]));
    const probes: [string, RegExp][] = [
      ['imgae', /Did you mean `image`/], ['dbb', /There is no service `dbb`/], ['front', /There is no network `front`/],
      ['data:/data', /not declared under the top-level `volumes:`/], ['postgres', /Without a fixed tag/],
    ];
    for (const [word, warning] of probes) {
      const pos = positionOf(text, word);
      assert.match(explainCompose(text, pos)?.markdown ?? '', warning, word);
      assert.ok(codes.has(`${pos.line}:${pos.character}`), `a diagnostic at ${word}`);
    }
    for (const word of ['db]', 'back', 'logs:/logs', 'nginx:1.27']) {
      const pos = positionOf(text, word);
      assert.ok(!codes.has(`${pos.line}:${pos.character}`), `no diagnostic at ${word}`);
    }
  });
});
