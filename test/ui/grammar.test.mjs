// SPDX-License-Identifier: MIT
// What a person sees of the Dockerfile grammar: a highlighted Dockerfile with a heredoc and mounts, and
// VS Code's own scope inspector confirming that our grammar (not the built-in one) tokenized it.
import path from 'node:path';

const file = 'backend-flask/Dockerfile.prod';

/** Puts the cursor inside `text`, runs the scope inspector and returns its text. */
async function inspectScopes(wb, text) {
  const { x, y } = await wb.pointAt(text);
  await wb.page.mouse.click(x, y);
  await wb.runCommand('Developer: Inspect Editor Tokens and Scopes');
  const widget = wb.page.locator('.token-inspect-widget');
  await widget.waitFor({ state: 'visible', timeout: 20000 });
  // The widget fills in the TextMate part once the token is resolved.
  for (let i = 0; i < 30; i++) {
    const content = await widget.innerText();
    if (/textmate scopes/i.test(content)) {
      await wb.page.keyboard.press('Escape');
      return content;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the scope inspector never showed TextMate scopes for "${text}"`);
}

export default [
  {
    name: 'a Dockerfile with a heredoc and mounts is highlighted (screenshot for the README)',
    async run({ wb, assert, repoRoot }) {
      await wb.openFile(file);
      await wb.page.mouse.move(5, 5);
      const text = await wb.page.locator('.editor-instance .view-lines').innerText();
      assert.match(text, /--mount=type=cache/);
      await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'grammar.png'), { selector: '.part.editor' });
    },
  },
  {
    name: 'the heredoc body is shell, embedded by our grammar',
    async run({ wb, assert }) {
      await wb.openFile(file);
      const scopes = await inspectScopes(wb, 'groupadd --system app');
      // The built-in Dockerfile grammar has no heredocs, so these scopes can only come from ours.
      assert.match(scopes, /meta\.embedded\.block\.shell/);
      assert.match(scopes, /source\.dockerfile/);
      assert.match(scopes, /shellscript/);
    },
  },
  {
    name: '--mount is a flag with its keys scoped separately',
    async run({ wb, assert }) {
      await wb.openFile(file);
      // pointAt aims at the middle of the text: the "o" of --mount, the "rg" of target.
      const flag = await inspectScopes(wb, '--mount');
      assert.match(flag, /variable\.parameter\.flag\.dockerfile/);
      const key = await inspectScopes(wb, 'target');
      assert.match(key, /entity\.other\.attribute-name\.flag-key\.dockerfile/);
    },
  },
];
