// SPDX-License-Identifier: MIT
// Workspace Trust in a real VS Code: `npm run test:trust` opens a copy of samples/ with trust switched on
// and the folder not trusted. Its .vscode/settings.json sets a hostile `dockerCoach.docker.path` and
// `dockerCoach.notes.files`; a recording `docker` is first on the extension host's PATH. Hovers, completions
// and problems work; there are no lenses; every command that would reach a terminal or docker refuses,
// and nothing runs: neither the hostile program nor any docker.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, hoverMarkdown, keywordPosition, positionOf, sampleUri, waitFor, workspaceFolder } from '../integration/helpers';

/** Written by scripts/test-host/run-integration.mjs --untrusted: where the hostile and the fake docker leave traces. */
const canaryDir = process.env.DOCKER_COACH_CANARY_DIR ?? '';
const hostileDocker = path.join(canaryDir, 'hostile-docker');
const untrustedMessage = /only in a trusted workspace/;

/**
 * Every command in the manifest, sorted by what it may do. A new command fails the first test until it is
 * placed here (and, if it reaches a terminal or docker, shown to refuse below).
 */
const refusing = ['dockerCoach.runAction', 'dockerCoach.buildImage', 'dockerCoach.runContainer', 'dockerCoach.shellIntoContainer', 'dockerCoach.compose.up', 'dockerCoach.compose.down', 'dockerCoach.runFailureFix', 'dockerCoach.checkCompose', 'dockerCoach.checkEngine'];
/** The Practice view's checks: they answer `cannot check` untrusted, and ask the engine nothing. */
const practiceChecks = ['dockerCoach.practice.check', 'dockerCoach.practice.checkAll'];
/** Commands that edit or show text only: notes, problems, a new Dockerfile, a practice hint or file, the security review (it reads files and runs nothing). */
const textOnly = ['dockerCoach.practice.hint', 'dockerCoach.practice.open', 'dockerCoach.practice.reset', 'dockerCoach.addToNotes', 'dockerCoach.checkWorkspace', 'dockerCoach.explainProblem', 'dockerCoach.newDockerfile', 'dockerCoach.explainLastFailure', 'dockerCoach.explainFile', 'dockerCoach.getStarted', 'dockerCoach.openWalkthrough', 'dockerCoach.howToGetCompose', 'dockerCoach.newSampleProject', 'dockerCoach.securityReview'];

/** Files left by anything that ran a program it should not have: the hostile docker.path or a docker on PATH. */
function traces(): string[] {
  return fs.readdirSync(canaryDir).filter((f) => f.endsWith('.ran'));
}

function coachTerminals(): vscode.Terminal[] {
  return vscode.window.terminals.filter((t) => t.name.startsWith('Docker Coach') || t.name.includes('docker'));
}

async function coachLenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
  return lenses.filter((l) => l.command?.command?.startsWith('dockerCoach.'));
}

suite('Untrusted workspace', () => {
  let manifestCommands: string[] = [];

  suiteSetup(async () => {
    assert.ok(canaryDir && fs.existsSync(canaryDir), 'DOCKER_COACH_CANARY_DIR is not set: run this suite with npm run test:trust');
    const ext = await activateExtension();
    manifestCommands = (ext.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command);
  });

  suiteTeardown(async () => {
    await vscode.workspace.getConfiguration('dockerCoach').update('notes.files', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the folder is not trusted and its workspace settings hold the hostile values', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
    const settings = JSON.parse(fs.readFileSync(path.join(workspaceFolder().fsPath, '.vscode', 'settings.json'), 'utf8'));
    assert.strictEqual(settings['dockerCoach.docker.path'], hostileDocker);
    assert.deepStrictEqual(manifestCommands.filter((c) => !refusing.includes(c) && !textOnly.includes(c) && !practiceChecks.includes(c)), [],
      'a command the trust suite does not know: decide whether it may run untrusted and add it to a list above');
  });

  test('workspace values of restricted settings are ignored; ordinary ones are read', () => {
    const config = vscode.workspace.getConfiguration('dockerCoach', sampleUri('backend-flask/Dockerfile'));
    assert.strictEqual(config.get('docker.path'), 'docker', 'the hostile docker.path from .vscode/settings.json was used');
    assert.deepStrictEqual(config.get('notes.files'), []);
    assert.strictEqual(config.get('exec.shell'), 'sh');
    // The same file's unrestricted setting applies, so the file itself was read.
    assert.strictEqual(config.get('hover.enabled'), true);
    assert.strictEqual(vscode.workspace.getConfiguration('editor', workspaceFolder()).get('tabSize'), 7);
  });

  test('hovers still explain Dockerfiles and compose files', async () => {
    const dockerfile = await vscode.workspace.openTextDocument(sampleUri('backend-flask/Dockerfile'));
    assert.match(await hoverMarkdown(dockerfile.uri, keywordPosition(dockerfile, 'RUN')), /`RUN`/);
    const compose = await vscode.workspace.openTextDocument(sampleUri('docker-compose.yml'));
    assert.match(await hoverMarkdown(compose.uri, positionOf(compose, 'image:')), /image/i);
  });

  test('notes named by the workspace settings are not read; notes named by the user are', async () => {
    const dockerfile = await vscode.workspace.openTextDocument(sampleUri('backend-flask/Dockerfile'));
    const before = await hoverMarkdown(dockerfile.uri, keywordPosition(dockerfile, 'RUN'));
    assert.doesNotMatch(before, /HOSTILE-NOTE/, 'the hover quoted notes that only the untrusted workspace named');
    // The control: a user-level setting is honoured in the same window, so the notes path itself works.
    const userNotes = path.join(canaryDir, 'user-notes.md');
    fs.writeFileSync(userNotes, '# Mine\n\n## RUN\n\nUSER-NOTE: RUN runs at build time.\n');
    await vscode.workspace.getConfiguration('dockerCoach').update('notes.files', [userNotes], vscode.ConfigurationTarget.Global);
    const after = await hoverMarkdown(dockerfile.uri, keywordPosition(dockerfile, 'RUN'));
    assert.match(after, /USER-NOTE/, after);
    assert.doesNotMatch(after, /HOSTILE-NOTE/, after);
  });

  test('completions still offer the snippets', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: '' });
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 0));
    assert.ok(list.items.some((i) => i.kind === vscode.CompletionItemKind.Snippet), list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label)).join(', '));
  });

  test('problems still appear in the "Docker Coach" diagnostics', async () => {
    const doc = await vscode.workspace.openTextDocument(sampleUri('exercises/Dockerfile.mistakes'));
    await vscode.window.showTextDocument(doc);
    await waitFor('a MaintainerDeprecated problem', () => vscode.languages.getDiagnostics(doc.uri)
      .find((d) => d.source === 'Docker Coach' && String(typeof d.code === 'object' ? d.code.value : d.code) === 'MaintainerDeprecated'));
    const compose = await vscode.workspace.openTextDocument(sampleUri('exercises/compose.mistakes.yaml'));
    await vscode.window.showTextDocument(compose);
    await waitFor('a problem in the compose exercise', () => vscode.languages.getDiagnostics(compose.uri).find((d) => d.source === 'Docker Coach'));
  });

  test('there are no lenses', async () => {
    for (const file of ['backend-flask/Dockerfile', 'frontend-react-js/Dockerfile', 'docker-compose.yml', 'exercises/Dockerfile.mistakes', 'exercises/compose.mistakes.yaml']) {
      const doc = await vscode.workspace.openTextDocument(sampleUri(file));
      await vscode.window.showTextDocument(doc);
      assert.deepStrictEqual((await coachLenses(doc.uri)).map((l) => l.command?.title), [], file);
    }
  });

  test('every command that would reach a terminal or docker refuses with a message', async () => {
    const dockerfile = sampleUri('backend-flask/Dockerfile');
    const compose = sampleUri('docker-compose.yml');
    // A lens argument shaped like the real one: the command must refuse before it even looks at it.
    const forged = { kind: 'dockerfile.build', title: 'Build', argv: ['docker', 'build', '.'], cwd: workspaceFolder().fsPath, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } } };
    const calls: [string, unknown[]][] = [
      ['dockerCoach.runAction', [forged, dockerfile.toString()]],
      ['dockerCoach.runAction', []],
      ['dockerCoach.buildImage', [dockerfile]],
      ['dockerCoach.runContainer', [dockerfile]],
      ['dockerCoach.shellIntoContainer', [dockerfile]],
      ['dockerCoach.shellIntoContainer', [compose]],
      ['dockerCoach.compose.up', [compose]],
      ['dockerCoach.compose.down', [compose]],
      ['dockerCoach.runFailureFix', [0]],
      ['dockerCoach.checkCompose', []],
      ['dockerCoach.checkEngine', []],
    ];
    // And from the active editor, as the palette runs them.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(dockerfile));
    calls.push(['dockerCoach.buildImage', []], ['dockerCoach.runContainer', []]);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(compose));
    calls.push(['dockerCoach.compose.up', []], ['dockerCoach.compose.down', []]);
    for (const [id, args] of calls) {
      const result = await vscode.commands.executeCommand<{ refused?: string; sent?: string }>(id, ...args);
      assert.match(result?.refused ?? `sent: ${result?.sent}`, untrustedMessage, id);
    }
    assert.deepStrictEqual(new Set(calls.map(([id]) => id)), new Set(refusing));
    assert.deepStrictEqual(coachTerminals().map((t) => t.name), []);
  });

  test('Explain this file draws the file, and its real layers refuse without running docker (issue 17)', async () => {
    const view = await vscode.commands.executeCommand<{ refreshLayers(): Promise<{ kind: string; text?: string } | undefined> } | undefined>('dockerCoach.explainFile', sampleUri('backend-flask/Dockerfile'));
    assert.ok(view, 'the view did not open');
    const state = await view.refreshLayers();
    assert.strictEqual(state?.kind, 'message');
    assert.match(state?.text ?? '', /only in a trusted workspace/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the Practice view checks nothing here: every exercise cannot be checked, and no probe runs (issue 28)', async () => {
    const one = await vscode.commands.executeCommand<{ status: string; missing?: string }>('dockerCoach.practice.check', 'run-backend');
    assert.deepStrictEqual(one?.status, 'cannot check');
    assert.match(one?.missing ?? '', /not trusted/);
    const all = await vscode.commands.executeCommand<Record<string, { status: string; missing?: string }>>('dockerCoach.practice.checkAll');
    assert.ok(Object.keys(all ?? {}).length >= 12, 'checkAll answered for every exercise');
    for (const [id, result] of Object.entries(all ?? {})) assert.strictEqual(result.status, 'cannot check', id);
    // The hint still opens: it is text.
    assert.match(await vscode.commands.executeCommand<string>('dockerCoach.practice.hint', 'build-backend') ?? '', /docker build/);
  });

  test('nothing ran: neither the hostile docker.path nor any docker', () => {
    // A chain on purpose (audit 4.5): the canary of the whole suite, so it runs last, seconds after the lenses were
    // asked for: an engine probe they had started would have left its trace. Run alone it can only show that
    // nothing ran before it.
    assert.deepStrictEqual(traces(), []);
    assert.deepStrictEqual(coachTerminals().map((t) => t.name), []);
  });
});
