// SPDX-License-Identifier: MIT
// What a person sees: hovering RUN and CMD in the Flask sample's Dockerfile.
import path from 'node:path';

export default [
  {
    name: 'hovering RUN in backend-flask/Dockerfile explains build time',
    async run({ wb, assert, repoRoot }) {
      await wb.openFile('backend-flask/Dockerfile');
      const text = await wb.hover('RUN', { expect: /\bRUN\b[\s\S]*build time/i });
      assert.match(text, /\bRUN\b/);
      assert.match(text, /build time/i);
      assert.match(text, /docs\.docker\.com|Reference/i);
      // The README shows this picture.
      await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'hover-run.png'), {
        selector: '.part.editor', downTo: '.monaco-editor .monaco-hover',
      });
      await wb.unhover();
    },
  },
  {
    name: 'hovering CMD says the container runs it when it starts',
    async run({ wb, assert }) {
      // Its own file, so it passes run alone (no panel: run-ui.mjs resets the layout before each file).
      await wb.openFile('backend-flask/Dockerfile');
      const text = await wb.hover('CMD', { expect: /start/i });
      assert.match(text, /\bCMD\b/);
      assert.match(text, /container starts|when .*start/i);
      await wb.unhover();
    },
  },
];
