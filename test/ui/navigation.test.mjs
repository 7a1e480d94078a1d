// SPDX-License-Identifier: MIT
// Issue 26 in the real workbench: the Outline view of docker-compose.yml, F12 on a depends_on entry, F2
// rename of a stage, and Ctrl+click on a build folder. The README shows these pictures.
import fs from 'node:fs';
import path from 'node:path';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export default [
  {
    name: 'the Outline view of docker-compose.yml lists services, each service, and the networks and volumes',
    async run({ wb, assert, repoRoot }) {
      await wb.openFile('docker-compose.yml');
      await wb.runCommand('Explorer: Focus on Outline View');
      const rows = wb.page.locator('.outline-pane .monaco-list-row');
      // Each row draws the symbol's name, then its detail (`./backend-flask` beside `build`): the names alone.
      const rowNames = async () => (await rows.locator('.label-name').allInnerTexts().catch(() => [])).map((t) => t.trim());
      // The view opens with everything expanded (only the rows on screen are drawn): services, then the first service's keys.
      const first = await wb.waitFor('the outline rows', async () => {
        const names = await rowNames();
        return names.includes('backend-flask') ? names : undefined;
      });
      assert.deepStrictEqual(first.slice(0, 3), ['services', 'backend-flask', 'build']);
      // Collapse All, then open `services` alone: the services, then the other sections.
      const header = wb.page.locator('.pane-header', { hasText: 'Outline' });
      await header.hover();
      await header.locator('.action-label[aria-label*="Collapse"]').click({ force: true });
      await wb.waitFor('the collapsed outline', async () => ((await rowNames()).join(' ') === 'services networks volumes' ? true : undefined));
      await rows.first().locator('.monaco-tl-twistie').click();
      const names = await wb.waitFor('the services in the outline', async () => {
        const now = await rowNames();
        return now.length === 6 ? now : undefined;
      });
      assert.deepStrictEqual(names, ['services', 'backend-flask', 'frontend-react-js', 'db', 'networks', 'volumes']);
      await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'outline-compose.png'));
      await wb.runCommand('View: Show Explorer');
    },
  },
  {
    name: 'F12 on a depends_on entry goes to that service',
    async run({ wb, assert, repoRoot }) {
      await wb.openFile('docker-compose.yml');
      const { x, y } = await wb.pointAt('- backend-flask');
      await wb.page.mouse.click(x + 20, y);
      assert.strictEqual((await wb.waitForCursor(34)).line, 34);
      await wb.page.keyboard.press('F12');
      // `backend-flask:` is line 3 of the file.
      assert.strictEqual((await wb.waitForCursor(3)).line, 3);
      await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'definition-compose.png'), { selector: '.part.editor' });
    },
  },
  {
    name: 'F2 on a stage name in Dockerfile.prod renames it in FROM ... AS and in the --mount from=',
    async run({ wb, assert, repoRoot }) {
      const file = path.join(repoRoot, 'samples', 'backend-flask', 'Dockerfile.prod');
      const original = fs.readFileSync(file, 'utf8');
      try {
        await wb.openFile('backend-flask/Dockerfile.prod');
        const { x, y } = await wb.pointAt('AS builder');
        await wb.page.mouse.click(x + 20, y);
        await wb.page.keyboard.press('F2');
        const input = wb.page.locator('.rename-box input, .rename-widget input').first();
        await input.waitFor({ timeout: 20000 });
        await input.fill('wheels');
        await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'rename-stage.png'), { selector: '.part.editor' });
        await wb.page.keyboard.press('Enter');
        const lines = await wb.waitFor('the renamed stage', async () => {
          const now = await wb.editorLines();
          return now.some((l) => /AS wheels/.test(l)) && now.some((l) => /from=wheels/.test(l)) ? now : undefined;
        });
        assert.ok(lines.some((l) => /^FROM python:\$\{PYTHON_VERSION:-3\.12\}-slim AS wheels$/.test(l.trim())), lines.join('\n'));
        assert.ok(!lines.some((l) => /AS builder|from=builder/.test(l)), lines.join('\n'));
      } finally {
        await wb.runCommand('File: Revert File').catch(() => {});
        await wb.runCommand('View: Close All Editors').catch(() => {});
        if (fs.readFileSync(file, 'utf8') !== original) fs.writeFileSync(file, original);
      }
    },
  },
  {
    name: 'Ctrl+click on a build: folder shows that folder in the Explorer',
    async run({ wb, assert, repoRoot }) {
      await wb.openFile('docker-compose.yml');
      // The Explorer follows the active editor: docker-compose.yml is selected before the click.
      const selectedRow = async () => (await wb.page.locator('.explorer-folders-view .monaco-list-row.selected').allInnerTexts().catch(() => [])).map((t) => t.trim());
      await wb.waitFor('docker-compose.yml selected in the Explorer', async () => (await selectedRow()).includes('docker-compose.yml'));
      const { x, y } = await wb.pointAt('./backend-flask');
      await wb.page.keyboard.down('Control');
      // Ctrl over a link underlines it as active; the mouse moves a little until the editor sees both.
      let step = 0;
      await wb.waitFor('the link under the mouse', async () => {
        await wb.page.mouse.move(x + (step++ % 2 ? 1 : -1), y);
        return wb.page.locator('.monaco-editor .detected-link-active').count();
      });
      await sleep(1500); // the link's hover finishes loading
      await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'link-build-folder.png'), { selector: '.part.editor' });
      await wb.page.mouse.click(x, y);
      await wb.page.keyboard.up('Control');
      const row = await wb.waitFor('backend-flask selected in the Explorer', async () => (await selectedRow()).find((t) => t === 'backend-flask'));
      assert.strictEqual(row.trim(), 'backend-flask');
    },
  },
];
