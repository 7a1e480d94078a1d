// SPDX-License-Identifier: MIT
// Issue 24 in the real workbench: a misspelt docker command with a flag is named as the misspelt command (with
// "Use docker build"), `CM` then Enter writes the exec form, and "Add to my notes" on `bridge` is quoted back
// by the next hover on `driver`. Each works in a scratch folder the test makes and removes; the notes file is
// restored byte for byte.
import fs from 'node:fs';
import path from 'node:path';


/** The notification with `text`: as a toast where one is drawn, else in the notification center. */
async function notificationWith(wb, text) {
  const { page } = wb;
  const toast = page.locator('.notifications-toasts .notification-toast', { hasText: text }).first();
  if (await toast.waitFor({ timeout: 8000 }).then(() => true, () => false)) return toast;
  await wb.runCommand('Notifications: Show Notifications');
  const item = page.locator('.notifications-center .notification-list-item', { hasText: text }).first();
  await item.waitFor({ timeout: 20000 });
  return item;
}

export default [
  {
    name: 'docker biuld -t x ./app in a terminal: an unknown command with Use docker build, not an unknown -t',
    async run({ wb, assert, repoRoot }) {
      const { page } = wb;
      await wb.runCommand('View: Close All Editors').catch(() => {});
      // The UI run puts a fake docker first on PATH; the real CLI gives the real message (it needs no engine).
      // CLI 28 (/usr/local/bin) prints a short usage; Debian's CLI 20 (/usr/bin) prints the whole help after it.
      await wb.newTerminal('/usr/local/bin:/usr/bin:/bin');
      await page.keyboard.type('docker biuld -t backend-flask ./backend-flask', { delay: 30 });
      await page.keyboard.press('Enter');
      const notification = await notificationWith(wb, 'Unknown docker command');
      const text = await notification.innerText();
      assert.match(text, /Docker Coach: Unknown docker command/);
      assert.match(text, /Use docker build/);
      assert.doesNotMatch(text, /Unknown one-letter flag|Unknown flag/);
      await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'terminal-typo.png'));
      await page.keyboard.press('Escape');
    },
  },
  {
    name: 'CM then Enter in a new Dockerfile writes the exec form CMD ["…"]',
    async run({ wb, assert, repoRoot }) {
      await wb.scratchFolder('ui-scratch-issue24', { Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\n\n' }, async (dir, relative) => {
        await wb.openFile(relative('Dockerfile'));
        const { x, y } = await wb.pointAt('FROM python');
        await wb.page.mouse.click(x, y);
        await wb.page.keyboard.press('Control+End');
        await wb.type('CM');
        const rows = await wb.suggestions();
        assert.ok(rows.length > 0, 'no suggestions');
        // The first (selected) row is the exec form: the snippet `cmd` (CMD in exec form), not `CMD (shell form)`.
        const focused = await wb.page.locator('.suggest-widget .monaco-list-row.focused').first().innerText();
        assert.doesNotMatch(focused, /shell form/, rows.join(' | '));
        await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'completion-cmd.png'), { selector: '.part.editor' });
        await wb.page.keyboard.press('Enter');
        const lines = await wb.waitFor('a CMD line', async () => {
          const now = await wb.editorLines();
          return now.some((l) => l.startsWith('CMD')) ? now : undefined;
        }, 6000).catch(() => wb.editorLines());
        const cmd = lines.find((l) => l.startsWith('CMD'));
        assert.match(cmd ?? '', /^CMD \["/, lines.join('\n'));
        await wb.page.keyboard.press('Escape');
      });
    },
  },
  {
    name: 'Add to my notes on bridge, then the hover on driver quotes the note at once',
    async run({ wb, assert, repoRoot }) {
      const compose = 'services:\n  web:\n    image: nginx:1.27-alpine\nnetworks:\n  internal-network:\n    driver: bridge\n';
      await wb.keepingSampleFile('notes/week1.md', (notesFile) => wb.scratchFolder('ui-scratch-issue24-notes', { 'compose.yaml': compose }, async (dir, relative) => {
        await wb.openFile(relative('compose.yaml'));
        const { draft } = await wb.addToNotesAt('bridge');
        // The draft leads with the thing itself, so a hover on `driver` finds it later.
        assert.match(draft, /^`driver: bridge` \(/, draft);
        const title = await wb.page.locator('.quick-input-widget').first().innerText();
        // Next to the learner's own bridge bullet under "## Networks", not in a new section at the end.
        assert.match(title, /next to line \d+/, title);
        await wb.page.keyboard.press('Enter');
        const text = await wb.waitFor('the note in the notes file', () => {
          const now = fs.readFileSync(notesFile, 'utf8');
          return now.includes(draft) ? now : undefined;
        });
        const lines = text.split('\n');
        const at = lines.findIndex((l) => l.includes(draft));
        const networks = lines.findIndex((l) => l.startsWith('## Networks'));
        const next = lines.findIndex((l, i) => i > networks && l.startsWith('## '));
        assert.ok(at > networks && at < next, `the note is at line ${at + 1}, the Networks section spans ${networks + 1}-${next}`);
        const hover = await wb.hover('driver', { expect: /From your notes/ });
        assert.match(hover, /driver: bridge/);
        await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'notes-quoted-back.png'), { selector: '.part.editor' });
        await wb.unhover();
      }));
    },
  },
];
