// SPDX-License-Identifier: MIT
// The learner's notes in a real VS Code: quoted in hovers, indexed again after a save, and
// "Add to my notes" keeping every existing byte of the notes file.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, hoverMarkdown, keywordPosition, sampleUri, workspaceFolder } from './helpers';

const FILES = 'notes.files';

/** samples/.vscode/settings.json points notes.files at notes/*.md, so the tests set the workspace value. */
async function setNotes(globs: string[] | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('dockerCoach').update(FILES, globs ?? [], vscode.ConfigurationTarget.Workspace);
}

/** Asserts `after` is `before` with bytes inserted at one point; returns the inserted text. */
function insertedBytes(before: Buffer, after: Buffer): string {
  let k = 0;
  while (k < before.length && before[k] === after[k]) k++;
  const added = after.length - before.length;
  assert.ok(added > 0, 'nothing was added');
  assert.ok(after.subarray(0, k).equals(before.subarray(0, k)), 'the start of the file changed');
  assert.ok(after.subarray(k + added).equals(before.subarray(k)), 'the end of the file changed');
  return after.subarray(k, k + added).toString('utf8');
}

/**
 * Runs "Add to my notes" and answers its input box: `accept` presses Enter on the draft, else Escape.
 * The box opens a moment after the command starts (seconds, for the first one of a run under load), so the key
 * is pressed until the command returns, for up to 40 s.
 */
async function addToNotesAnswering(accept: boolean): Promise<boolean | undefined> {
  const pending = vscode.commands.executeCommand<boolean>('dockerCoach.addToNotes');
  let done = false;
  void pending.then(() => { done = true; }, () => { done = true; });
  for (let i = 0; i < 400 && !done; i++) {
    await new Promise((r) => setTimeout(r, 100));
    if (!done) await vscode.commands.executeCommand(accept ? 'workbench.action.acceptSelectedQuickOpenItem' : 'workbench.action.closeQuickOpen');
  }
  return pending;
}

suite('Learner notes', function () {
  // The first "Add to my notes" of a run finds and reads the notes files: under load, more than mocha's 20 s.
  this.timeout(60000);
  // A scratch folder inside the workspace (so findFiles sees it), removed afterwards.
  const scratchName = 'docker-coach-test-notes';
  let scratch: string;
  let dockerfile: vscode.TextDocument;

  let workspaceSettings: Buffer | undefined;
  const workspaceSettingsFile = () => path.join(workspaceFolder().fsPath, '.vscode', 'settings.json');

  /** A notes file in the scratch folder with a "RUN vs CMD" section; returns its path. */
  function writeRunVsCmd(name: string): string {
    const file = path.join(scratch, name);
    fs.writeFileSync(file, '# My notes\n\n## RUN vs CMD\n\nRUN bakes things into the image; CMD is what starts later.\n');
    return file;
  }

  /** A notes file in the scratch folder with a BOM, CRLF lines, a --rm section and no final newline; returns its path. */
  function writeWeek1(name: string): string {
    const file = path.join(scratch, name);
    fs.writeFileSync(file, Buffer.from('\uFEFF# Week 1\r\n\r\n## --rm\r\n- cleans up after itself\r\n\r\n## Ports\r\n- left is my machine  ', 'utf8'));
    return file;
  }

  suiteSetup(async () => {
    await activateExtension();
    // Kept byte for byte: the tests change the folder's notes setting, and it goes back as it was.
    workspaceSettings = fs.existsSync(workspaceSettingsFile()) ? fs.readFileSync(workspaceSettingsFile()) : undefined;
    scratch = path.join(workspaceFolder().fsPath, scratchName);
    fs.rmSync(scratch, { recursive: true, force: true });
    fs.mkdirSync(scratch, { recursive: true });
    dockerfile = await vscode.workspace.openTextDocument(sampleUri('backend-flask/Dockerfile'));
  });

  suiteTeardown(async () => {
    await setNotes(undefined);
    if (workspaceSettings) fs.writeFileSync(workspaceSettingsFile(), workspaceSettings);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  test('without notes configured, hovers have no "From your notes"', async () => {
    await setNotes(undefined);
    const markdown = await hoverMarkdown(dockerfile.uri, keywordPosition(dockerfile, 'RUN'));
    assert.match(markdown, /`RUN`/, markdown);
    assert.doesNotMatch(markdown, /From your notes/, markdown);
  });

  test('a notes file with a "RUN vs CMD" heading is quoted in the RUN and CMD hovers, with a link to its line', async () => {
    writeRunVsCmd('run-vs-cmd.md');
    await setNotes([`${scratchName}/run-vs-cmd.md`]);
    for (const keyword of ['RUN', 'CMD']) {
      const markdown = await hoverMarkdown(dockerfile.uri, keywordPosition(dockerfile, keyword));
      assert.match(markdown, /\*\*From your notes\*\*/, `${keyword}: ${markdown}`);
      assert.match(markdown, /RUN vs CMD RUN bakes things into the image; CMD is what starts later\./, `${keyword}: ${markdown}`);
      assert.match(markdown, /\[run-vs-cmd\.md:3\]\(file:\/\/[^)]*run-vs-cmd\.md#L3\)/, `${keyword}: ${markdown}`);
    }
  });

  test('an edit to the notes shows in the hover after it is saved', async () => {
    // Its own notes file, so it passes alone or under --grep.
    const uri = vscode.Uri.file(writeRunVsCmd('edited.md'));
    await setNotes([`${scratchName}/edited.md`]);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const line = [...Array(doc.lineCount).keys()].find((l) => doc.lineAt(l).text.startsWith('RUN bakes'));
    assert.ok(line !== undefined);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(line, 0), 'Edited today: only the last CMD counts. ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await doc.save(), 'the notes file saved');
    const markdown = await hoverMarkdown(dockerfile.uri, keywordPosition(dockerfile, 'CMD'));
    assert.match(markdown, /Edited today: only the last CMD counts\./, markdown);
  });

  test('"Add to my notes" appends a bullet under a heading and keeps every existing byte (CRLF, BOM, no final newline)', async () => {
    const file = writeWeek1('a-first.md');
    const before = fs.readFileSync(file);
    await setNotes([`${scratchName}/a-first.md`, `${scratchName}/*.md`]);
    const script = await vscode.workspace.openTextDocument(sampleUri('scripts/run.sh'));
    const editor = await vscode.window.showTextDocument(script);
    const line = [...Array(script.lineCount).keys()].find((l) => /^\s*docker run --rm -p 4567/.test(script.lineAt(l).text));
    assert.ok(line !== undefined, 'run.sh has the docker run --rm line');
    const at = new vscode.Position(line, script.lineAt(line).text.indexOf('--rm') + 2);
    editor.selection = new vscode.Selection(at, at);
    // Escape in the input box writes nothing.
    assert.strictEqual(await addToNotesAnswering(false), false);
    assert.deepStrictEqual(fs.readFileSync(file), before, 'Escape left the notes file alone');
    const added = await addToNotesAnswering(true);
    assert.strictEqual(added, true);
    const after = fs.readFileSync(file);
    const inserted = insertedBytes(before, after);
    assert.match(inserted, /^- .*--rm.*\(scripts\/run\.sh:\d+\): Deletes the container/, JSON.stringify(inserted));
    assert.ok(inserted.endsWith('\r\n'), 'the new line uses the file\'s CRLF');
    assert.ok(after.toString('utf8').includes('- cleans up after itself\r\n- '), 'the bullet went under the existing --rm heading');
  });

  test('"Add to my notes" into an open notes document keeps its bytes too, and adds a missing heading at the end', async () => {
    // Its own notes file, so it passes alone or under --grep.
    const file = writeWeek1('b-open.md');
    const before = fs.readFileSync(file);
    await setNotes([`${scratchName}/b-open.md`]);
    const notesDoc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(notesDoc, { preview: false, viewColumn: vscode.ViewColumn.Two });
    const editor = await vscode.window.showTextDocument(dockerfile, vscode.ViewColumn.One);
    const at = keywordPosition(dockerfile, 'EXPOSE');
    editor.selection = new vscode.Selection(at, at);
    assert.strictEqual(await addToNotesAnswering(true), true);
    const inserted = insertedBytes(before, fs.readFileSync(file));
    assert.match(inserted, /## EXPOSE\r\n\r\n- .*EXPOSE/, JSON.stringify(inserted));
    assert.strictEqual(notesDoc.isDirty, false, 'the notes document was saved');
  });
});
