// SPDX-License-Identifier: MIT
// Settings as clients send them (nested or flat, in three places), and the core readers that check them.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { actionSettingsFrom, defaultMaxFileChars, diagnosticSettingsFrom, featureEnabled, maxFileCharsFrom, noteGlobsFrom } from '../../../src/core/index';
import { layered, lookUp, sectionOf, SettingsStore } from '../../../src/server/settings';
import { serverVersion } from '../../../src/server/version';

describe('language server settings', () => {
  it('reads a key nested or flat', () => {
    assert.strictEqual(lookUp({ docker: { path: '/opt/docker' } }, 'docker.path'), '/opt/docker');
    assert.strictEqual(lookUp({ 'docker.path': 'podman' }, 'docker.path'), 'podman');
    assert.strictEqual(lookUp({ docker: 'oops' }, 'docker.path'), undefined);
    assert.strictEqual(lookUp(null, 'docker.path'), undefined);
    assert.strictEqual(lookUp({ toString: 1 }, 'constructor'), undefined, 'no prototype keys');
  });

  it('lets the client\'s answer win over pushed settings, and those over initializationOptions', async () => {
    const store = new SettingsStore({ docker: { path: 'initial' }, maxFileSizeKB: 10 }, async () => ({ docker: { path: 'answered' } }));
    assert.strictEqual(store.readerFor('file:///a')('docker.path'), 'initial');
    store.changed({ dockerCoach: { docker: { path: 'pushed' } } });
    assert.strictEqual(store.readerFor('file:///a')('docker.path'), 'pushed');
    await store.load('file:///a');
    assert.strictEqual(store.readerFor('file:///a')('docker.path'), 'answered');
    assert.strictEqual(store.readerFor('file:///a')('maxFileSizeKB'), 10);
    assert.strictEqual(sectionOf({ other: 1 }), undefined);
  });

  it('keeps the other sources when the client fails to answer', async () => {
    const store = new SettingsStore({ 'hover.enabled': false }, async () => { throw new Error('no'); });
    await store.load('file:///b');
    assert.strictEqual(featureEnabled(store.readerFor('file:///b'), 'hover.enabled'), false);
  });

  it('turns odd values into calm defaults', () => {
    const read = layered({ diagnostics: { rules: { UndefinedVar: 'error', JSONArgsRecommended: 'loud', X: 3 }, enabled: 'yes' }, maxFileSizeKB: 'big', notes: { files: ['notes/*.md', '', 7] }, docker: { path: null } });
    assert.deepStrictEqual(diagnosticSettingsFrom(read), { enabled: true, rules: { UndefinedVar: 'error' } });
    assert.strictEqual(maxFileCharsFrom(read), defaultMaxFileChars);
    assert.strictEqual(maxFileCharsFrom(layered({ maxFileSizeKB: 0 })), 1024);
    assert.deepStrictEqual(noteGlobsFrom(read), ['notes/*.md']);
    assert.deepStrictEqual(actionSettingsFrom(read), {});
    assert.deepStrictEqual(actionSettingsFrom(layered({ compose: { command: 'docker-compose' } })), { composeCommand: 'docker-compose' });
  });

  it('reports the version server/package.json publishes', () => {
    const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', '..', 'server', 'package.json'), 'utf8')) as { version: string };
    assert.strictEqual(serverVersion, manifest.version);
  });
});
