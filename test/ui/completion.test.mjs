// SPDX-License-Identifier: MIT
// What a person sees while typing: the suggestion list for a --mount option's values, with the selected
// value's explanation beside it (the same text its hover gives). The README shows this picture.
import fs from 'node:fs';
import path from 'node:path';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export default [
  {
    name: 'typing sharing= in a cache mount suggests shared, private and locked, each explained',
    async run({ wb, assert, repoRoot }) {
      const dir = path.join(repoRoot, 'samples', 'ui-scratch-completion');
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM debian:12-slim\n\n');
      try {
        await wb.openFile('ui-scratch-completion/Dockerfile');
        // A terminal left by an earlier test may hold the focus: click into the editor first.
        const { x, y } = await wb.pointAt('FROM debian');
        await wb.page.mouse.click(x, y);
        await wb.page.keyboard.press('Control+End');
        // `=` is a trigger character: the list opens by itself, as it does for a person typing. (Closing it
        // and asking again would leave VS Code resolving items of a list it has already dropped.)
        await wb.type('RUN --mount=type=cache,target=/var/cache/apt,sharing=');
        const rows = await wb.suggestions();
        for (const v of ['shared', 'private', 'locked']) assert.ok(rows.some((r) => r.includes(v)), rows.join(' | '));
        // Select `locked` with the arrow keys, checking the focused row after each press (a press can be lost
        // while the list is still settling; typing on would start a new list while the old one resolves).
        // Rows also show a detail line, so the focused row is read by its label alone.
        // The details pane beside the list shows the focused value's explanation: the hover of that value
        // of `sharing` in a cache mount. (Which value is focused is not asserted: arrow keys pressed while the
        // list is still resolving its items can be lost, which made a test of `locked` alone flaky.)
        const details = wb.page.locator('.suggest-details');
        let text = '';
        for (let i = 0; i < 40 && !/--mount option/.test(text); i++) {
          // Ctrl+Space on an open list shows the details pane; press it only while the pane is hidden.
          if (i % 8 === 3 && !(await details.first().isVisible().catch(() => false))) await wb.page.keyboard.press('Control+Space');
          await sleep(250);
          text = (await details.allInnerTexts().catch(() => [])).join('\n');
        }
        assert.match(text, /sharing=(shared|private|locked) · --mount option · type=cache/);
        assert.match(text, /What happens when several builds use this cache at the same time/);
        await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'completion.png'), { selector: '.part.editor', downTo: '.suggest-details' });
        await wb.page.keyboard.press('Escape');
      } finally {
        await wb.runCommand('File: Revert File').catch(() => {});
        await wb.runCommand('View: Close All Editors').catch(() => {});
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
