// SPDX-License-Identifier: MIT
// What activation costs in the real host (issue 29): VS Code's own Running Extensions view gives each
// extension's code loading plus activate() call time, measured by the extension host itself. The figure
// is printed for the README and `npm run bench`'s section on activation, never asserted (a time depends
// on the machine); the test holds that Docker Coach is listed as activated. The window is a folder with no
// Docker files, as most windows are.
import fs from 'node:fs';
import path from 'node:path';

export function prepareFolder(folder) {
  fs.writeFileSync(path.join(folder, 'README.md'), '# Notes\n\nNothing about Docker here.\n');
}

export default [
  {
    name: 'Developer: Show Running Extensions lists Docker Coach as activated, with its activation time',
    async run({ wb, assert }) {
      await wb.runCommand('Developer: Show Running Extensions');
      // A development extension has no marketplace name, so the row shows its id.
      const row = wb.page.locator('.monaco-list-row', { hasText: 'docker-coach.docker-coach' }).first();
      const text = await wb.waitFor('an activation time in the row', async () => {
        const now = await row.innerText({ timeout: 1000 }).catch(() => '');
        return /Activation: \d+ms/.test(now) ? now : undefined;
      }, 10000).catch(async () => row.innerText({ timeout: 1000 }).catch(() => ''));
      assert.match(text, /docker-coach\.docker-coach/);
      const ms = /(?:Startup )?Activation: (\d+)ms/.exec(text);
      assert.ok(ms, `no activation time in the row: ${text.replace(/\s+/g, ' ')}`);
      console.log(`      Docker Coach activation in the real host (VS Code's code loading + activate() time): ${ms[1]} ms`);
      await wb.runCommand('View: Close All Editors').catch(() => {});
    },
  },
];
