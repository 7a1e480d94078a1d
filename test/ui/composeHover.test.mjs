// SPDX-License-Identifier: MIT
// What a person sees in a compose file: a ports value explained as host:container.
import path from 'node:path';

export default [
  {
    name: 'hovering "4567:4567" in docker-compose.yml says host port to container port',
    async run({ wb, assert, repoRoot }) {
      await wb.openFile('docker-compose.yml');
      const text = await wb.hover('4567:4567', { expect: /host port/i });
      assert.match(text, /host port\s*4567/i);
      assert.match(text, /container port\s*4567/i);
      // The README and the walkthrough show this picture.
      await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'hover-compose.png'), {
        selector: '.part.editor', downTo: '.monaco-editor .monaco-hover',
      });
      await wb.unhover();
    },
  },
];
