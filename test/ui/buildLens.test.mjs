// SPDX-License-Identifier: MIT
// What a person sees: the Build lens over backend-flask/Dockerfile, clicked, and the exact command it
// typed into the "Docker Coach" terminal. run-ui.mjs puts a fake `docker` first on the terminal's PATH
// in the user settings before the server starts, so nothing is built and no registry is asked for an image.
import path from 'node:path';

const command = 'docker build -t backend-flask:dev -f backend-flask/Dockerfile backend-flask';

export default [
  {
    name: 'clicking Build on backend-flask/Dockerfile runs the build command in the Docker Coach terminal',
    async run({ wb, assert, repoRoot }) {
      await wb.openFile('backend-flask/Dockerfile');
      await wb.page.locator('.editor-instance .codelens-decoration a', { hasText: 'Build' }).first().waitFor({ timeout: 30000 });
      const titles = await wb.codeLenses();
      assert.deepEqual(titles.map((t) => t.trim()), ['Build', 'Run', 'Shell']);
      await wb.clickCodeLens('Build');
      // The line the shell echoed as typed, then what the fake docker printed for it.
      const text = await wb.waitForTerminal(/would run: docker build/, 30000);
      // Rows joined: under a long checkout path the prompt makes the typed line wrap.
      const joined = text.replace(/\n/g, '');
      assert.ok(joined.includes(command), `terminal text:\n${text}`);
      assert.ok(joined.includes(`would run: ${command}`), `terminal text:\n${text}`);
      // The README shows this picture.
      await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'build-lens.png'));
    },
  },
];
