// SPDX-License-Identifier: MIT
// What a person sees when a docker command fails in a terminal: the learner forgets the `.` of `docker build`,
// a notification names the problem with "Explain" and the fix, and Explain opens the explanation beside the
// editor with the fix as a button. The UI run puts a fake `docker` first on the terminal's PATH, so this
// terminal puts the system folders first again: the failure is the real docker CLI's own (it needs no engine).
import path from 'node:path';

const command = 'docker build -t backend-flask';

export default [
  {
    name: 'docker build without its context in a terminal: the notification, then Explain beside the editor',
    async run({ wb, assert, repoRoot }) {
      const { page } = wb;
      await wb.runCommand('View: Close All Editors').catch(() => {});
      await wb.openFile('backend-flask/Dockerfile');
      // The real docker first on PATH, the UI run's fake one out of the picture.
      await wb.newTerminal('/usr/bin:/bin');
      await page.keyboard.type(command, { delay: 30 });
      await page.keyboard.press('Enter');

      // The notification: as a toast where the window shows one, and always in the notification center. In the
      // headless test host it goes straight to the center (no toast is drawn), so the picture is taken there.
      const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'docker build needs a context' }).first();
      let notification = toast;
      if (!(await toast.waitFor({ timeout: 8000 }).then(() => true, () => false))) {
        await wb.runCommand('Notifications: Show Notifications');
        notification = page.locator('.notifications-center .notification-list-item', { hasText: 'docker build needs a context' }).first();
        await notification.waitFor({ timeout: 20000 });
      }
      const text = await notification.innerText();
      assert.match(text, /Docker Coach: docker build needs a context \(the final \.\)/);
      assert.match(text, /Explain/);
      assert.match(text, /Build with context \./);
      await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'terminal-failure.png'));

      await notification.locator('.monaco-button', { hasText: 'Explain' }).first().click();
      const tab = page.locator('.tab', { hasText: 'Docker Coach: docker build needs a context' }).first();
      await tab.waitFor({ timeout: 30000 });
      // The webview sits in two frames; its text and the fix button show once it has rendered.
      const view = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      await view.locator('text=docker build was not told which folder to build from').first().waitFor({ timeout: 30000 });
      const button = view.locator('button.fix', { hasText: 'Build with context .' }).first();
      await button.waitFor({ timeout: 10000 });
      await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'terminal-explain.png'));
    },
  },
];
