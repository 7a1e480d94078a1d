// SPDX-License-Identifier: MIT
// A small driver for the VS Code workbench in the browser, for the UI tests in test/ui/: open a file, hover
// at a piece of text, read the hover, click a CodeLens, read the terminal, take a screenshot. The loading,
// palette, waiting and picture part is WorkbenchBase (workbenchBase.mjs); the shared layout is workbenchState.mjs.
import { WorkbenchBase, sleep, until } from './workbenchBase.mjs';
import { keepingSampleFile, resetLayout, scratchFolder, setTheme } from './workbenchState.mjs';

export { pictureTarget, picturesDir, writesTrackedPictures } from './workbenchBase.mjs';

export class Workbench extends WorkbenchBase {
  /**
   * Clicks `word` in the active editor and runs "Docker Coach: Add to my notes"; returns its input box and the
   * one-line draft it was prefilled with (read once the palette's own ">…" text has gone).
   */
  async addToNotesAt(word) {
    const { x, y } = await this.pointAt(word);
    await this.page.mouse.click(x, y);
    await this.runCommand('Docker Coach: Add to my notes');
    const input = this.page.locator('.quick-input-widget input');
    // The box comes from the extension host, which a loaded machine leaves unresponsive for tens of seconds (the
    // browser log says "Extension host (Remote) is unresponsive"; a second UI run missed a 20 s wait that way).
    await input.waitFor({ state: 'visible', timeout: 60000 });
    const draft = await until('the draft in the Add to my notes box', async () => {
      const value = await input.inputValue();
      return value && !value.startsWith('>') ? value : undefined;
    }, 60000, 200);
    return { input, draft };
  }

  /** Puts the workbench in the state every test file starts from (see workbenchState.mjs); run-ui.mjs calls it. */
  async resetLayout() {
    await resetLayout(this);
  }

  /** Picks the built-in color theme `name` ("Light Modern") and returns once the workbench is drawn in it. */
  async setTheme(name) {
    await setTheme(this, name);
  }

  /**
   * Runs `use(dir, relative)` with a folder samples/<name>/ holding `files`, then reverts, closes every editor and
   * removes the folder, whatever `use` did (see workbenchState.mjs). Give each test a name of its own: VS Code can
   * learn of the removal late, on a loaded machine after the next test made the same folder again, and then closes
   * that test's editors (two loaded runs lost issue24's compose.yaml that way).
   */
  scratchFolder(name, files, use) {
    return scratchFolder(this, name, files, use);
  }

  /** Runs `use(file, text)` on samples/<relative>, then puts that file back as it was (a test that writes the notes). */
  keepingSampleFile(relative, use) {
    return keepingSampleFile(relative, use);
  }

  /** The document of the webview on show (the explain view, the security review): it sits in two frames. */
  webview() {
    return this.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  }

  /**
   * Opens samples/<relative> alone, with the side bar closed for room, then opens a view beside it: by the
   * editor title button labelled `button` (as a person would), or by the command `command`. Waits for the
   * view's tab (`tab`) and returns its document (see webview).
   */
  async openViewOf(relative, { button, command, tab }) {
    await this.runCommand('View: Close All Editors').catch(() => {});
    await this.openFile(relative);
    await this.runCommand('View: Close Primary Side Bar').catch(() => {});
    if (button) await this.page.locator(`.editor-actions .action-label[aria-label*="${button}"]`).first().click({ timeout: 20000 });
    else await this.runCommand(command);
    await this.page.locator('.tab', { hasText: tab }).first().waitFor({ timeout: 30000 });
    return this.webview();
  }

  /** The cursor as the status bar shows it ("Ln 12, Col 3"), 1-based; undefined while no editor shows one. */
  async cursor() {
    const text = await this.page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+/ }).first().innerText({ timeout: 5000 }).catch(() => '');
    const m = /Ln (\d+), Col (\d+)/.exec(text);
    return m ? { line: Number(m[1]), col: Number(m[2]) } : undefined;
  }

  /**
   * Waits until the cursor is at `line` (and `col`, if given); returns where it is.
   *
   * `fromView`: after a click in a webview (the explain view, the security review) that moves the editor's cursor.
   * The status bar shows a cursor only while a text editor has focus, and the webview's own focus can land after
   * the editor took it (CI once read no cursor for 20 s after such a click). So once 10 s pass with no cursor
   * shown, the first editor group gets focus, which shows where its cursor is without moving it. That wait is
   * 60 s: a loaded machine leaves the extension host unresponsive for tens of seconds.
   */
  async waitForCursor(line, col, { fromView = false, timeoutMs = fromView ? 60000 : 20000 } = {}) {
    let focusAt = fromView ? Date.now() + 10000 : Infinity;
    return until(`the cursor at line ${line}${col === undefined ? '' : `, column ${col}`}`, async () => {
      const at = await this.cursor();
      if (!at && Date.now() > focusAt) {
        focusAt = Infinity;
        console.log(`      (no cursor in the status bar 10 s after the click, the active tab ${JSON.stringify(await this.activeTab())}: focusing the first editor group to read it)`);
        await this.runCommand('View: Focus First Editor Group').catch(() => {});
      }
      return at && at.line === line && (col === undefined || at.col === col) ? at : undefined;
    }, timeoutMs, 200).catch(async (err) => { throw new Error(`${err.message}; it is at ${JSON.stringify(await this.cursor())}, the active tab is ${JSON.stringify(await this.activeTab())}`); });
  }

  /** The label of the active editor group's active tab, or undefined. */
  async activeTab() {
    return this.page.locator('.editor-group-container.active .tab.active').first().getAttribute('aria-label', { timeout: 2000 }).catch(() => undefined);
  }

  /**
   * Screen point at the middle of the `occurrence`-th match of `text` in the visible lines of the active
   * editor (lines sorted top to bottom; Monaco does not keep them in DOM order).
   */
  async pointAt(text, occurrence = 0) {
    return until(`"${text}" in the editor`, () => this.page.evaluate(({ text, occurrence }) => {
      const editor = document.querySelector('.editor-instance .monaco-editor .view-lines');
      if (!editor) return undefined;
      const lines = [...editor.querySelectorAll('.view-line')]
        .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      let seen = 0;
      for (const line of lines) {
        const content = line.textContent.replace(/\u00a0/g, ' ');
        for (let at = content.indexOf(text); at >= 0; at = content.indexOf(text, at + 1)) {
          if (seen++ !== occurrence) continue;
          // Walk the text nodes to turn the character offset into a DOM range.
          const walker = document.createTreeWalker(line, window.NodeFilter.SHOW_TEXT);
          let offset = 0;
          const range = document.createRange();
          let started = false;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const len = node.textContent.length;
            if (!started && at < offset + len) { range.setStart(node, at - offset); started = true; }
            if (started && at + text.length <= offset + len) { range.setEnd(node, at + text.length - offset); break; }
            offset += len;
          }
          const rect = range.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return undefined;
    }, { text, occurrence }), 20000);
  }

  /**
   * Hovers the `occurrence`-th `text` in the active editor and returns the editor hover's text once it
   * matches `expect` (a RegExp; default: any content) and `text` is still where the mouse is. Moves away and
   * back between attempts.
   */
  async hover(text, { occurrence = 0, expect = /\S/, timeoutMs = 20000 } = {}) {
    const { page } = this;
    const hoverBox = page.locator('.monaco-editor .monaco-hover:not(.hidden)');
    const end = Date.now() + timeoutMs;
    let lastText = '';
    while (Date.now() < end) {
      const { x, y } = await this.pointAt(text, occurrence);
      await page.mouse.move(x, y);
      for (let i = 0; i < 15; i++) {
        await sleep(200);
        const texts = await hoverBox.allInnerTexts().catch(() => []);
        lastText = texts.map((t) => t.trim()).filter(Boolean).join('\n');
        if (lastText && !/^Loading/.test(lastText) && expect.test(lastText)) {
          // The hover is of the text under the mouse only if the text is still there: lenses drawn above it
          // after the file opened push the lines down (the hover of RUN read COPY's), so aim again if it moved.
          const now = await this.pointAt(text, occurrence);
          if (Math.abs(now.x - x) < 2 && Math.abs(now.y - y) < 2) return lastText;
          break;
        }
      }
      await page.mouse.move(5, 5);
      await sleep(300);
    }
    throw new Error(`no hover matching ${expect} over "${text}"; last hover text: ${JSON.stringify(lastText)}`);
  }

  /** Moves the mouse away so an open hover closes. */
  async unhover() {
    await this.page.mouse.move(5, 5);
    await this.page.keyboard.press('Escape');
  }

  /** Visible CodeLens titles of the active editor. */
  async codeLenses(timeoutMs = 10000) {
    // VS Code redraws the lenses when the provider reports a change (an answer from the engine, say), and
    // for a moment there are none: read until two reads a moment apart agree on a list that is not empty.
    const read = () => this.page.locator('.editor-instance .codelens-decoration a').allInnerTexts();
    const end = Date.now() + timeoutMs;
    let last = await read();
    for (;;) {
      await sleep(250);
      const now = await read();
      if ((now.length > 0 && JSON.stringify(now) === JSON.stringify(last)) || Date.now() > end) return now;
      last = now;
    }
  }

  /** Clicks the first CodeLens whose title matches `match` (string or RegExp). */
  async clickCodeLens(match, timeoutMs = 30000) {
    const lens = this.page.locator('.editor-instance .codelens-decoration a', { hasText: match }).first();
    await lens.waitFor({ timeout: timeoutMs });
    await lens.click();
  }

  /** The text of the visible terminal (needs terminal.integrated.gpuAcceleration "off"). */
  async terminalText() {
    // Only the terminal on show: the others keep their rows in the page, hidden.
    return (await this.page.locator('.xterm-rows:visible').allInnerTexts().catch(() => [])).join('\n');
  }

  /** Waits until the terminal shows a line that matches `pattern`; returns the whole terminal text. */
  async waitForTerminal(pattern, timeoutMs = 30000) {
    let last = '';
    return until(`terminal text ${pattern}`, async () => {
      const text = last = await this.terminalText();
      // A long line wraps into several rows of the terminal; read them joined as well.
      return text.split('\n').some((l) => pattern.test(l)) || pattern.test(text.replace(/\n/g, '')) ? text : undefined;
    }, timeoutMs, 200).catch((err) => {
      // What the terminal showed last says whether the typing went elsewhere, the command hangs or the panel hid.
      const shown = last.trimEnd().split('\n').slice(-8).join('\n        ');
      throw new Error(`${err.message}; the terminal showed last:\n        ${shown || '(no terminal on show)'}`);
    });
  }

  /**
   * Opens a new terminal and waits for its first prompt. With `pathFirst` (shell text, such as `"$PWD/.fake-bin"`),
   * puts those folders first on PATH and clears the screen, then waits for the cleared prompt.
   */
  async newTerminal(pathFirst) {
    await this.runCommand('Terminal: Create New Terminal');
    await this.page.locator('.terminal-wrapper.active .xterm').first().waitFor({ timeout: 30000 });
    // A prompt this pattern does not know (a themed shell) is waited for no longer than this, then typed at.
    await this.waitForTerminal(/[$#]\s*$/, 30000).catch(() => {});
    if (!pathFirst) return;
    await this.typeAndClear(`export PATH=${pathFirst}:$PATH`);
  }

  /**
   * Types `command` (if any) then `clear` into the terminal that has the keyboard, and waits for the cleared
   * prompt: a pattern waited for afterwards matches only what comes next.
   */
  async typeAndClear(command) {
    const line = command ? `${command}; clear` : 'clear';
    await this.page.keyboard.type(line, { delay: 10 });
    // Seen typed before Enter: the screen from before the typing can never pass for the cleared one.
    await this.waitForTerminal(new RegExp(line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 10000);
    await this.page.keyboard.press('Enter');
    await until(`the terminal cleared after ${line}`, async () => {
      const text = await this.terminalText();
      return !text.includes(line) && /[$#]$/.test(text.trimEnd()) ? true : undefined;
    }, 10000, 200);
  }

  /** The names in the terminal tabs list, top to bottom (shown once there are two terminals or more). */
  async terminalNames() {
    return (await this.page.locator('.terminal-tabs-entry').allInnerTexts().catch(() => [])).map((t) => t.trim());
  }

  /** Shows the `index`-th terminal whose tab reads `name`, so terminalText() reads it. */
  async showTerminal(name, index = 0) {
    const tab = this.page.locator('.terminal-tabs-entry', { hasText: name }).nth(index);
    await tab.waitFor({ timeout: 20000 });
    await tab.click();
    await sleep(300);
  }

  /** Types `text` into the active editor at the cursor. */
  async type(text) {
    await this.page.keyboard.type(text, { delay: 40 });
  }

  /** The text of the active editor's lines, top to bottom. */
  async editorLines() {
    return this.page.evaluate(() => [...document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')]
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
      .map((l) => l.textContent.replace(/\u00a0/g, ' ')));
  }

  /** Waits for the suggestion list and returns its rows' text. */
  async suggestions(timeoutMs = 20000) {
    const widget = this.page.locator('.editor-widget.suggest-widget.visible');
    await widget.waitFor({ timeout: timeoutMs });
    await widget.locator('.monaco-list-row').first().waitFor({ timeout: timeoutMs });
    return widget.locator('.monaco-list-row').allInnerTexts();
  }

  /**
   * What the suggestion list offers at the cursor once it has answered for the text typed so far: [] when it
   * offers nothing. The answer is a positive signal, never a pause: a list the typing opened is read once VS
   * Code has asked again and it stays; with no list on show, Ctrl+Space asks explicitly, and VS Code then says
   * "No suggestions." (or shows what it found). The list or message is closed before returning.
   */
  async settledSuggestions(timeoutMs = 20000) {
    const { page } = this;
    const state = () => page.evaluate(() => {
      const widget = document.querySelector('.editor-widget.suggest-widget');
      if (!widget || !widget.classList.contains('visible')) return { shown: false };
      const message = widget.querySelector('.message');
      const messageText = message && window.getComputedStyle(message).display !== 'none' ? message.textContent.trim() : '';
      const rows = messageText ? [] : [...widget.querySelectorAll('.monaco-list-row')].map((r) => r.innerText.trim()).filter(Boolean);
      return { shown: true, messageText, rows };
    });
    const end = Date.now() + timeoutMs;
    let asked = false;
    let askedAt = 0;
    let last = { shown: false };
    while (Date.now() < end) {
      last = await state();
      if (last.shown && /No suggestions/i.test(last.messageText)) {
        await page.keyboard.press('Escape');
        return [];
      }
      // Explicitly asked, and a list came: that is the answer. (A list the typing opened may still be asked again.)
      if (asked && last.shown && last.rows.length) break;
      // Asked once the list the typing opened has closed; again if nothing showed within 3 s (on a loaded
      // machine a whole UI run once lost the key press, and the list never came).
      if (!last.shown && (!asked || Date.now() - askedAt > 3000)) {
        await page.keyboard.press('Control+Space');
        asked = true;
        askedAt = Date.now();
      }
      await sleep(150);
    }
    if (!last.shown) throw new Error(`the suggestion list gave no answer within ${timeoutMs} ms`);
    await page.keyboard.press('Escape');
    return last.rows;
  }
}
