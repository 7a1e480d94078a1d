// SPDX-License-Identifier: MIT
// What a person sees on a file with mistakes: the Problems panel lists them with their codes, and the
// light bulb's quick-fix menu on a squiggle offers the fix, "Explain this problem" and "Ignore on this line".
import path from 'node:path';

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
      // The menu can miss a Ctrl+. pressed while VS Code still asks the providers for the line's actions
      // (a fresh-clone run saw the light bulb but no menu): press it again, up to three times.
      const menu = page.locator('.action-widget', { hasText: 'Replace with LABEL' }).first();
      for (let attempt = 1; ; attempt++) {
        const { x, y } = await wb.pointAt('MAINTAINER');
        await page.mouse.click(x, y);
        await page.keyboard.press('Control+.');
        if (await menu.waitFor({ timeout: 8000 }).then(() => true, () => false)) break;
        if (attempt === 3) throw new Error('Ctrl+. on MAINTAINER opened no menu with "Replace with LABEL", three times');
        await page.keyboard.press('Escape');
      }
      const items = await menu.innerText();
      assert.match(items, /Explain this problem \(MaintainerDeprecated\)/);
      assert.match(items, /Ignore MaintainerDeprecated on this line/);
      await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'quick-fix.png'), { selector: '.part.editor', downTo: '.action-widget' });
      await page.keyboard.press('Escape');
    },
  },
];
