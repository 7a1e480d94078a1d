// SPDX-License-Identifier: MIT
// The manifest is code too: what it names must exist, and what reaches a shell must be restricted.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const contributes = manifest.contributes;
const settings: Record<string, { scope?: string; markdownDescription?: string }> = contributes.configuration.properties;

describe('package.json', () => {
  it('activates only on the languages it serves, or once startup has finished, never on "*"', () => {
    assert.ok(!manifest.activationEvents.includes('*'));
    // onStartupFinished: terminal coaching listens to docker commands in any terminal, with no Docker file open;
    // it runs after the window is up, and activate() only registers listeners (activation.test.ts).
    for (const e of manifest.activationEvents) assert.match(e, /^(onLanguage:(dockerfile|dockercompose|shellscript|makefile|markdown)|onStartupFinished)$/);
  });

  it('gives every setting a scope and a markdown description', () => {
    for (const [key, s] of Object.entries(settings)) {
      assert.match(key, /^dockerCoach\./);
      assert.ok(s.scope, `${key} has no scope`);
      assert.ok(s.markdownDescription && s.markdownDescription.length > 20, `${key} has no description`);
    }
  });

  it('restricts, in untrusted workspaces, exactly the settings that reach a shell or read files', () => {
    const restricted: string[] = manifest.capabilities.untrustedWorkspaces.restrictedConfigurations;
    for (const key of restricted) assert.ok(settings[key], `restricted ${key} is not a setting`);
    for (const key of ['dockerCoach.docker.path', 'dockerCoach.compose.command', 'dockerCoach.build.tagTemplate', 'dockerCoach.build.context', 'dockerCoach.run.extraArgs', 'dockerCoach.exec.shell', 'dockerCoach.notes.files', 'dockerCoach.terminal.explainFailures']) {
      assert.ok(restricted.includes(key), `${key} reaches a shell or the disk but is not restricted`);
    }
    assert.strictEqual(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.strictEqual(manifest.capabilities.virtualWorkspaces, false);
  });

  it('puts every command in the Docker Coach category', () => {
    for (const c of contributes.commands) assert.strictEqual(c.category, 'Docker Coach', c.command);
  });

  it('ships every file its snippets, grammars and walkthrough name', () => {
    const named: string[] = [
      // Snippets are bundled into dist/extension.js (the completion provider imports them), so none are named here.
      ...(contributes.snippets ?? []).map((s: { path: string }) => s.path),
      ...contributes.grammars.map((g: { path: string }) => g.path),
      manifest.icon,
    ];
    for (const w of contributes.walkthroughs) {
      for (const step of w.steps) named.push(step.media.image ?? step.media.markdown);
    }
    const ignore = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8');
    for (const file of named) {
      assert.ok(fs.existsSync(path.join(root, file)), `${file} is missing`);
      const top = file.replace(/^\.\//, '').split('/')[0];
      assert.ok(ignore.includes(`!${top}`), `${file} is not let through .vscodeignore`);
    }
  });

  it('pins @types/vscode to the engine it promises', () => {
    const engine = manifest.engines.vscode.replace(/^\^/, '');
    assert.strictEqual(manifest.devDependencies['@types/vscode'], engine);
    const [major, minor] = engine.split('.').map(Number);
    assert.ok(major === 1 && minor <= 139, 'code-server 4.139 (VS Code 1.139) must be able to install it');
  });

  it('puts Build and Run in a Dockerfile\'s title bar and Compose Up in a compose file\'s, as the README says (issue 24)', () => {
    const title: { command: string; when: string; group: string }[] = contributes.menus['editor/title'];
    const entry = (command: string) => title.find((m) => m.command === command);
    for (const command of ['dockerCoach.buildImage', 'dockerCoach.runContainer']) {
      assert.match(entry(command)?.when ?? '', /isWorkspaceTrusted && resourceLangId == dockerfile/, command);
      assert.match(entry(command)!.group, /^navigation/);
      // An icon, or the title bar shows nothing for it.
      assert.ok(contributes.commands.find((c: { command: string; icon?: string }) => c.command === command)?.icon, command);
    }
    assert.match(entry('dockerCoach.compose.up')?.when ?? '', /resourceLangId == dockercompose/);
  });
});
