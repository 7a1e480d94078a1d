// SPDX-License-Identifier: MIT
// What a person sees in notes and scripts (issue 25): the hover of a `docker logs` flag in a markdown
// fence, and the flag list after `docker run --` with each flag's explanation beside it. The README
// shows both pictures.
import path from 'node:path';


export default [
  {
    name: 'hovering --tail in the sh fence of notes/week1.md explains the flag and this line\'s 100',
    async run({ wb, assert, repoRoot }) {
      // No panel: run-ui.mjs resets the layout before each file (wb.resetLayout).
      await wb.openFile('notes/week1.md');
      const text = await wb.hover('--tail', { expect: /--tail/ });
      assert.match(text, /docker logs/);
      assert.match(text, /last `?100`? lines/);
      assert.match(text, /Default: all/);
      await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'cli-hover-tail.png'), {
        selector: '.part.editor', downTo: '.monaco-editor .monaco-hover',
      });
      await wb.unhover();
    },
  },
  {
    name: 'typing docker run -- in a script lists every docker run flag, each explained',
    async run({ wb, assert, repoRoot }) {
      await wb.scratchFolder('ui-scratch-cli', { 'run.sh': '#!/bin/sh\n\n' }, async (dir, relative) => {
        await wb.openFile(relative('run.sh'));
        const { x, y } = await wb.pointAt('#!/bin/sh');
        await wb.page.mouse.click(x, y);
        await wb.page.keyboard.press('Control+End');
        // `-` is a trigger character: the list opens by itself, as it does for a person typing.
        await wb.type('docker run --');
        const rows = await wb.suggestions();
        for (const flag of ['--rm', '--publish', '--env', '--volume']) assert.ok(rows.some((r) => r.includes(flag)), rows.join(' | '));
        const details = wb.page.locator('.suggest-details');
        // Ctrl+Space on an open list shows the details pane; pressed only while the pane is hidden, and not at every
        // look (a second press while it opens would close it again).
        let looks = 0;
        const text = await wb.waitFor('the details pane explaining a docker run flag', async () => {
          if (looks++ % 8 === 3 && !(await details.first().isVisible().catch(() => false))) await wb.page.keyboard.press('Control+Space');
          const now = (await details.allInnerTexts().catch(() => [])).join('\n');
          return /docker run/.test(now) ? now : undefined;
        }, 10000);
        assert.match(text, /docker run/);
        await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'cli-completion-run.png'), { selector: '.part.editor', downTo: '.suggest-details' });
        await wb.page.keyboard.press('Escape');
      });
    },
  },
];
