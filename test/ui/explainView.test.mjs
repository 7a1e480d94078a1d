// SPDX-License-Identifier: MIT
// What a person sees with "Docker Coach: Explain this file": the compose project drawn beside the editor,
// a node per service, a click on a service that puts the cursor on its line, the hover's explanation on a
// node, and the Dockerfile's stages with the start command. Pictures in a dark and a light theme for the README.
import fs from 'node:fs';
import path from 'node:path';

export default [
  {
    name: 'the compose view draws a node per service, and clicking one moves the cursor to its line',
    async run({ wb, assert, repoRoot }) {
      const { page } = wb;
      // The editor title button runs the command, as the palette would; the side bar comes back at the end of the test.
      const view = await wb.openViewOf('docker-compose.yml', { button: 'Explain this file', tab: 'Explain docker-compose.yml' });
      await view.locator('svg.diagram .node-service').first().waitFor({ timeout: 30000 });
      const services = await view.locator('svg.diagram .node-service').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')));
      assert.deepEqual(services.sort(), ['service:backend-flask', 'service:db', 'service:frontend-react-js']);
      assert.equal(await view.locator('.legend li').count(), 6);
      assert.match(await view.locator('ol.walk').innerText(), /Once `?db`? reports healthy/);

      await wb.setTheme('Dark Modern');
      await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'explain-compose-dark.png'));
      // Hovering a node shows the editor's own explanation of that line.
      await view.locator('svg.diagram [data-id="service:db"]').hover();
      await view.locator('#tooltip:not([hidden])').waitFor({ timeout: 20000 });
      assert.match(await view.locator('#tooltip').innerText(), /db.*service[\s\S]*Runs the image postgres:16-alpine/);
      await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'explain-compose-hover.png'));

      await view.locator('svg.diagram [data-id="service:db"]').click();
      // `db:` is line 38 of samples/docker-compose.yml (1-based, as the status bar counts), column 3.
      const line = fs.readFileSync(path.join(repoRoot, 'samples', 'docker-compose.yml'), 'utf8').split('\n').findIndex((l) => /^ {2}db:/.test(l)) + 1;
      assert.deepEqual(await wb.waitForCursor(line, 3, { fromView: true }), { line, col: 3 });

      // Export as SVG writes the diagram next to the file, with fixed colours; removed again here.
      const exported = path.join(repoRoot, 'samples', 'docker-compose.yml.svg');
      fs.rmSync(exported, { force: true });
      await view.locator('#export').click();
      // The file can exist before its bytes are written (the remote file system creates, then writes), so wait
      // for the whole text, which ends with the closing tag, rather than for the name alone.
      const written = () => (fs.existsSync(exported) ? fs.readFileSync(exported, 'utf8') : '');
      for (let i = 0; i < 80 && !written().endsWith('</svg>\n'); i++) await page.waitForTimeout(250);
      const svg = written();
      fs.rmSync(exported, { force: true });
      assert.match(svg, /^<\?xml[^]*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^]*<style>[^]*data-id="service:db"/);
      await page.keyboard.press('Escape');

      await wb.setTheme('Light Modern');
      await wb.webview().locator('svg.diagram .node-service').first().waitFor({ timeout: 30000 });
      await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'explain-compose-light.png'));
      await wb.setTheme('Dark Modern');
      await wb.runCommand('View: Show Explorer').catch(() => {});
    },
  },
  {
    name: 'the Dockerfile view shows the stages, the steps and what the container runs',
    async run({ wb, assert, repoRoot }) {
      const view = await wb.openViewOf('backend-flask/Dockerfile', { command: 'Docker Coach: Explain this file', tab: 'Explain Dockerfile' });
      await view.locator('svg.diagram .node-stage').first().waitFor({ timeout: 30000 });
      assert.equal(await view.locator('svg.diagram .node-stage').count(), 1);
      assert.equal(await view.locator('svg.diagram .node-image').count(), 1);
      assert.match(await view.locator('.start').innerText(), /When the container starts, it runs \["python3", "-m", "flask", "run", "--host=0.0.0.0", "--port=4567"\]/);
      const steps = await view.locator('ol.steps li').allInnerTexts();
      assert.ok(steps.some((s) => /RUN/.test(s) && /adds a layer/.test(s)), steps.join('\n'));
      assert.ok(steps.some((s) => /CMD/.test(s) && /start time/.test(s) && /no layer/.test(s)), steps.join('\n'));
      await wb.setTheme('Dark Modern');
      await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'explain-dockerfile-dark.png'));
      await wb.setTheme('Light Modern');
      await wb.webview().locator('svg.diagram .node-stage').first().waitFor({ timeout: 30000 });
      await wb.screenshot(path.join(repoRoot, 'docs', 'images', 'explain-dockerfile-light.png'));
      await wb.setTheme('Dark Modern');
      await wb.runCommand('View: Show Explorer').catch(() => {});
    },
  },
];
