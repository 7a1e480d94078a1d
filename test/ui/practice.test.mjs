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

/**
 * Waits for the Practice view's progress bar, which shows while a check asks docker, to go. A click on a row while
 * the check's answer redraws the list can be lost; and a row's "not yet" may be from an earlier check.
 */
async function checkEnded(page) {
  const practice = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: 'Practice' }) });
  const busy = practice.locator('.monaco-progress-container.active').first();
  // A quick check may have come and gone before this looks.
  await busy.waitFor({ timeout: 3000 }).catch(() => {});
  await busy.waitFor({ state: 'hidden', timeout: 30000 });
}

/** The rows' texts, for a failure's message. */
const rowsText = async (page) => (await page.locator('.part.sidebar .monaco-list-row').allInnerTexts()).join(' | ');

/**
 * Opens a row's context menu and picks an item. A click that came at once after the menu opened was seen lost in a
 * UI run (the menu stayed open over the list), so the click waits a moment and is tried again while the menu shows.
 */
async function pickFromMenu(page, title, item) {
  await row(page, title).click({ button: 'right' });
  const entry = page.locator('.monaco-menu .action-label', { hasText: item }).first();
  await entry.waitFor({ timeout: 10000 });
  for (let i = 0; i < 5 && await entry.isVisible(); i++) {
    await page.waitForTimeout(300);
    await entry.click({ timeout: 2000 }).catch(() => {});
  }
  if (await entry.isVisible()) throw new Error(`the menu item ${item} stayed open after five clicks`);
}

export default [
  {
    name: 'the Practice view lists the exercises; Check and Hint change their rows',
    async run({ wb, page, assert, repoRoot }) {
      await wb.runCommand('Focus on Practice View');
      await row(page, 'Build the backend image').waitFor({ timeout: 30000 });
      // The Get Started section above it, when shown, leaves the list a few rows: fold it, so every row shows.
      const getStarted = page.locator('.part.sidebar .pane-header[aria-expanded="true"]', { hasText: 'Get Started' });
      if (await getStarted.count()) await getStarted.first().click();
      const titles = await page.locator('.part.sidebar .monaco-list-row').allInnerTexts();
      assert.ok(titles.length >= 12, `rows: ${titles.join(' | ')}`);

      // Not yet: no container runs, so the backend is not running with its port published.
      await clickInline(page, 'Run the backend with its port published', 'Check Exercise');
      await checkEnded(page);
      await row(page, 'no container from backend-flask is running').waitFor({ timeout: 30000 });
      assert.match(await row(page, 'Run the backend with its port published').innerText(), /not yet/);

      // A hint opens under it, the first one, which sends the learner to the notes.
      await clickInline(page, 'Run the backend with its port published', 'Show Next Hint');
      await row(page, 'Hint 1:').waitFor({ timeout: 10000 }).catch(async (err) => { throw new Error(`${err.message}\nrows: ${await rowsText(page)}`); });
      assert.match(await row(page, 'Hint 1:').innerText(), /your notes/i);

      // The compose file is accepted: done.
      await clickInline(page, 'Write a compose file for both services', 'Check Exercise');
      await page.locator('.part.sidebar .monaco-list-row', { hasText: 'Write a compose file for both services' }).filter({ hasText: 'done' }).first().waitFor({ timeout: 30000 });

      // The check that turns an exercise done: the engine has backend-flask:dev.
      const build = row(page, 'Build the backend image');
      // An earlier file's docker command in a terminal may have found it done already: Practice checks the
      // walkthrough's exercises after each one (#28). Reset starts it again, as a learner would; Reset wins over a
      // check still running from such a command.
      if (/done/.test(await build.innerText())) {
        await pickFromMenu(page, 'Build the backend image', 'Reset Exercise');
        await page.locator('.part.sidebar .monaco-list-row', { hasText: 'Build the backend image' }).filter({ hasNotText: 'done' }).first()
          .waitFor({ timeout: 10000 }).catch(async (err) => { throw new Error(`Reset left it done: ${err.message}\nrows: ${await rowsText(page)}`); });
      }
      assert.doesNotMatch(await build.innerText(), /done/, 'not done before its check');
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
