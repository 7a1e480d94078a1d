// SPDX-License-Identifier: MIT
// What activation costs in the real host (issue 29): VS Code's own Running Extensions view gives each
// extension's code loading plus activate() call time, measured by the extension host itself. The figure
// is printed for the README and `npm run bench`'s section on activation, never asserted (a time depends
// on the machine); the test holds that Docker Coach is listed as activated. The window is a folder with no
// Docker files, as most windows are. Its extension host is profiled from its first line (run-ui.mjs), and the
// test reports the main-thread time spent in Docker Coach's activation file, and holds that the core, which
// only a Docker file or command needs, was never loaded.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

// The profile reader the integration tests use, as tsc built it (npm test compiles before it runs this).
const { profileTime } = createRequire(import.meta.url)('../../out/test/cpuProfile.js');

export const profileExtensionHost = true;

export function prepareFolder(folder) {
  fs.writeFileSync(path.join(folder, 'README.md'), '# Notes\n\nNothing about Docker here.\n');
}

export default [
  {
    name: 'Developer: Show Running Extensions lists Docker Coach as activated, with its activation time',
    async run({ wb, assert, repoRoot, hostProfile }) {
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
      // The whole profile, from the host's first line to now: Docker Coach's part of it is its activation and
      // whatever it did since in a window with no Docker files.
      const profile = await hostProfile();
      const dist = (name) => path.join(repoRoot, 'dist', name);
      const inFile = (file) => (url) => { try { return decodeURIComponent(url).endsWith(file); } catch { return url.endsWith(file); } };
      const activation = profileTime(profile, inFile(dist('extension.js')));
      const core = profileTime(profile, inFile(dist('core.js')));
      const hostMs = (profile.endTime - profile.startTime) / 1000;
      assert.ok(activation.totalMs > 0, 'the profile holds Docker Coach\'s activation file');
      assert.equal(core.totalMs, 0, 'dist/core.js never ran in a window with no Docker files');
      console.log(`      CPU profile of the real extension host from its first line (${(hostMs / 1000).toFixed(1)} s): main-thread time in dist/extension.js ${activation.totalMs.toFixed(1)} ms, its longest stretch ${activation.longestMs.toFixed(1)} ms; dist/core.js ${core.totalMs.toFixed(1)} ms`);
      await wb.runCommand('View: Close All Editors').catch(() => {});
    },
  },
];
