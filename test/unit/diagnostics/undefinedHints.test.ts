// SPDX-License-Identifier: MIT
// K7 of the 2026-12-06 walkthrough: "the undeclared network gets no 'did you mean internal-network'". An
// undeclared network, volume or service now names the entry the writer probably meant (a near spelling, the
// entry whose `name:` they wrote, or the only one declared), with a fix that writes it.
import * as assert from 'assert';
import { parseDocument } from 'yaml';
import { composeDiagnostics } from '../../../src/core/index';
import { joinLines } from '../helpers';
import { applyFix } from './applyFix';

describe('K7: an undeclared compose network suggests the one meant', () => {
  const file = { path: '/home/learner/cruddur/docker-compose.yml' };
  const undeclared = (text: string) => composeDiagnostics(text, { file }).filter((d) => d.code.startsWith('Undefined'));

  /** Applies the only fix: the text parses and the problem is gone. */
  function fixed(text: string): string {
    const [d] = undeclared(text);
    assert.ok(d?.fixes?.length, `a fix for ${d?.message}`);
    const out = applyFix(text, d.fixes![0]);
    assert.deepStrictEqual(parseDocument(out).errors, []);
    assert.deepStrictEqual(undeclared(out).map((x) => x.message), []);
    return out;
  }

  it('the walkthrough\'s file: cruddur-net, where the network internal-network has name: cruddur', () => {
    const text = joinLines('services:', '  backend-flask:', '    build: ./backend-flask', '    networks:', '      - cruddur-net', 'networks:', '  internal-network:', '    driver: bridge', '    name: cruddur');
    const [d] = undeclared(text);
    assert.match(d.message, /did you mean `internal-network`\? Its `name: cruddur` is what the engine calls it; services name it by its key/);
    assert.match(fixed(text), /^ {6}- internal-network$/m);
  });

  it('a near spelling is suggested among several, and a volume entry keeps its target when fixed', () => {
    const text = joinLines('services:', '  web:', '    image: nginx:1.27', '    networks: [frnt]', '    volumes:', '      - dta:/data', 'networks:', '  front:', '  back:', 'volumes:', '  data:');
    const [net, vol] = undeclared(text);
    assert.match(net.message, /did you mean `front`\?$/);
    assert.match(vol.message, /did you mean `data`\?$/);
    const once = applyFix(text, vol.fixes![0]);
    assert.match(once, /^ {6}- data:\/data$/m);
  });

  it('nothing alike and only one declared: says so, and offers no fix (that one may be another thing altogether)', () => {
    const text = joinLines('services:', '  web:', '    image: nginx:1.27', '    networks: [storage]', 'networks:', '  backend:');
    const [problem] = undeclared(text);
    assert.match(problem.message, /; this file declares only `backend`\.$/);
    assert.strictEqual(problem.fixes, undefined);
  });

  it('a misspelt service under depends_on gets its near spelling, and none when the service already names it', () => {
    const text = joinLines('services:', '  web:', '    image: nginx:1.27', '    depends_on: [dbb]', '  db:', '    image: postgres:16');
    assert.match(undeclared(text)[0].message, /did you mean `db`\?$/);
    assert.match(fixed(text), /depends_on: \[db\]/);
    const twice = joinLines('services:', '  web:', '    image: nginx:1.27', '    depends_on: [dbb, db]', '  db:', '    image: postgres:16');
    assert.match(undeclared(twice)[0].message, /did you mean `db`\?$/);
    assert.strictEqual(undeclared(twice)[0].fixes, undefined);
  });

  it('nothing alike and several declared: no guess, no fix', () => {
    const text = joinLines('services:', '  web:', '    image: nginx:1.27', '    networks: [storage]', 'networks:', '  front:', '  back:');
    const [d] = undeclared(text);
    assert.match(d.message, /under the top-level `networks:` of this file\.$/);
    assert.strictEqual(d.fixes, undefined);
  });
});
