// SPDX-License-Identifier: MIT
// What a person sees on a file with mistakes: the Problems panel lists them with their codes, and the
// light bulb's quick-fix menu on a squiggle offers the fix, "Explain this problem" and "Ignore on this line".
import fs from 'node:fs';
import path from 'node:path';

/**
 * Opens the quick-fix menu on `word` with Ctrl+., as a person would, and returns the menu once it shows
 * `expect`. The menu can miss a Ctrl+. pressed while VS Code still asks the providers for the line's actions
 * (a fresh-clone run saw the light bulb but no menu): press it again, up to three times.
 */
async function openQuickFix(wb, word, expect) {
  const { page } = wb;
  const menu = page.locator('.action-widget', { hasText: expect }).first();
  for (let attempt = 1; ; attempt++) {
    const { x, y } = await wb.pointAt(word);
    await page.mouse.click(x, y);
    await page.keyboard.press('Control+.');
    if (await menu.waitFor({ timeout: 8000 }).then(() => true, () => false)) return menu;
    if (attempt === 3) throw new Error(`Ctrl+. on ${word} opened no menu with "${expect}", three times`);
    await page.keyboard.press('Escape');
  }
}

export default [
  {
    name: 'the exercise Dockerfile fills the Problems panel, and Ctrl+. on MAINTAINER offers its fix',
    async run({ wb, assert, repoRoot }) {
      const { page } = wb;
      // Tabs left by earlier tests (some of deleted scratch files) would clutter the README's pictures.
      await wb.runCommand('View: Close All Editors').catch(() => {});
      await wb.openFile('exercises/Dockerfile.mistakes');
      await wb.runCommand('View: Focus Problems');
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'MAINTAINER instruction is deprecated' }).first();
      await row.waitFor({ timeout: 30000 });
      const rows = (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).join('\n');
      assert.match(rows, /Docker Coach/);
      assert.match(rows, /MaintainerDeprecated/);
      await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'problems.png'));

      // Put the cursor on MAINTAINER and open the quick-fix menu, as a person would with Ctrl+.
      const menu = await openQuickFix(wb, 'MAINTAINER', 'Replace with LABEL');
      const items = await menu.innerText();
      assert.match(items, /Explain this problem \(MaintainerDeprecated\)/);
      assert.match(items, /Ignore MaintainerDeprecated on this line/);
      await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'quick-fix.png'), { selector: '.part.editor', downTo: '.action-widget' });
      await page.keyboard.press('Escape');
    },
  },
  {
    name: 'typing restart: sometimes in the compose sample shows InvalidRestartPolicy, and Ctrl+. offers the four policies',
    async run({ wb, assert, repoRoot }) {
      const { page } = wb;
      const file = path.join(repoRoot, 'samples', 'docker-compose.yml');
      const onDisk = fs.readFileSync(file);
      // Only this file's problems in the panel: the exercise's many rows would push its row out of the list.
      await wb.runCommand('View: Close All Editors').catch(() => {});
      try {
        await wb.openFile('docker-compose.yml');
        // VS Code reopens a file where it was last scrolled (the explain view test leaves it at db): to the top.
        await page.keyboard.press('Control+Home');
        // A new line under the backend's `build:`, typed key by key; Enter keeps the service's indentation.
        const { x, y } = await wb.pointAt('build: ./backend-flask');
        await page.mouse.click(x, y);
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await wb.type('restart: sometimes');
        // A suggestion list opened while typing would cover the line.
        await page.keyboard.press('Escape');
        const lines = (await wb.editorLines()).map((l) => l.trimEnd());
        assert.ok(lines.includes('    restart: sometimes'), `the typed line sits in the service:\n${lines.join('\n')}`);
        // Typed, not saved: the tab shows the dot of unsaved changes.
        await page.locator('.tab.active.dirty').waitFor({ timeout: 10000 });

        // The squiggle under the value, and its row in the Problems panel.
        await page.locator('.editor-instance .squiggly-error').first().waitFor({ timeout: 30000 });
        await wb.runCommand('View: Focus Problems');
        const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'sometimes' }).first();
        await row.waitFor({ timeout: 30000 });
        const rowText = await row.innerText();
        assert.match(rowText, /InvalidRestartPolicy/);
        assert.match(rowText, /Docker refuses/);

        const menu = await openQuickFix(wb, 'sometimes', 'Change to unless-stopped');
        const items = await menu.innerText();
        for (const policy of ['no', 'always', 'on-failure', 'unless-stopped']) {
          assert.match(items, new RegExp(`^\\s*Change to ${policy}\\s*$`, 'm'), `the menu offers ${policy}:\n${items}`);
        }
        assert.match(items, /Explain this problem \(InvalidRestartPolicy\)/);
        await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'restart-quick-fix.png'), { selector: '.part.editor', downTo: '.action-widget' });
        await page.keyboard.press('Escape');
        // The problem came from the unsaved text: nothing was written to disk.
        assert.deepStrictEqual(fs.readFileSync(file), onDisk, 'the typed line is not saved');
        // Undo the edit: the line goes, and the tab is clean (no "Save changes?" when it closes).
        await wb.runCommand('File: Revert File');
        await page.locator('.tab.active:not(.dirty)').waitFor({ timeout: 10000 });
        assert.ok(!(await wb.editorLines()).some((l) => l.includes('sometimes')), 'the typed line is gone');
      } finally {
        // Whatever failed above, back to the file on disk, unsaved: later tests read the sample as it is.
        await wb.runCommand('File: Revert File').catch(() => {});
        await wb.runCommand('View: Close All Editors').catch(() => {});
      }
      assert.deepStrictEqual(fs.readFileSync(file), onDisk, 'the sample on disk is unchanged');
    },
  },
];
