// SPDX-License-Identifier: MIT
// Lens actions through a real VS Code: the lenses the provider returns, then a lens run for real in
// the "Docker Coach" terminal, where a fake `docker` first on the terminal's PATH records its argv.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, sampleUri, waitFor, workspaceFolder } from './helpers';

async function lensesOf(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  return vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
}

/** Our lenses only: the provider's commands all go through dockerCoach.runAction. */
async function coachLenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  return (await lensesOf(uri)).filter((l) => l.command?.command === 'dockerCoach.runAction');
}

function lensTitled(lenses: vscode.CodeLens[], title: string): vscode.CodeLens {
  const lens = lenses.find((l) => l.command?.title === title);
  assert.ok(lens, `no lens "${title}" among ${lenses.map((l) => l.command?.title).join(', ')}`);
  return lens;
}

function closeCoachTerminals(): void {
  for (const t of vscode.window.terminals) if (t.name.startsWith('Docker Coach')) t.dispose();
}

async function setting(section: string, key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration(section).update(key, value, vscode.ConfigurationTarget.Global);
}

suite('CodeLens actions', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-lens-'));
  const record = path.join(work, 'argv.bin');
  const fakeBin = path.join(work, 'bin');

  /** What the fake docker saw: its working folder, then its arguments. */
  function recorded(): string[] | undefined {
    if (!fs.existsSync(record)) return undefined;
    const parts = fs.readFileSync(record, 'utf8').split('\0');
    return parts.slice(0, -1);
  }

  suiteSetup(async () => {
    await activateExtension();
    fs.mkdirSync(fakeBin);
    // Written to a temporary name and renamed, so a reader never sees half a record.
    fs.writeFileSync(path.join(fakeBin, 'docker'),
      `#!/bin/sh\n{ printf '%s\\000' "$PWD"; for a in "$@"; do printf '%s\\000' "$a"; done; } > '${record}.tmp' && mv '${record}.tmp' '${record}'\n`,
      { mode: 0o755 });
    closeCoachTerminals();
    // The fake docker goes first on PATH in every new integrated terminal.
    await setting('terminal.integrated', 'env.linux', { PATH: `${fakeBin}:\${env:PATH}` });
    // Named, so the `auto` probe (its own test below) does not decide what these tests see.
    await setting('dockerCoach', 'compose.command', 'docker compose');
  });

  suiteTeardown(async () => {
    closeCoachTerminals();
    await setting('terminal.integrated', 'env.linux', undefined);
    for (const key of ['codeLens.run', 'build.tagTemplate', 'compose.command', 'docker.path']) await setting('dockerCoach', key, undefined);
    fs.rmSync(work, { recursive: true, force: true });
  });

  setup(() => fs.rmSync(record, { force: true }));

  test('a Dockerfile gets Build, Run and Shell on its FROM line, each showing its command', async () => {
    const uri = sampleUri('backend-flask/Dockerfile');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const lenses = await coachLenses(uri);
    assert.deepStrictEqual(lenses.map((l) => l.command?.title), ['$(tools) Build', '$(play) Run', '$(terminal) Shell']);
    const fromLine = [...Array(doc.lineCount).keys()].find((l) => doc.lineAt(l).text.startsWith('FROM'));
    for (const l of lenses) assert.strictEqual(l.range.start.line, fromLine);
    assert.strictEqual(lensTitled(lenses, '$(tools) Build').command?.tooltip, 'docker build -t backend-flask:dev -f backend-flask/Dockerfile backend-flask');
    assert.strictEqual(lensTitled(lenses, '$(play) Run').command?.tooltip, 'docker run --rm -it -p 4567:4567 --name backend-flask-dev backend-flask:dev');
  });

  test('a compose file gets Up (-d), Up (attached), Up --build and Down on services:, and Up, Logs, Shell per service', async () => {
    const uri = sampleUri('docker-compose.yml');
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.strictEqual(doc.languageId, 'dockercompose');
    const lenses = await coachLenses(uri);
    const servicesLine = [...Array(doc.lineCount).keys()].find((l) => doc.lineAt(l).text === 'services:');
    // The first line of each tooltip is the command; a detached Up also says how to follow the logs.
    assert.deepStrictEqual(lenses.filter((l) => l.range.start.line === servicesLine).map((l) => l.command?.tooltip?.split('\n')[0]), [
      'docker compose -f docker-compose.yml up -d', 'docker compose -f docker-compose.yml up',
      'docker compose -f docker-compose.yml up -d --build', 'docker compose -f docker-compose.yml down',
    ]);
    assert.match(lensTitled(lenses, '$(run-all) Up').command?.tooltip ?? '', /logs -f/);
    assert.strictEqual(lensTitled(lenses, '$(play) Up db').command?.tooltip?.split('\n')[0], 'docker compose -f docker-compose.yml up -d db');
    assert.strictEqual(lenses.filter((l) => l.command?.title === '$(output) Logs').length, 3);
  });

  test('running the Build lens sends its argv to a "Docker Coach" terminal in the workspace folder', async () => {
    const lens = lensTitled(await coachLenses(sampleUri('backend-flask/Dockerfile')), '$(tools) Build');
    const result = await vscode.commands.executeCommand<{ sent?: string }>(lens.command!.command, ...(lens.command!.arguments ?? []));
    assert.strictEqual(result.sent, lens.command?.tooltip?.split('\n')[0]);
    const seen = await waitFor('the fake docker to record its argv', recorded);
    assert.deepStrictEqual(seen, [workspaceFolder().fsPath, 'build', '-t', 'backend-flask:dev', '-f', 'backend-flask/Dockerfile', 'backend-flask']);
    assert.ok(vscode.window.terminals.some((t) => t.name === 'Docker Coach'));
  });

  test('the compose Logs lens for a service runs in a terminal of its own, named for it', async () => {
    const before = vscode.window.terminals.filter((t) => t.name === 'Docker Coach').length;
    const lenses = await coachLenses(sampleUri('docker-compose.yml'));
    const logs = lenses.find((l) => l.command?.title === '$(output) Logs' && l.command.tooltip?.split('\n')[0].endsWith(' db'));
    assert.ok(logs);
    const result = await vscode.commands.executeCommand<{ terminal?: string }>(logs.command!.command, ...(logs.command!.arguments ?? []));
    assert.strictEqual(result.terminal, 'logs db');
    const seen = await waitFor('the fake docker to record its argv', recorded);
    assert.deepStrictEqual(seen.slice(1), ['compose', '-f', 'docker-compose.yml', 'logs', '-f', 'db']);
    assert.ok(vscode.window.terminals.some((t) => t.name === 'logs db'));
    assert.strictEqual(vscode.window.terminals.filter((t) => t.name === 'Docker Coach').length, before);
  });

  test('compose.command auto on a machine without Compose: one lens says so, with the v1/v2 difference, and Check again', async () => {
    // A machine without Compose on any machine: docker.path names a stand-in whose `compose` is unknown, as
    // docker 28's is without the plugin, and run-integration.mjs puts a docker-compose that is "not installed"
    // first on the host's PATH. (A developer's Docker Desktop or docker-ce has the plugin.)
    const noCompose = path.join(work, 'docker-without-compose');
    fs.writeFileSync(noCompose, '#!/bin/sh\nif [ "$1" = "compose" ]; then echo "docker: unknown command: docker compose" >&2; exit 1; fi\nexit 0\n', { mode: 0o755 });
    await setting('dockerCoach', 'docker.path', noCompose);
    await setting('dockerCoach', 'compose.command', undefined);
    const uri = sampleUri('docker-compose.yml');
    // Open, so the lens provider has a document (run alone, no test before opened it: "Illegal argument").
    await vscode.workspace.openTextDocument(uri);
    let lenses: vscode.CodeLens[] = [];
    for (const end = Date.now() + 15000; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
      lenses = await coachLenses(uri);
      if (lenses.some((l) => l.command?.title === '$(warning) Compose is not installed: cannot run')) break;
    }
    assert.match(lensTitled(lenses, '$(warning) Compose is not installed: cannot run').command?.tooltip ?? '', /Compose is not installed[\s\S]*Compose v2, a plugin[\s\S]*Compose v1/);
    assert.strictEqual(lensTitled(await lensesOf(uri), '$(refresh) Check again').command?.command, 'dockerCoach.checkCompose');
    // One refusal for the file, not one per service.
    assert.strictEqual(lenses.filter((l) => l.command?.title.includes('cannot run')).length, 1);
    await setting('dockerCoach', 'compose.command', 'docker compose');
    await setting('dockerCoach', 'docker.path', undefined);
  });

  test('a Dockerfile outside the workspace, in a folder with spaces and quotes, runs from its own folder', async () => {
    const dir = path.join(work, `it's "odd" app`);
    fs.mkdirSync(dir);
    const file = path.join(dir, 'Dockerfile.dev');
    fs.writeFileSync(file, 'FROM scratch\nEXPOSE 53/udp 8000-8001\n');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.languages.setTextDocumentLanguage(doc, 'dockerfile');
    const run = lensTitled(await coachLenses(doc.uri), '$(play) Run');
    await vscode.commands.executeCommand(run.command!.command, ...(run.command!.arguments ?? []));
    const seen = await waitFor('the fake docker to record its argv', recorded);
    assert.deepStrictEqual(seen, [dir, 'run', '--rm', '-it', '-p', '53:53/udp', '-p', '8000-8001:8000-8001', '--name', 'it-s-odd-app-dev', 'it-s-odd-app:dev']);
  });

  test('the Build Image palette command acts on the active Dockerfile', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(sampleUri('backend-flask/Dockerfile')));
    await vscode.commands.executeCommand('dockerCoach.buildImage');
    const seen = await waitFor('the fake docker to record its argv', recorded);
    assert.deepStrictEqual(seen.slice(1), ['build', '-t', 'backend-flask:dev', '-f', 'backend-flask/Dockerfile', 'backend-flask']);
  });

  test('a lens argument that is not what the file offers now is refused, not run', async () => {
    const lens = lensTitled(await coachLenses(sampleUri('backend-flask/Dockerfile')), '$(tools) Build');
    const [action, uri] = lens.command!.arguments as [{ argv: string[] }, string];
    const forged = { ...action, argv: ['sh', '-c', `touch '${path.join(work, 'CANARY')}'`] };
    const result = await vscode.commands.executeCommand<{ refused?: string }>('dockerCoach.runAction', forged, uri);
    assert.match(result.refused ?? '', /changed/);
    assert.strictEqual(recorded(), undefined);
  });

  test('lenses follow the settings as they change', async () => {
    const uri = sampleUri('backend-flask/Dockerfile');
    await setting('dockerCoach', 'codeLens.run', false);
    await setting('dockerCoach', 'build.tagTemplate', '-oops');
    const lenses = await coachLenses(uri);
    assert.ok(!lenses.some((l) => l.command?.title === '$(play) Run'));
    const build = lensTitled(lenses, '$(warning) Build: cannot run');
    assert.match(build.command?.tooltip ?? '', /starts with "-"/);
    const result = await vscode.commands.executeCommand<{ refused?: string }>(build.command!.command, ...(build.command!.arguments ?? []));
    assert.match(result.refused ?? '', /starts with "-"/);
    assert.strictEqual(recorded(), undefined);
    await setting('dockerCoach', 'codeLens.run', undefined);
    await setting('dockerCoach', 'build.tagTemplate', undefined);
    lensTitled(await coachLenses(uri), '$(play) Run');
  });
});
