// SPDX-License-Identifier: MIT
// What a person sees while typing: the suggestion list for a --mount option's values, with the selected
// value's explanation beside it (the same text its hover gives). The README shows this picture.
import path from 'node:path';

/**
 * What each `sharing` value does, written by hand from BuildKit's reference (shared/reference/
 * buildkit-dockerfile-docs/reference.md, the RUN --mount=type=cache table: "A shared cache mount can be used
 * concurrently by multiple writers. private creates a new mount if there are multiple writers. locked pauses
 * the second writer until the first one releases the mount"): the phrase the value's own explanation must hold.
 */
const sharingMeans = {
  shared: /\bat once\b|concurrently|at the same time/i,
  private: /\bnew\b.*\bcache\b|\bnew\b.*\bmount\b/i,
  locked: /\bwaits?\b.*\buntil\b|\bpauses?\b/i,
};

export default [
  {
    name: 'typing sharing= in a cache mount suggests shared, private and locked; the selected one is explained beside the list',
    async run({ wb, assert, repoRoot }) {
      await wb.scratchFolder('ui-scratch-completion', { Dockerfile: 'FROM debian:12-slim\n\n' }, async (dir, relative) => {
        await wb.openFile(relative('Dockerfile'));
        const { x, y } = await wb.pointAt('FROM debian');
        await wb.page.mouse.click(x, y);
        await wb.page.keyboard.press('Control+End');
        // `=` is a trigger character: the list opens by itself, as it does for a person typing. (Closing it
        // and asking again would leave VS Code resolving items of a list it has already dropped.)
        await wb.type('RUN --mount=type=cache,target=/var/cache/apt,sharing=');
        const rows = await wb.suggestions();
        for (const v of Object.keys(sharingMeans)) assert.ok(rows.some((r) => r.includes(v)), rows.join(' | '));
        // No arrow keys (a press while the list still resolves its items can be lost): whichever row VS Code
        // focused, the details pane must explain that very value. Both are read together, until the pane has
        // caught up with the focus: its title names the focused label.
        const details = wb.page.locator('.suggest-details');
        let seen = { focused: '', text: '' };
        const shown = await wb.waitFor('the details pane explaining the focused value', async () => {
          // Ctrl+Space on an open list shows the details pane; pressed only while the pane is hidden.
          if (!(await details.first().isVisible().catch(() => false))) await wb.page.keyboard.press('Control+Space');
          seen = await wb.page.evaluate(() => ({
            focused: (() => {
              const row = document.querySelector('.suggest-widget .monaco-list-row.focused');
              return row ? ((row.querySelector('.label-name') ?? row).textContent ?? '').trim().split(/\s+/)[0] : '';
            })(),
            text: [...document.querySelectorAll('.suggest-details')].map((d) => d.innerText).join('\n'),
          }));
          return seen.focused && seen.text.includes(`sharing=${seen.focused} · --mount option`) ? seen : undefined;
        }).catch((err) => { throw new Error(`${err.message}; focused ${JSON.stringify(seen.focused)}, details ${JSON.stringify(seen.text)}`); });
        const value = shown.focused;
        assert.ok(value in sharingMeans, `the focused row is ${JSON.stringify(value)}, not a sharing value`);
        assert.match(shown.text, new RegExp(`sharing=${value} · --mount option · type=cache`));
        assert.match(shown.text, /What happens when several builds use this cache at the same time/);
        // That value's own sentence, and not another value's.
        const sentence = shown.text.split('\n').find((l) => l.trim().startsWith(`${value}:`)) ?? '';
        assert.match(sentence, sharingMeans[value], `the explanation of ${value}: ${JSON.stringify(shown.text)}`);
        for (const other of Object.keys(sharingMeans).filter((v) => v !== value)) {
          assert.ok(!shown.text.split('\n').some((l) => l.trim().startsWith(`${other}:`)), `the pane for ${value} also explains ${other}`);
        }
        await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'completion.png'), { selector: '.part.editor', downTo: '.suggest-details' });
        await wb.page.keyboard.press('Escape');
      });
    },
  },
];
