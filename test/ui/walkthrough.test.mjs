// SPDX-License-Identifier: MIT
// The walkthrough's pictures, made on purpose and cropped to the hover or lens they show, at their real
// size; then the walkthrough itself: every step renders without raw markdown, and its picture exists and is
// shown no smaller than it is (so its text stays readable).
// The first test writes its pictures under .vscode-test/runs/ui/pictures (workbench.mjs), so the second one
// checks the tracked pictures in media/walkthrough/, which a person reviewed when `npm run pictures` made them,
// never what this run just took. In `npm run pictures` itself the tracked ones are this run's: not checked.
import fs from 'node:fs';
import path from 'node:path';
import { writesTrackedPictures } from '../../scripts/test-host/workbench.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const hoverBox = '.monaco-editor .monaco-hover:not(.hidden)';

export default [
  {
    name: 'makes the walkthrough pictures: hovers and lenses, each cropped to itself',
    async run({ wb, assert, repoRoot }) {
      const media = (name) => path.join(repoRoot, 'media', 'walkthrough', `${name}.png`);
      // The walkthrough shows a picture about 445 px wide: hovers wrap at 440 px here (VS Code's own limit is
      // 500 px) so each picture is taken at the size it is shown, not shrunk.
      const narrow = await wb.page.addStyleTag({ content: '.monaco-editor .monaco-hover { max-width: 440px !important; }' });
      // One editor group (run-ui.mjs's wb.resetLayout leaves one): a second group makes the editor narrow
      // enough to wrap week1.md past its `docker exec` line (CI's run found it).
      // Goes to the first line holding `text` (Ctrl+G), so the line is on show whatever the layout.
      const goTo = async (file, text) => {
        const lines = fs.readFileSync(path.join(repoRoot, 'samples', file), 'utf8').split('\n');
        await wb.page.keyboard.press('Control+G');
        await wb.page.keyboard.type(String(lines.findIndex((l) => l.includes(text)) + 1));
        await wb.page.keyboard.press('Enter');
        await sleep(500);
      };
      await wb.openFile('backend-flask/Dockerfile');
      await wb.page.locator('.editor-instance .codelens-decoration a', { hasText: 'Build' }).first().waitFor({ timeout: 30000 });
      await wb.screenshotElement(media('lenses'), '.editor-instance .codelens-decoration');
      // The samples' notes are on from the start, right after "In this line".
      const run = await wb.hover('RUN', { expect: /From your notes/ });
      assert.match(run, /In this line[\s\S]*From your notes[\s\S]*Reference/);
      assert.doesNotMatch(run, /From your notes[\s\S]*CMD. is what the container does/, 'no CMD bullet under RUN');
      await wb.screenshotElement(media('hover-run'), hoverBox);
      await wb.unhover();

      await wb.openFile('scripts/run.sh');
      await wb.hover('4567:4567', { expect: /on your machine/i });
      await wb.screenshotElement(media('hover-publish'), hoverBox);
      await wb.unhover();

      await wb.openFile('notes/week1.md');
      await goTo('notes/week1.md', 'docker exec');
      await wb.hover('exec', { expect: /exec/i });
      await wb.screenshotElement(media('hover-exec'), hoverBox);
      await wb.unhover();

      await wb.openFile('docker-compose.yml');
      // VS Code reopens a file where it was last scrolled (the explain view test left it at db): the
      // services: lenses sit at the top.
      await wb.page.keyboard.press('Control+Home');
      await wb.page.locator('.editor-instance .codelens-decoration a', { hasText: 'Up (attached)' }).first().waitFor({ timeout: 30000 });
      const titles = (await wb.codeLenses()).map((t) => t.trim());
      assert.deepStrictEqual(titles.slice(0, 4), ['Up', 'Up (attached)', 'Up --build', 'Down']);
      await wb.screenshotElement(media('compose-lenses'), '.editor-instance .codelens-decoration');
      // Both lines sit below the first screen: go to each line first, so it is on show.
      await goTo('docker-compose.yml', '- db-data:/var/lib/postgresql/data');
      await wb.hover('db-data:/var/lib/postgresql/data', { expect: /named volume/i });
      await wb.screenshotElement(media('hover-volume'), hoverBox);
      await wb.unhover();
      await goTo('docker-compose.yml', 'driver: bridge');
      await wb.hover('bridge', { expect: /bridge/i });
      await wb.screenshotElement(media('hover-network'), hoverBox);
      await wb.unhover();
      await narrow.evaluate((el) => el.remove());
    },
  },
  {
    name: 'every walkthrough step renders without raw markdown, with a picture no larger than the area it shows',
    async run({ wb, page, assert, repoRoot }) {
      const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
      const walkthrough = manifest.contributes.walkthroughs[0];
      // In a narrow editor group the walkthrough hides its pictures: one column and no side bar. (No panel:
      // run-ui.mjs resets the layout before each file, wb.resetLayout.)
      await wb.runCommand('View: Single Column Editor Layout').catch(() => {});
      await wb.runCommand('View: Close Primary Side Bar').catch(() => {});
      await wb.runCommand('Welcome: Open Walkthrough...');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: walkthrough.title }).first().click({ timeout: 20000 });
      await page.locator('.getting-started-step', { hasText: walkthrough.steps[0].title }).first().waitFor({ timeout: 20000 });
      const checkPictures = !writesTrackedPictures();
      if (!checkPictures) console.log('      NOT CHECKED: the walkthrough pictures, rewritten by this run (npm run pictures); review them, then npm run test:ui checks them');
      for (const step of walkthrough.steps) {
        assert.ok(fs.existsSync(path.join(repoRoot, step.media.image)), `${step.id}: ${step.media.image} is missing`);
        assert.ok(step.completionEvents?.length > 0, `${step.id} has a completion event`);
        const button = page.locator('.getting-started-step', { hasText: step.title }).first();
        // A click on the open step would close it.
        if (!(await button.evaluate((el) => el.classList.contains('expanded')))) await button.click();
        await page.locator('.getting-started-step.expanded', { hasText: step.title }).waitFor({ timeout: 10000 });
        const text = await page.locator('.getting-started-step.expanded').first().innerText();
        assert.doesNotMatch(text, /`|\*\*|(^|\s)[*_][^*_\s][^*_]*[*_](\s|$)/, `${step.id} shows raw markdown: ${text}`);
        if (!checkPictures) continue;
        const img = page.locator('.getting-started-media img:visible').first();
        await img.waitFor({ timeout: 10000 });
        let size;
        for (let i = 0; i < 20; i++) {
          size = await img.evaluate((el) => ({ src: el.currentSrc || el.src || el.getAttribute('src') || '', nw: el.naturalWidth, nh: el.naturalHeight, w: el.clientWidth, h: el.clientHeight }));
          if (size.nw > 0 && size.src.includes(path.basename(step.media.image))) break;
          await sleep(250);
        }
        assert.ok(size.src.includes(path.basename(step.media.image)), `${step.id} shows ${size.src}`);
        assert.ok(size.nw > 0, `${step.id}: the picture did not load`);
        assert.ok(size.nw <= size.w + 1 && size.nh <= size.h + 1, `${step.id}: ${size.nw}x${size.nh} picture shrunk into ${size.w}x${size.h}`);
      }
      await wb.runCommand('View: Show Explorer').catch(() => {});
    },
  },
];
