// SPDX-License-Identifier: MIT
// The workbench state the UI tests share, put in order: every test file starts from the same layout (issue 30,
// audit 4.6), and a test's scratch folder goes away with whatever the test left open in it. workbench.mjs's
// Workbench calls these (wb.resetLayout(), wb.scratchFolder(), wb.setTheme()); tests use those methods.
import fs from 'node:fs';
import path from 'node:path';
import { samplesDir } from './paths.mjs';

/** The theme every UI test file starts in, and the one the pictures are taken in unless a test says otherwise. */
export const defaultTheme = 'Dark Modern';
/** The side bar's width at the start of each file (VS Code's own first width); the Practice test widens it. */
const sideBarWidth = 300;

/** The CSS class VS Code gives the workbench for one of its built-in themes: "Dark Modern" → …-themes-dark_modern-json. */
const themeClass = (name) => `-themes-${name.toLowerCase().replace(/\s+/g, '_')}-json`;

/** True while the workbench is drawn in the built-in theme `name`. */
export function inTheme(wb, name) {
  return wb.page.evaluate((cls) => document.querySelector(`[class*="${cls}"]`) !== null, themeClass(name));
}

/**
 * Picks a built-in color theme from the theme picker, and returns once the workbench is drawn in it (its class
 * names the theme): the positive signal that a picture taken next shows that theme. The mouse goes where no
 * button is, so no tooltip is in the picture.
 */
export async function setTheme(wb, name) {
  const { page } = wb;
  if (!(await inTheme(wb, name))) {
    await wb.runCommand('Preferences: Color Theme');
    await page.locator('.quick-input-widget input').fill(name);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().click({ timeout: 20000 });
    await page.waitForFunction((cls) => document.querySelector(`[class*="${cls}"]`) !== null, themeClass(name), { timeout: 20000 });
  }
  await page.mouse.move(700, 860);
}

/** Drags the side bar's edge so the side bar is `width` pixels wide (when it is shown). */
export async function dragSideBarTo(wb, width) {
  const { page } = wb;
  const bar = await page.locator('.part.sidebar').boundingBox().catch(() => null);
  if (!bar || Math.abs(bar.width - width) < 8) return;
  await page.mouse.move(bar.x + bar.width + 2, bar.y + 300);
  await page.mouse.down();
  await page.mouse.move(bar.x + width + 2, bar.y + 300, { steps: 8 });
  await page.mouse.up();
}

/**
 * Runs a Command Palette command that may not be listed now (VS Code leaves out a command whose precondition
 * does not hold: Hide Panel with no panel, Kill All Terminals with none), without wb.runCommand's retries.
 */
async function runIfListed(wb, label) {
  const { page } = wb;
  const input = page.locator('.quick-input-widget input');
  await page.keyboard.press('F1');
  if (!(await input.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false))) return;
  await input.fill(`>${label}`, { timeout: 5000 }).catch(() => {});
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
  if (await row.waitFor({ timeout: 3000 }).then(() => true, () => false)) await row.click();
  else await page.keyboard.press('Escape');
}

/**
 * Closes every editor and returns once no tab is left. A test's unsaved edit makes VS Code ask whether to
 * save: "Don't Save", so the file on disk stays as it was.
 */
async function closeAllEditors(wb) {
  const { page } = wb;
  await wb.runCommand('View: Close All Editors');
  for (let asked = 0; ; asked++) {
    const state = await page.waitForFunction(() => (document.querySelector('.monaco-dialog-box') ? 'dialog'
      : document.querySelectorAll('.tabs-container .tab').length === 0 ? 'closed' : undefined), undefined, { timeout: 20000 });
    if ((await state.jsonValue()) === 'closed') return;
    if (asked === 5) throw new Error('a save dialog keeps coming back while closing the editors');
    await page.locator('.monaco-dialog-box .monaco-button', { hasText: /Don.t Save/ }).first().click({ timeout: 5000 });
  }
}

/**
 * The state every UI test file starts from, whatever the file before it left (the workbench keeps its layout
 * between pages): no editor (unsaved edits dropped), one editor group, no terminal, no panel, no
 * notification, the Explorer in a side bar of the usual width, and the default theme.
 */
export async function resetLayout(wb) {
  const { page } = wb;
  await page.keyboard.press('Escape').catch(() => {});
  await closeAllEditors(wb);
  await wb.runCommand('View: Single Column Editor Layout');
  if (await page.locator('.xterm').count()) await runIfListed(wb, 'Terminal: Kill All Terminals');
  if (await page.locator('.part.panel:visible').count()) await runIfListed(wb, 'View: Hide Panel');
  if (await page.locator('.notification-toast:visible, .notifications-center:visible').count()) await runIfListed(wb, 'Notifications: Clear All Notifications');
  await wb.runCommand('View: Show Explorer');
  await page.locator('.part.sidebar .explorer-folders-view').first().waitFor({ timeout: 20000 });
  await dragSideBarTo(wb, sideBarWidth);
  await setTheme(wb, defaultTheme);
  // The positive signal that the panel went, not just that it was asked to.
  await page.locator('.part.panel').first().waitFor({ state: 'hidden', timeout: 20000 });
}

/** Runs `use(file, text)` on samples/<relative> (its path, and its text now), then puts the file back as it was, whatever `use` did. */
export async function keepingSampleFile(relative, use) {
  const file = path.join(samplesDir, relative);
  const before = fs.readFileSync(file);
  try {
    return await use(file, before.toString('utf8'));
  } finally {
    fs.writeFileSync(file, before);
  }
}

/**
 * Runs `use(dir, relative)` with a new folder samples/<name>/ holding `files` (name → text), and no editor open;
 * `relative` gives a file's path for wb.openFile. Afterwards, whether `use` passed or threw: the active editor's unsaved edits are
 * reverted, every editor is closed, and the folder is removed, so no later test sees it.
 */
export async function scratchFolder(wb, name, files, use) {
  const dir = path.join(samplesDir, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
  try {
    // Its own editors only, whatever the test before left open (for the pictures, and a known start).
    await closeAllEditors(wb);
    return await use(dir, (file) => `${name}/${file}`);
  } finally {
    await wb.page.keyboard.press('Escape').catch(() => {});
    await wb.runCommand('File: Revert File').catch(() => {});
    await closeAllEditors(wb).catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
