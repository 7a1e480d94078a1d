// SPDX-License-Identifier: MIT
// The learner's path in the real workbench (issue 12): a lens never types into a busy terminal, a fresh
// terminal shows its command once, `FROM node` + Enter stays `FROM node`, compose snippets appear while
// typing, and "Add to my notes" writes exactly the learner's sentence. run-ui.mjs's fake docker keeps a
// `run -it` in the foreground (FAKE_DOCKER_RUN_SECONDS), like a real container.
import fs from 'node:fs';
import path from 'node:path';

const lens = (name) => new RegExp(`^\\s*${name.replace(/[&()]/g, '\\$&')}\\s*$`);

/** Lines of terminal text that hold `command` as typed at a prompt (not the fake docker's echo of it). */
function typedLines(text, command) {
  // A long prompt (a checkout under a long path) wraps the typed line over two terminal rows, so the rows
  // are read joined: every copy of the command, less the ones the fake docker printed after "would run:".
  const joined = text.replace(/\n/g, '');
  const count = (s) => joined.split(s).length - 1;
  return Array.from({ length: Math.max(0, count(command) - count(`would run: ${command}`)) }, () => command);
}

export default [
  {
    name: 'with docker run -it busy in its own terminal, Shell runs exec in another terminal at once, typed once',
    async run({ wb, assert }) {
      await wb.openFile('backend-flask/Dockerfile');
      await wb.clickCodeLens(lens('Run'));
      await wb.waitForTerminal(/would run: docker run --rm -it -p 4567:4567 --name backend-flask-dev backend-flask:dev/, 30000);
      await wb.clickCodeLens(lens('Shell'));
      const exec = 'docker exec -it backend-flask-dev sh';
      // "At once": the fake container is still running (300 s), and exec does not wait for it.
      const shellText = await wb.waitForTerminal(/would run: docker exec -it backend-flask-dev sh/, 15000);
      assert.strictEqual(typedLines(shellText, exec).length, 1, `the fresh terminal shows the command once:\n${shellText}`);
      const names = await wb.terminalNames();
      assert.ok(names.some((n) => n.includes('run backend-flask-dev')), names.join(' | '));
      assert.ok(names.some((n) => /Docker Coach$/.test(n) || n === 'Docker Coach'), names.join(' | '));
      // The container's terminal holds only the run: nothing was typed behind it.
      await wb.showTerminal('run backend-flask-dev');
      const runText = await wb.waitForTerminal(/would run: docker run/, 10000);
      assert.ok(!runText.includes('exec'), `the run terminal got no exec:\n${runText}`);
      assert.strictEqual(typedLines(runText, 'docker run --rm -it').length, 1, `the run command shows once:\n${runText}`);
    },
  },
  {
    name: 'typing FROM node and Enter in an empty Dockerfile leaves FROM node; df offers the whole-file snippets',
    async run({ wb, assert, repoRoot }) {
      await wb.scratchFolder('ui-scratch', { Dockerfile: '' }, async (dir, relative) => {
        await wb.openFile(relative('Dockerfile'));
        await wb.type('df');
        const rows = await wb.suggestions();
        assert.ok(rows.some((r) => r.includes('df-flask')) && rows.some((r) => r.includes('df-node')), rows.join(' | '));
        // The walkthrough's first step shows this list, at its real size.
        await wb.screenshotElement(path.join(repoRoot, 'media', 'walkthrough', 'snippets.png'), '.editor-widget.suggest-widget.visible');
        await wb.page.keyboard.press('Escape');
        await wb.page.keyboard.press('Backspace');
        await wb.page.keyboard.press('Backspace');
        await wb.type('FROM node');
        // The positive signal before "Enter accepts nothing": the suggestion widget's own answer for `FROM node`.
        const offered = await wb.settledSuggestions();
        assert.deepStrictEqual(offered, [], `after FROM node the list offers: ${offered.join(' | ')}`);
        await wb.page.keyboard.press('Enter');
        const lines = await wb.waitFor('the new line after FROM node', async () => {
          const now = (await wb.editorLines()).map((l) => l.trimEnd());
          return now.length >= 2 ? now : undefined;
        });
        assert.deepStrictEqual(lines, ['FROM node', ''], JSON.stringify(lines));
      });
    },
  },
  {
    name: 'typing serv in an empty compose file shows a compose snippet',
    async run({ wb, assert }) {
      await wb.scratchFolder('ui-scratch-compose', { 'compose.yaml': '' }, async (dir, relative) => {
        await wb.openFile(relative('compose.yaml'));
        await wb.type('serv');
        const rows = await wb.suggestions();
        assert.ok(rows.some((r) => r.includes('service-build')), rows.join(' | '));
        await wb.page.keyboard.press('Escape');
      });
    },
  },
  {
    name: '"Add to my notes" with a typed sentence writes exactly that sentence',
    async run({ wb, assert, repoRoot }) {
      const sentence = 'EXPOSE only says which port the app uses; -p is what publishes it.';
      await wb.keepingSampleFile('notes/week1.md', async (notesFile, before) => {
        await wb.openFile('backend-flask/Dockerfile');
        // Prefilled with a one-line draft to rewrite.
        const { input, draft } = await wb.addToNotesAt('EXPOSE');
        assert.match(draft, /EXPOSE/, draft);
        assert.ok(!draft.includes('\n'));
        await input.fill(sentence);
        await wb.screenshotElement(path.join(repoRoot, 'media', 'walkthrough', 'add-note.png'), '.quick-input-widget');
        await wb.page.keyboard.press('Enter');
        const text = await wb.waitFor('the sentence in the notes file', () => {
          const now = fs.readFileSync(notesFile, 'utf8');
          return now.includes(sentence) ? now : undefined;
        });
        const added = text.split('\n').filter((l) => l.includes(sentence));
        assert.deepStrictEqual(added, [`- ${sentence}`]);
        // Nothing else changed: the file is the old one plus that line (and a heading, if it had none).
        assert.ok(text.length - before.length <= sentence.length + 20, 'only the sentence (and a heading) was added');
      });
    },
  },
];
