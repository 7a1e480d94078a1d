// SPDX-License-Identifier: MIT
// The Practice view as a learner sees it: a row per exercise with its status, a hint opened under one, and a Check
// that turns an exercise done. The `docker` here is run-ui.mjs's fake: it knows the image backend-flask:dev, no
// running container, and accepts the compose file. Screenshots, dark and light, go to docs/images/.
import path from 'node:path';

const row = (page, title) => page.locator('.part.sidebar .monaco-list-row', { hasText: title }).first();

/** Clicks one of a row's inline buttons (they show while the pointer is on the row). */
async function clickInline(page, title, button) {
  const r = row(page, title);
  await r.hover();
  await r.locator(`.action-label[aria-label="${button}"]`).click({ timeout: 10000 });
}

export default [
  {
    name: 'the Practice view lists the exercises; Check and Hint change their rows',
    async run({ wb, page, assert, repoRoot }) {
      await wb.runCommand('Focus on Practice View');
      await row(page, 'Build the backend image').waitFor({ timeout: 30000 });
      const titles = await page.locator('.part.sidebar .monaco-list-row').allInnerTexts();
      assert.ok(titles.length >= 12, `rows: ${titles.join(' | ')}`);

      // Not yet: no container runs, so the backend is not running with its port published.
      await clickInline(page, 'Run the backend with its port published', 'Check Exercise');
      await row(page, 'no container from backend-flask is running').waitFor({ timeout: 30000 });
      assert.match(await row(page, 'Run the backend with its port published').innerText(), /not yet/);

      // A hint opens under it, the first one, which sends the learner to the notes.
      await clickInline(page, 'Run the backend with its port published', 'Show Next Hint');
      await row(page, 'Hint 1:').waitFor({ timeout: 10000 });
      assert.match(await row(page, 'Hint 1:').innerText(), /your notes/i);

      // The compose file is accepted: done.
      await clickInline(page, 'Write a compose file for both services', 'Check Exercise');
      await page.locator('.part.sidebar .monaco-list-row', { hasText: 'Write a compose file for both services' }).filter({ hasText: 'done' }).first().waitFor({ timeout: 30000 });

      // The check that turns an exercise done: the engine has backend-flask:dev.
      const build = row(page, 'Build the backend image');
      // An earlier file's docker command in a terminal may have found it done already: Practice checks the
      // walkthrough's exercises after each one (#28). Reset starts it again, as a learner would.
      if (/done/.test(await build.innerText())) {
        await build.click({ button: 'right' });
        await page.locator('.monaco-menu .action-label', { hasText: 'Reset Exercise' }).first().click({ timeout: 10000 });
        // A check an earlier terminal command started may still finish after the reset and mark it done again
        // (a race between Reset and a running check, noted on issue 28); then the Check below is all that is shown.
        const reset = await page.locator('.part.sidebar .monaco-list-row', { hasText: 'Build the backend image' }).filter({ hasNotText: 'done' }).first()
          .waitFor({ timeout: 10000 }).then(() => true, () => false);
        if (!reset) console.log('      NOTE: Build the backend image was marked done again after Reset by a check already running');
      } else {
        assert.doesNotMatch(await build.innerText(), /done/, 'not done before its check');
      }
      await clickInline(page, 'Build the backend image', 'Check Exercise');
      await page.locator('.part.sidebar .monaco-list-row', { hasText: 'Build the backend image' }).filter({ hasText: 'done' }).first().waitFor({ timeout: 30000 });

      // Wider, so the rows' texts show whole in the pictures: drag the sidebar's edge.
      const bar = await page.locator('.part.sidebar').boundingBox();
      if (bar) {
        await page.mouse.move(bar.x + bar.width + 2, bar.y + 300);
        await page.mouse.down();
        await page.mouse.move(bar.x + 620, bar.y + 300, { steps: 8 });
        await page.mouse.up();
      }
      await wb.setTheme('Dark Modern');
      await row(page, 'Build the backend image').waitFor({ timeout: 10000 });
      await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'practice-dark.png'), { selector: '.part.sidebar' });
      await wb.setTheme('Light Modern');
      await row(page, 'Build the backend image').waitFor({ timeout: 10000 });
      await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'practice-light.png'), { selector: '.part.sidebar' });
      await wb.setTheme('Dark Modern');
      await wb.runCommand('View: Show Explorer').catch(() => {});
    },
  },
];
