// SPDX-License-Identifier: MIT
// "Add to my notes": a bullet about what is under the cursor, drafted from its hover for the learner to
// reword, written next to their own lines about it or under its heading; and the security review's ten
// practices as a section. The index these read is notes.ts.
import * as path from 'path';
import * as vscode from 'vscode';
import { noteFromHover, noteInsertion, noteInsertionNear, notesAbout, securityNotesSection, type SecurityReview } from '../core/index';
import { explainAt } from './hoverProvider';
import { currentNotes, decodeUtf8, invalidate, noteFiles, notesReady } from './notes';
import { plainText } from './plainText';

const SETTING = 'dockerCoach.notes.files';

/** Registers the "Add to my notes" command. */
export function registerAddToNotes(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('dockerCoach.addToNotes', addToNotes));
}

/** "Docker Coach: Add to my notes": a bullet about the thing under the cursor, under its heading, in the first notes file. */
async function addToNotes(): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    // From the Command Palette with no file open: say what the command needs instead of doing nothing.
    void vscode.window.showInformationMessage('Docker Coach: open a Dockerfile, compose file or script and put the cursor on what you want to note.');
    return false;
  }
  await notesReady();
  if (!noteFiles()[0]) return noNotesFileYet();
  const doc = editor.document;
  const pos = editor.selection.active;
  const explanation = await explainAt(doc, pos);
  const snippet = explanation ? doc.getText(new vscode.Range(explanation.range.start.line, explanation.range.start.character, explanation.range.end.line, explanation.range.end.character)) : '';
  const draft = explanation && noteFromHover(explanation.markdown, { snippet, file: vscode.workspace.asRelativePath(doc.uri), line: pos.line });
  if (!draft) {
    void vscode.window.showInformationMessage('Docker Coach: put the cursor on an instruction, a Compose key, or a docker command or flag to note it.');
    return false;
  }
  // Next to the learner's own lines about the same thing, in whichever notes file has them (the `driver:
  // bridge` paragraph); else under a heading about it; else in a new section of the first file.
  const near = ownLinesAbout(draft.topic);
  const found = await notesTarget(near ? vscode.Uri.file(near.path) : undefined);
  if (!found) return false;
  const { target, openDoc, text } = found;
  const heading = near ? undefined : existingHeading(text, target, draft.topic) ?? draft.heading;
  const place = near ? `next to line ${near.line + 1} ("${plainText(near.text).replace(/"/g, '').slice(0, 40)}…")` : `under "${plainText(heading!).replace(/"/g, '')}"`;
  // The learner writes the note: the draft is only a start to rewrite. Escape writes nothing.
  const written = await vscode.window.showInputBox({
    title: `Add to ${path.basename(target.fsPath)}, ${place}`,
    prompt: 'Say it in your own words; Enter adds it, Escape cancels.',
    value: oneLineDraft(draft.bullet),
    ignoreFocusOut: true,
  });
  if (written === undefined || written.trim() === '') return false;
  const { offset, insert } = near ? noteInsertionNear(text, near.line, written.trim()) : noteInsertion(text, heading!, written.trim());
  return writeNote(target, openDoc, text, offset, insert, place);
}

/** Inserts `insert` at `offset` of the notes file (saving it if it was saved before), then says where it went. */
async function writeNote(target: vscode.Uri, openDoc: vscode.TextDocument | undefined, text: string, offset: number, insert: string, place: string): Promise<boolean> {
  if (openDoc) {
    const wasDirty = openDoc.isDirty;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(target, openDoc.positionAt(offset), insert);
    if (!await vscode.workspace.applyEdit(edit)) return false;
    if (!wasDirty) await openDoc.save();
  } else {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text.slice(0, offset) + insert + text.slice(offset)));
  }
  // Indexed again before the next hover asks (hovers wait for the index), so the note is quoted at once.
  invalidate();
  const line = openDocLine(text, offset);
  void vscode.window.showInformationMessage(`Docker Coach: added to ${path.basename(target.fsPath)}, ${place}.`, 'Open')
    .then(choice => { if (choice) void vscode.window.showTextDocument(target, { selection: new vscode.Range(line, 0, line, 0) }); });
  return true;
}

/** The zero-based line of `offset` in `text`. */
function openDocLine(text: string, offset: number): number {
  return text.slice(0, offset).split(/\r\n|\r|\n/).length - 1;
}

/** The learner's own non-heading lines about `topic` in one of the notes files: the first one the index has. */
function ownLinesAbout(topic: string): { path: string; line: number; text: string } | undefined {
  const notes = currentNotes();
  const paths = new Set(noteFiles().map(u => u.fsPath));
  return notesAbout(notes, [topic], 2).find(q => paths.has(q.path) && !notes?.entries.some(e => e.isHeading && e.path === q.path && e.line === q.line));
}

/** Says there is no notes file yet, with the setting to open. Messages show plain text: no backticks. */
function noNotesFileYet(): false {
  void vscode.window.showWarningMessage('Docker Coach: no notes file yet. Set "Docker Coach: Notes Files" (dockerCoach.notes.files) to your markdown notes, such as notes/*.md.', 'Open Settings')
    .then(choice => { if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', SETTING); });
  return false;
}

/** The notes file to write (`file`, else the first one) and its text, or undefined after telling the learner why there is none. */
async function notesTarget(file?: vscode.Uri): Promise<{ target: vscode.Uri; openDoc: vscode.TextDocument | undefined; text: string } | undefined> {
  await notesReady();
  const target = file ?? noteFiles()[0];
  if (!target) { noNotesFileYet(); return undefined; }
  const openDoc = vscode.workspace.textDocuments.find(d => d.uri.toString() === target.toString());
  const text = openDoc ? openDoc.getText() : decodeUtf8(await vscode.workspace.fs.readFile(target));
  if (text === undefined) {
    void vscode.window.showErrorMessage(`Docker Coach: ${path.basename(target.fsPath)} is not UTF-8 text, so it was left unchanged.`);
    return undefined;
  }
  return { target, openDoc, text };
}

/**
 * "Add to my notes" from the security review: the ten practices with the project's status, under the notes'
 * security heading or a new one at the end. The same draft-and-confirm step as a single note: the input box
 * shows the heading to write them under (the learner may reword it); Enter writes, Escape writes nothing.
 */
export async function addSecurityReviewToNotes(review: SecurityReview): Promise<boolean> {
  const found = await notesTarget();
  if (!found) return false;
  const { target, openDoc, text } = found;
  const placed = securityNotesSection(review, text);
  const draftTitle = /^#{1,6} (.*)\r?\n/.exec(placed.insert.replace(/^(\r?\n)+/, ''))?.[1] ?? '';
  const written = await vscode.window.showInputBox({
    title: `Add the ten security practices to ${path.basename(target.fsPath)}, under "${plainText(placed.heading).replace(/"/g, '')}"`,
    prompt: `The heading for the list (ten practices, each with its status; ${review.score.met} of ${review.score.applicable} met). Enter adds it, Escape cancels.`,
    value: draftTitle,
    ignoreFocusOut: true,
  });
  if (written === undefined || written.trim() === '') return false;
  const insert = draftTitle ? placed.insert.replace(draftTitle, () => written.replace(/\s+/g, ' ').trim()) : placed.insert;
  return writeNote(target, openDoc, text, placed.offset, insert, `under "${plainText(placed.heading).replace(/"/g, '')}"`);
}

/** The draft as one short line to edit: its first sentence. */
function oneLineDraft(bullet: string): string {
  const flat = bullet.replace(/\s+/g, ' ').trim();
  const end = flat.search(/[.!?](\s|$)/);
  return end >= 0 ? flat.slice(0, end + 1) : flat;
}

/** A heading of the target file already about this topic (such as "RUN vs CMD" for RUN), as written there. */
function existingHeading(text: string, target: vscode.Uri, topic: string): string | undefined {
  const entry = currentNotes()?.byTopic.get(topic)?.find(e => e.isHeading && e.path === target.fsPath);
  if (!entry) return undefined;
  const line = text.split(/\r\n|\r|\n/)[entry.line] ?? '';
  return /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
}
