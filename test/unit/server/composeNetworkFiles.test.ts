// SPDX-License-Identifier: MIT
// The server's compose network source: open compose documents first, else the compose files on disk
// (node_modules skipped), cached until told to forget. Expected names written by hand from compose-go's
// loader/normalize.go (setNameFromKey: `<project>_<key>`).
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ComposeNetworkSource } from '../../../src/server/composeNetworkFiles';

describe('server ComposeNetworkSource', () => {
  let root: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'coach-networks-'));
    fs.mkdirSync(path.join(root, 'Shop'));
    fs.writeFileSync(path.join(root, 'Shop', 'compose.yaml'), 'services:\n  web:\n    networks: [front]\nnetworks:\n  front: {}\n');
    fs.mkdirSync(path.join(root, 'node_modules', 'pkg'), { recursive: true });
    fs.writeFileSync(path.join(root, 'node_modules', 'pkg', 'compose.yaml'), 'networks:\n  hidden: {}\n');
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('reads the compose files on disk when none is open, skipping node_modules', async () => {
    const source = new ComposeNetworkSource(() => [], () => [root], () => undefined);
    assert.deepStrictEqual((await source.networks()).map(n => n.name), ['shop_front']);
  });

  it('prefers the open compose documents, and reads again after forget()', async () => {
    let open = [{ path: path.join(root, 'Shop', 'compose.yaml'), text: 'name: store\nnetworks:\n  back: {}\n' }];
    const source = new ComposeNetworkSource(() => open, () => [root], () => undefined);
    assert.deepStrictEqual((await source.networks()).map(n => n.name), ['store_back']);
    open = [{ path: path.join(root, 'Shop', 'compose.yaml'), text: 'name: store\nnetworks:\n  data: {}\n' }];
    assert.deepStrictEqual((await source.networks()).map(n => n.name), ['store_back'], 'cached until forget()');
    source.forget();
    assert.deepStrictEqual((await source.networks()).map(n => n.name), ['store_data']);
  });
});
