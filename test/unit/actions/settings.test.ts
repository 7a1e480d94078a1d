// SPDX-License-Identifier: MIT
// The settings as package.json declares them and as the core reads them must agree.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { actionSettingKeys, defaultActionSettings, resolveSettings } from '../../../src/core/index';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const properties: Record<string, { default?: unknown; scope?: string; markdownDescription?: string }> = manifest.contributes.configuration.properties;

describe('action settings in package.json', () => {
  it('declares every action setting with the core default, a scope and a markdown description', () => {
    for (const [field, key] of Object.entries(actionSettingKeys)) {
      const prop = properties[`dockerCoach.${key}`];
      assert.ok(prop, `dockerCoach.${key} is not declared`);
      assert.deepStrictEqual(prop.default, defaultActionSettings[field as keyof typeof actionSettingKeys], key);
      assert.ok(prop.scope, `${key} has no scope`);
      assert.ok((prop.markdownDescription ?? '').length > 40, `${key} has no real description`);
    }
  });

  it('restricts every setting that reaches a shell in untrusted workspaces', () => {
    const restricted: string[] = manifest.capabilities.untrustedWorkspaces.restrictedConfigurations;
    assert.strictEqual(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    for (const key of Object.values(actionSettingKeys)) assert.ok(restricted.includes(`dockerCoach.${key}`), key);
  });

  it('has a lens toggle for each action group, on by default', () => {
    for (const group of ['enabled', 'build', 'run', 'shell', 'compose']) {
      assert.strictEqual(properties[`dockerCoach.codeLens.${group}`]?.default, true, group);
    }
  });

  it('explains how docker compose and docker-compose differ', () => {
    const d = properties['dockerCoach.compose.command'].markdownDescription ?? '';
    assert.match(d, /plugin/);
    assert.match(d, /v1/);
  });

  it('declares every palette command with the Docker Coach category', () => {
    const ids = manifest.contributes.commands.map((c: { command: string; category: string }) => {
      assert.strictEqual(c.category, 'Docker Coach');
      return c.command;
    });
    for (const id of ['dockerCoach.runAction', 'dockerCoach.buildImage', 'dockerCoach.runContainer', 'dockerCoach.shellIntoContainer', 'dockerCoach.compose.up', 'dockerCoach.compose.down']) {
      assert.ok(ids.includes(id), id);
    }
  });
});

describe('resolveSettings', () => {
  it('fills missing, empty and mistyped values from the defaults', () => {
    const s = resolveSettings({ dockerPath: '  ', tagTemplate: 42 as unknown as string, runArgs: ['-e', 3 as unknown as string], composeCommand: 'podman' as never });
    assert.strictEqual(s.dockerPath, 'docker');
    assert.strictEqual(s.tagTemplate, '${folder}:dev');
    assert.deepStrictEqual(s.runArgs, ['-e']);
    assert.strictEqual(s.composeCommand, 'auto');
    assert.strictEqual(s.shell, 'posix');
    assert.strictEqual(resolveSettings({ composeCommand: 'docker-compose' }).composeCommand, 'docker-compose');
    assert.strictEqual(resolveSettings({ composeFound: 'bogus' as never }).composeFound, undefined);
  });
});
