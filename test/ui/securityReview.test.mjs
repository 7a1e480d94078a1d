// SPDX-License-Identifier: MIT
// What a person sees with "Docker Coach: Security review" (issue 27) on samples/: ten rows, one per practice; a
// click on a finding puts the cursor on its line; a fix button changes the row; "Add to my notes" writes the ten
// practices into the notes after the learner confirms. Pictures in a dark and a light theme for the README.
// The sample and the notes are put back byte for byte at the end (files.autoSave is off in the UI run).
import fs from 'node:fs';
import path from 'node:path';

async function statusOf(view, id) {
  return (await view.locator(`section.practice[data-id="${id}"] .status`).innerText()).trim();
}

export default [
  {
    name: 'the review shows ten practices; a finding reveals its line, a fix changes its row, and the notes gain the section',
    async run({ wb, assert, repoRoot }) {
      const { page } = wb;
      const exercise = path.join(repoRoot, 'samples', 'exercises', 'compose.mistakes.yaml');
      const exerciseBefore = fs.readFileSync(exercise);
      await wb.keepingSampleFile('notes/week1.md', async (notesFile, notesBefore) => {
        try {
          // The editor title button runs the command, as the palette would.
          const view = await wb.openViewOf('docker-compose.yml', { button: 'Security review', tab: 'Security review' });
          await view.locator('section.practice').nth(9).waitFor({ timeout: 30000 });
          assert.equal(await view.locator('section.practice').count(), 10);
          assert.match(await view.locator('section.practice h2').first().innerText(), /1\. Run as a user that is not root/);
          assert.equal(await statusOf(view, 'scan-and-update'), 'cannot tell from the files');
          assert.equal(await statusOf(view, 'publish-only-needed'), 'partly met');
          await wb.setTheme('Dark Modern');
          await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'security-review-dark.png'));

          // The finding of practice 7: `- 5432:5432` on line 23 of the compose exercise, the value from column 9.
          const row = view.locator('section.practice[data-id="publish-only-needed"]');
          const finding = row.locator('button.finding').first();
          assert.match(await finding.innerText(), /exercises\/compose\.mistakes\.yaml:23 DatabasePortPublished/);
          await finding.click();
          await page.locator('.tab', { hasText: 'compose.mistakes.yaml' }).first().waitFor({ timeout: 20000 });
          assert.deepEqual(await wb.waitForCursor(23, 9, { fromView: true }), { line: 23, col: 9 });

          // Its fix, a button in the row: the row turns to met once the view has reviewed the edited text.
          await row.locator('button.fix', { hasText: '127.0.0.1' }).click();
          await wb.waitFor('practice 7 met after its fix', async () => (await statusOf(view, 'publish-only-needed').catch(() => '')) === 'met', 20000);
          assert.equal(await row.locator('button.finding').count(), 0);

          // Add to my notes: the same draft step as a single note (an input box with the heading), Enter confirms.
          await view.locator('#notes').click();
          const input = page.locator('.quick-input-widget input');
          await input.waitFor({ state: 'visible', timeout: 20000 });
          const draft = await wb.waitFor('the draft heading in the input box', () => input.inputValue(), 10000);
          assert.match(draft, /Top ten container security practices/);
          // Nothing is written before the learner confirms.
          assert.strictEqual(fs.readFileSync(notesFile, 'utf8'), notesBefore);
          await page.keyboard.press('Enter');
          const text = await wb.waitFor('the section in the notes', () => {
            const now = fs.readFileSync(notesFile, 'utf8');
            return now.includes('Top ten container security practices') ? now : undefined;
          });
          assert.ok(text.startsWith(notesBefore), 'the notes keep everything they had');
          const added = text.slice(notesBefore.length);
          assert.match(added, /## Top ten container security practices \(checked on my project\)/);
          assert.match(added, /\n1\. \*\*Run as a user that is not root\*\*: partly met\./);
          assert.match(added, /\n7\. \*\*Publish only what must be reached\*\*: met\./);
          assert.match(added, /\n10\. \*\*Scan and update\*\*: cannot tell from the files\./);

          await wb.setTheme('Light Modern');
          await wb.webview().locator('section.practice').nth(9).waitFor({ timeout: 30000 });
          await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'security-review-light.png'));
          await wb.setTheme('Dark Modern');
        } finally {
          // The fix is an unsaved edit of the exercise: Revert drops it (the file on disk never changed).
          await wb.openFile('exercises/compose.mistakes.yaml').catch(() => {});
          await wb.runCommand('File: Revert File').catch(() => {});
          await wb.runCommand('View: Show Explorer').catch(() => {});
        }
      });
      assert.deepStrictEqual(fs.readFileSync(exercise), exerciseBefore, 'the exercise on disk is unchanged');
    },
  },
];
