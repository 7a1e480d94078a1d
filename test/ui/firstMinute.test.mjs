// SPDX-License-Identifier: MIT
// The first minute and the path to compose down, in a new folder outside samples/ (issue 24), as the
// 2026-12-06 walkthrough had it: a backend and a frontend folder, no Dockerfile yet, a compose file, and a
// machine without Compose. The Get started view shows what the coach does and that Compose is missing; the
// walkthrough ticks from work done by hand (its docker steps wait for Practice on the engine); the compose lenses come back by themselves
// once a docker-compose appears on PATH (run-ui.mjs's empty fake-compose-bin, filled here).
import fs from 'node:fs';
import path from 'node:path';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const lens = (name) => new RegExp(`^\\s*${name.replace(/[&()]/g, '\\$&')}\\s*$`);
const composeText = [
  'services:',
  '  backend-flask:',
  '    build: ./backend-flask',
  '    ports:',
  '      - "4567:4567"',
  '  frontend-react-js:',
  '    build: ./frontend-react-js',
  '    ports:',
  '      - "3000:3000"',
  '    volumes:',
  '      - node-modules:/frontend-react-js/node_modules',
  'volumes:',
  '  node-modules:',
  '',
].join('\n');

/** The learner's own folder: app files, a compose file, no Dockerfile; the docker here has no Compose plugin. */
export function prepareFolder(dir, { noComposeDocker }) {
  const write = (rel, text) => { fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true }); fs.writeFileSync(path.join(dir, rel), text); };
  write('backend-flask/app.py', 'from flask import Flask\napp = Flask(__name__)\n');
  write('backend-flask/requirements.txt', 'flask\n');
  write('frontend-react-js/package.json', '{ "name": "frontend", "scripts": { "start": "react-scripts start" } }\n');
  write('docker-compose.yml', composeText);
  write('.vscode/settings.json', JSON.stringify({ 'dockerCoach.compose.command': 'auto', 'dockerCoach.docker.path': noComposeDocker }, null, 2));
}

/** Whether the walkthrough step `id` shows as done. */
async function stepDone(page, id) {
  return page.locator(`button.getting-started-step[data-step-id$="${id}"]`).first().getAttribute('aria-checked', { timeout: 10000 }).then((v) => v === 'true', () => false);
}

async function openWalkthrough(wb, page) {
  await wb.runCommand('Docker Coach: Open the walkthrough');
  await page.locator('button.getting-started-step').first().waitFor({ timeout: 20000 });
}

export default [
  {
    name: 'the Docker Coach view: what the coach does, where to begin, Docker found and Compose missing',
    async run({ wb, page, assert, repoRoot }) {
      // The first sign of the extension: its icon in the activity bar, which opens the Get started view.
      const icon = page.locator('.activitybar .action-item a[aria-label^="Docker Coach"]').first();
      await icon.waitFor({ timeout: 30000 });
      await icon.click();
      const view = page.locator('.pane', { hasText: 'Get started' }).locator('.welcome-view-content').first();
      await view.waitFor({ timeout: 20000 });
      // The status lines appear once the machine answered (the view asks when it is first shown).
      await page.locator('.welcome-view-content', { hasText: 'Compose: not found' }).first().waitFor({ timeout: 20000 });
      const text = await view.innerText();
      assert.match(text, /Docker Coach teaches Dockerfile and Docker Compose/);
      assert.match(text, /Open the walkthrough/);
      assert.match(text, /New Dockerfile/);
      assert.match(text, /New sample project/);
      assert.match(text, /Docker: found, and its engine answers/);
      assert.match(text, /How to get Compose/);
      assert.match(text, /Check again/);
      await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'get-started.png'));
    },
  },
  {
    name: 'the walkthrough ticks: a Dockerfile written by hand and hovers on it; compose up typed against a fake docker ticks nothing, since its step waits for the exercise on the engine',
    async run({ wb, page, assert, repoRoot, folder }) {
      await openWalkthrough(wb, page);
      for (const id of ['writeDockerfile', 'hoverDockerfile', 'composeUp', 'namedVolume']) assert.strictEqual(await stepDone(page, id), false, `${id} is not done yet`);
      // Written by hand (not through the step's button), then hovered on two lines.
      fs.writeFileSync(path.join(folder, 'backend-flask', 'Dockerfile'), 'FROM python:3.12-slim\nWORKDIR /backend-flask\nRUN pip3 install flask\nCMD ["python3", "-m", "flask", "run"]\n');
      await wb.openFile('backend-flask/Dockerfile');
      await wb.hover('RUN', { expect: /layer/ });
      await wb.unhover();
      await wb.hover('CMD', { expect: /container/ });
      await wb.unhover();
      // Typed in a terminal: the fake docker answers both, exit 0.
      await wb.newTerminal();
      for (const line of ['docker compose up -d', 'docker compose down']) {
        await page.keyboard.type(line, { delay: 20 });
        await page.keyboard.press('Enter');
        await wb.waitForTerminal(new RegExp(`would run: ${line}`), 20000);
        await sleep(500); // the next prompt
      }
      // Only the walkthrough on show, for the picture.
      await wb.runCommand('View: Close All Editors').catch(() => {});
      await openWalkthrough(wb, page);
      for (const id of ['writeDockerfile', 'hoverDockerfile']) {
        let done = false;
        for (let i = 0; i < 40 && !done; i++) { done = await stepDone(page, id); if (!done) await sleep(250); }
        assert.ok(done, `${id} ticked`);
      }
      await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'walkthrough-ticks.png'));
      // The positive signal came first (the two steps above ticked after the typed commands ended): the docker steps
      // tick on their Practice exercise found done on the engine (#28), which a fake docker's "would run" is not.
      for (const id of ['composeUp', 'namedVolume']) assert.strictEqual(await stepDone(page, id), false, `${id} ticked from a typed command`);
    },
  },
  {
    name: 'compose lenses say Compose is missing, and come back after docker-compose appears and Check again; a build folder\'s new Dockerfile clears its problem',
    async run({ wb, page, assert, repoRoot, folder, hostPaths }) {
      await wb.runCommand('View: Close All Editors').catch(() => {});
      await wb.openFile('docker-compose.yml');
      await page.keyboard.press('Control+Home');
      await page.locator('.editor-instance .codelens-decoration a', { hasText: 'Check again' }).first().waitFor({ timeout: 30000 });
      const before = (await wb.codeLenses()).map((t) => t.trim());
      assert.deepStrictEqual(before.slice(0, 2), ['Compose is not installed: cannot run', 'Check again']);
      await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'compose-missing.png'));
      // frontend-react-js has no Dockerfile: its build: line is a problem. Once the file exists, the problem goes.
      const squiggles = page.locator('.editor-instance .squiggly-error');
      await squiggles.first().waitFor({ timeout: 20000 });
      fs.writeFileSync(path.join(folder, 'frontend-react-js', 'Dockerfile'), 'FROM node:22-slim\nCMD ["npm", "start"]\n');
      await squiggles.first().waitFor({ state: 'detached', timeout: 20000 });
      // The learner installs Compose (v1 here, as the report did).
      const composeProgram = path.join(hostPaths.composeBin, 'docker-compose');
      fs.writeFileSync(composeProgram, '#!/bin/sh\nif [ "$1" = "version" ]; then echo "docker-compose version 1.29.2 (fake)"; exit 0; fi\necho "(fake docker-compose for the UI test) would run: docker-compose $*"\n', { mode: 0o755 });
      try {
        await wb.clickCodeLens(lens('Check again'));
        await page.locator('.editor-instance .codelens-decoration a', { hasText: 'Up (attached)' }).first().waitFor({ timeout: 30000 });
        const after = (await wb.codeLenses()).map((t) => t.trim());
        assert.deepStrictEqual(after.slice(0, 4), ['Up', 'Up (attached)', 'Up --build', 'Down']);
        // The Get started view, still on show from the first test, follows the new answer.
        await page.locator('.welcome-view-content', { hasText: 'Compose: docker-compose (v1) found' }).first().waitFor({ timeout: 20000 });
        await wb.clickCodeLens(lens('Up'));
        await wb.waitForTerminal(/would run: docker-compose -f docker-compose\.yml up -d/, 30000);
      } finally {
        fs.rmSync(composeProgram, { force: true });
      }
    },
  },
];
