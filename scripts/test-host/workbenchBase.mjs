// SPDX-License-Identifier: MIT
// The part of the UI tests' workbench driver that every test uses: load the workbench, open a file through
// Quick Open, run a command from the palette, wait for something, and take a picture (which an ordinary run
// writes under a git-ignored folder). workbench.mjs builds the editor, terminal and layout helpers on it.
import fs from 'node:fs';
import path from 'node:path';
import { hostDir, repoRoot, runsDir } from './paths.mjs';

/**
 * Pictures are outputs of a run, not inputs (issue 30). A test names where a picture belongs in the repository
 * (docs/images/…, media/walkthrough/…); an ordinary run writes it under this git-ignored folder instead, at
 * the same relative path. Only `npm run pictures` (DOCKER_COACH_PICTURES=tracked) writes the tracked files,
 * for a person to look at and commit.
 */
export const picturesDir = path.join(runsDir, 'ui', 'pictures');

/** True in a run that rewrites the tracked pictures (`npm run pictures`). */
export function writesTrackedPictures(env = process.env) {
  return env.DOCKER_COACH_PICTURES === 'tracked';
}

/** Where a picture meant for `file` is written in this run: tracked paths go to picturesDir unless asked. */
export function pictureTarget(file, env = process.env) {
  const resolved = path.resolve(file);
  const inRepo = path.relative(repoRoot, resolved);
  const tracked = !inRepo.startsWith('..') && !path.isAbsolute(inRepo) && path.relative(hostDir, resolved).startsWith('..');
  return tracked && !writesTrackedPictures(env) ? path.join(picturesDir, inRepo) : resolved;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function until(what, probe, timeoutMs, intervalMs = 150) {
  const end = Date.now() + timeoutMs;
  let last;
  for (;;) {
    last = await probe();
    if (last) return last;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

export class WorkbenchBase {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** Loads the workbench at `url` and waits until the explorer shows the folder. */
  async open(url) {
    await this.page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
    await this.page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    const rows = '.explorer-folders-view .monaco-list-row';
    try {
      await this.page.waitForSelector(rows, { timeout: 30000 });
    } catch {
      // The layout is kept between pages: a test that hid the side bar leaves it hidden for the next file.
      await this.runCommand('View: Show Explorer');
      await this.page.waitForSelector(rows, { timeout: 60000 });
    }
  }

  /**
   * Opens `relativePath` (from the workspace folder) through Quick Open and waits for its editor. Quick
   * Open re-sorts its list while file results arrive, so a click can land on the row that moved under it
   * ("Dockerfile.prod" for "Dockerfile"): the active tab is checked by its exact name, and on a miss the
   * file is asked for again.
   */
  async openFile(relativePath) {
    const { page } = this;
    const name = path.posix.basename(relativePath);
    // Exactly the name; VS Code may draw an extension as a separate piece ("compose" ".yaml").
    const exactName = new RegExp(`^${name.split('.').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*\\.')}$`);
    // The active tab's file name, as VS Code records it on the tab (its label may draw ".yaml" apart).
    const activeName = () => page.evaluate(() => document.querySelector('.tab.active')?.getAttribute('data-resource-name') ?? undefined);
    for (let attempt = 1; ; attempt++) {
      // Quick Open can also close under `fill` when something takes the focus (CI's run saw it): try again.
      const picked = await this.pickInQuickOpen(relativePath, name, exactName).then(() => true, (err) => err);
      const opened = picked === true
        && await until(`the tab of ${name}`, async () => ((await activeName()) === name ? true : undefined), 10000).catch(() => false);
      if (opened) break;
      if (attempt === 3) {
        const why = picked === true ? '' : ` (${String(picked?.message ?? picked).split('\n')[0]})`;
        throw new Error(`Quick Open did not open ${relativePath}${why}; the active tab is ${JSON.stringify(await activeName())}; ${await this.focusReport()}`);
      }
      await this.takeFocusBack();
    }
    await page.locator('.editor-instance .view-lines .view-line').first().waitFor({ timeout: 20000 });
  }

  async pickInQuickOpen(relativePath, name, exactName) {
    const { page } = this;
    const input = page.locator('.quick-input-widget input');
    await page.keyboard.press('Control+P');
    // No click first: it would put the cursor (and word highlights) into an editor the window restored.
    // Only when the keys do not reach the workbench, click its empty editor area and try again.
    if (!(await input.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false))) {
      await this.takeFocusBack();
      await page.keyboard.press('Control+P');
      await input.waitFor({ state: 'visible', timeout: 20000 });
    }
    await input.fill(relativePath, { timeout: 5000 });
    // Quick Open lists "Dockerfile  backend-flask": the row whose name is exactly the file's and whose
    // description names the folder.
    const folder = path.posix.dirname(relativePath);
    const row = page.locator('.quick-input-list .monaco-list-row')
      .filter({ has: page.locator('.label-name', { hasText: exactName }) })
      .filter({ hasText: folder === '.' ? name : folder.split('/').pop() }).first();
    await row.waitFor({ timeout: 20000 });
    // Let the list finish re-sorting before the click.
    await sleep(300);
    await row.click();
  }

  /**
   * Runs a command from the Command Palette by its label, e.g. "View: Close All Editors". The palette is
   * asked for again when it does not show, or closes before the label is typed: CI's run saw F1 leave it
   * hidden for 20 s after the explain view test, and later Quick Open close under `fill` (focus moved). A
   * last failure says where the focus was and what dialog or notification was up, since CI keeps no picture.
   */
  async runCommand(label) {
    const { page } = this;
    const input = page.locator('.quick-input-widget input');
    let lastError;
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        await page.keyboard.press(attempt === 2 ? 'Control+Shift+P' : 'F1');
        if (!(await input.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false))) {
          await this.takeFocusBack();
          await page.keyboard.press('F1');
          await input.waitFor({ state: 'visible', timeout: 10000 });
        }
        await input.fill(`>${label}`, { timeout: 5000 });
        // Enter runs the row the filter put first and focused. A click could land on another row when the list
        // redrew under the pointer on a loaded machine (a loaded run saw the editor closed instead of the command run).
        const focused = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: label }).first();
        if (await focused.waitFor({ timeout: 10000 }).then(() => true, () => false)) await input.press('Enter');
        else await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().click({ timeout: 5000 });
        return;
      } catch (err) {
        lastError = err;
        await page.keyboard.press('Escape').catch(() => {});
      }
    }
    throw new Error(`the Command Palette did not run "${label}": ${String(lastError?.message ?? lastError).split('\n')[0]}; ${await this.focusReport()}`);
  }

  /** Closes whatever holds the keys (a menu, a hover, a dialog's focus) and clicks the editor area's empty part. */
  async takeFocusBack() {
    const { page } = this;
    await page.keyboard.press('Escape').catch(() => {});
    await page.locator('.monaco-workbench .part.editor').click({ position: { x: 200, y: 200 }, timeout: 5000 }).catch(() => {});
  }

  /** Where the keyboard focus is, and which dialog and notifications are shown: for failure messages. */
  async focusReport() {
    return this.page.evaluate(() => {
      const describe = (el) => (el ? `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).slice(0, 3).join('.')}` : ''}${el.getAttribute('aria-label') ? ` "${el.getAttribute('aria-label').slice(0, 60)}"` : ''}` : 'nothing');
      const dialog = document.querySelector('.monaco-dialog-box')?.textContent?.trim().slice(0, 200);
      const toasts = [...document.querySelectorAll('.notification-toast .notification-list-item-message')].map((n) => n.textContent.trim().slice(0, 120));
      return `focus on ${describe(document.activeElement)}${dialog ? `; dialog: ${dialog}` : ''}${toasts.length ? `; notifications: ${toasts.join(' | ')}` : ''}`;
    }).catch((err) => `focus unknown (${err.message})`);
  }

  /** Polls `probe` until it gives something truthy, which it returns; fails naming `what` after `timeoutMs`. */
  waitFor(what, probe, timeoutMs = 20000) {
    return until(what, probe, timeoutMs, 200);
  }

  /**
   * Saves a screenshot of the page, or of the element matching `selector`. With `downTo`, the picture ends
   * a little below the visible element matching it (the hover, say) instead of at the element's bottom.
   * A path in the repository is written under picturesDir instead (see pictureTarget); returns the path written.
   */
  async screenshot(wanted, { selector, downTo } = {}) {
    const file = pictureTarget(wanted);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const { page } = this;
    if (!selector) {
      await page.screenshot({ path: file });
      return file;
    }
    const box = await page.locator(selector).first().boundingBox();
    const below = downTo ? await page.locator(`${downTo}:visible`).first().boundingBox().catch(() => null) : null;
    if (!box) throw new Error(`nothing matches ${selector} for a screenshot`);
    const bottom = below ? Math.min(box.y + box.height, below.y + below.height + 24) : box.y + box.height;
    await page.screenshot({ path: file, clip: { x: box.x, y: box.y, width: box.width, height: bottom - box.y } });
    return file;
  }

  /**
   * Saves a picture of exactly the first visible element matching `selector`, at its real size. A path in the
   * repository is written under picturesDir instead (see pictureTarget); returns the path written.
   */
  async screenshotElement(wanted, selector) {
    const file = pictureTarget(wanted);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // A clip of the page at the element's box: hovers re-render, so a handle on the element can go stale.
    const box = await until(`${selector} on screen`, () => this.page.locator(`${selector} >> visible=true`).first().boundingBox().catch(() => null), 10000);
    await this.page.screenshot({ path: file, clip: { x: Math.floor(box.x), y: Math.floor(box.y), width: Math.ceil(box.width), height: Math.ceil(box.height) } });
    return file;
  }
}
