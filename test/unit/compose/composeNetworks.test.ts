// SPDX-License-Identifier: MIT
// composeNetworks: the names Docker gives a compose file's networks. Expected names written by hand from
// compose-go (loader/loader.go NormalizeProjectName; loader/normalize.go normalizeNetworks, setNameFromKey).
import * as assert from 'node:assert';
import { composeNetworks } from '../../../src/core/index';

const names = (path: string, text: string) => composeNetworks([{ path, text }]).map(n => n.name);

describe('composeNetworks', () => {
  it('prefixes each network with the top-level name:', () => {
    assert.deepStrictEqual(names('/w/app/compose.yaml', 'name: myapp\nservices:\n  web:\n    networks: [back]\nnetworks:\n  back: {}\n'), ['myapp_back']);
  });

  it('takes the folder name when there is no name:', () => {
    assert.deepStrictEqual(names('/w/shop/docker-compose.yml', 'services:\n  db:\n    networks: [data]\nnetworks:\n  data:\n'), ['shop_data']);
  });

  it('normalises the project name as Compose does: lower case, only a-z 0-9 _ -, no leading _ or -', () => {
    assert.deepStrictEqual(names('/w/_My App.v2/compose.yml', 'services:\n  a:\n    networks: [n]\nnetworks:\n  n: {}\n'), ['myappv2_n']);
    assert.deepStrictEqual(names('C:\\work\\Web-Site\\compose.yaml', 'name: "-Front End"\nnetworks:\n  n: {}\n'), ['frontend_n']);
  });

  it('keeps a network\'s own name: and an external network\'s key', () => {
    const text = 'name: myapp\nservices:\n  web:\n    networks: [a, b, c]\nnetworks:\n  a:\n    name: shared-net\n  b:\n    external: true\n  c:\n    external: true\n    name: corp\n';
    assert.deepStrictEqual(names('/w/x/compose.yaml', text), ['shared-net', 'b', 'corp']);
  });

  it('adds <project>_default when a service has no networks:, and says so', () => {
    const found = composeNetworks([{ path: '/w/myapp/compose.yaml', text: 'services:\n  web:\n    image: nginx\n  db:\n    networks: [back]\nnetworks:\n  back: {}\n' }]);
    assert.deepStrictEqual(found.map(n => n.name), ['myapp_back', 'myapp_default']);
    assert.match(found[1].detail, /from compose\.yaml, project myapp/);
    assert.match(found[1].detail, /default network/);
    assert.match(found[0].detail, /^from compose\.yaml, project myapp$/);
  });

  it('no default network when every service names its networks or uses network_mode', () => {
    assert.deepStrictEqual(names('/w/p/compose.yaml', 'services:\n  a:\n    networks: [n]\n  b:\n    network_mode: host\nnetworks:\n  n: {}\n'), ['p_n']);
  });

  it('broken YAML or a non-map gives nothing, calmly', () => {
    assert.deepStrictEqual(names('/w/p/compose.yaml', 'services: [\n  : : {'), []);
    assert.deepStrictEqual(names('/w/p/compose.yaml', '- a\n- b\n'), []);
  });

  it('follows `<<:` merge keys as Compose does: a service that gets networks: from a merge is not on the default network', () => {
    const text = 'x-base: &base\n  networks: [back]\nservices:\n  api:\n    <<: *base\n    image: api\nnetworks:\n  back: {}\n';
    assert.deepStrictEqual(names('/w/p/compose.yaml', text), ['p_back']);
  });

  it('follows aliases to the networks and to a service, and an alias bomb elsewhere in the file hides nothing', () => {
    const bomb = ['x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...'bcdefgh'.split('').map((c, i) => `x-${c}: &${c} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    const text = `${bomb}\nx-nets: &nets\n  back: {}\nx-svc: &svc\n  image: nginx\nservices:\n  web: *svc\n  api:\n    networks: [back]\nnetworks: *nets\n`;
    // web, through its alias, has no networks: so it joins the default network.
    assert.deepStrictEqual(names('/w/p/compose.yaml', text), ['p_back', 'p_default']);
  });
});
