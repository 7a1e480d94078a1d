// SPDX-License-Identifier: MIT
// Issue 13, limits: a 5 MB compose file and a 5 MB Dockerfile, opened in the real extension host, hovered,
// typed into, completed and scrolled through. What keeps the host responsive is asserted as a count (issue
// 30): the extension never parses nor copies a document past the size limit whole (the extension's
// workCounters, in characters). Issue 29: files of 1.9 MB, inside the limit, get full answers, and the
// extension host's thread parses nothing of them larger than 64 KB: the worker thread does. The times are reported, never asserted: a CPU profile gives the longest
// stretch spent in our bundle, `perf_hooks.monitorEventLoopDelay` the worst delay, beside a plain-text run of
// the same steps, since VS Code's own handling of a 5 MB document (and its garbage) is in it too.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Session, type Profiler } from 'inspector';
import { monitorEventLoopDelay } from 'perf_hooks';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import type { WorkCounters } from '../../src/vscode/workCounters';
import { activateExtension, extensionId, hoverMarkdown, waitFor, waitForAsync } from './helpers';
import { profileTime } from '../cpuProfile';

const fiveMB = 5 * 1024 * 1024;

function say(message: string): void {
  Mocha.reporters.Base.consoleLog(`    ${message}`);
}

/** A compose file of about 5 MB: many small services, each with the keys a learner meets first. */
function bigCompose(bytes = fiveMB): string {
  const parts = ['services:\n'];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i++) {
    const svc = `  app${i}:\n    image: nginx:1.27\n    ports:\n      - "${8000 + (i % 1000)}:80"\n    environment:\n      - MODE=dev\n    volumes:\n      - data${i % 50}:/var/lib/data\n`;
    parts.push(svc);
    size += svc.length;
  }
  parts.push('volumes:\n', ...Array.from({ length: 50 }, (_, i) => `  data${i}:\n`));
  return parts.join('');
}

/** A Dockerfile of about 5 MB: one FROM, then RUN, ENV and COPY lines, some continued over two lines. */
function bigDockerfile(bytes = fiveMB): string {
  const parts = ['FROM python:3.12-slim AS base\nWORKDIR /app\n'];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i++) {
    const line = i % 3 === 0 ? `RUN echo step ${i} && \\\n    echo continued ${i}\n` : i % 3 === 1 ? `ENV VAR_${i}=value-${i}\n` : `COPY file${i}.txt /app/file${i}.txt\n`;
    parts.push(line);
    size += line.length;
  }
  parts.push('CMD ["python", "app.py"]\n');
  return parts.join('');
}

/**
 * Issue 29's hostile Dockerfile: one RUN continued over every line of the file, as a long package list is.
 * dockerfile-ast worked out such an instruction's arguments about ten times per parse.
 */
function continuedDockerfile(bytes: number): string {
  const head = 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y \\\n';
  const tail = '    && rm -rf /var/lib/apt/lists/*\nCMD ["python", "app.py"]\n';
  const parts = [head];
  let size = head.length + tail.length;
  for (let i = 0; size < bytes; i++) {
    const line = `      package-${i} \\\n`;
    parts.push(line);
    size += line.length;
  }
  parts.push(tail);
  return parts.join('');
}

/** Issue 29's hostile Dockerfile: a here-document that never closes, so it runs to the end of the file. */
function unclosedHeredocDockerfile(bytes: number): string {
  const head = 'FROM alpine:3.20\nRUN <<EOF\n';
  const parts = [head];
  let size = head.length;
  for (let i = 0; size < bytes; i++) {
    const line = `echo step ${i}\n`;
    parts.push(line);
    size += line.length;
  }
  return parts.join('');
}

/** Issue 29's hostile compose file: flow style throughout (JSON, which YAML reads), so no outline can cut it into services. */
function flowCompose(bytes: number): string {
  const head = '{\n  "services": {\n';
  const tail = '\n  }\n}\n';
  const services: string[] = [];
  let size = head.length + tail.length;
  for (let i = 0; size < bytes; i++) {
    const svc = `    "app${i}": {"image": "nginx:1.27", "ports": ["${8000 + (i % 1000)}:80"], "environment": {"MODE": "dev"}}`;
    services.push(svc);
    size += svc.length + 2;
  }
  return head + services.join(',\n') + tail;
}

/** Lines spread over the whole document: its start, its end, and evenly between. */
function spreadLines(doc: vscode.TextDocument, count: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.floor((i * (doc.lineCount - 1)) / (count - 1)));
}

/** The first line at or after `from` whose text matches `pattern`, and the column of its first match. */
function find(doc: vscode.TextDocument, from: number, pattern: RegExp): vscode.Position {
  for (let line = from; line < doc.lineCount; line++) {
    const m = pattern.exec(doc.lineAt(line).text);
    if (m) return new vscode.Position(line, m.index + 1);
  }
  for (let line = 0; line < from; line++) {
    const m = pattern.exec(doc.lineAt(line).text);
    if (m) return new vscode.Position(line, m.index + 1);
  }
  throw new Error(`${doc.uri.path} has no line matching ${pattern}`);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The note of a hover that stands in while the worker is still busy with the file (src/core/largeFile.ts). */
const STAND_IN = /still reading this large file/;

/** Posts one inspector command and awaits its answer. */
function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (err, result) => (err ? reject(err) : resolve(result as T))));
}

/**
 * The longest stretch of a CPU profile spent inside Docker Coach's bundle without a break: the samples
 * whose stack holds a frame of one of our bundles (dist/), run together, and split where the event loop ran
 * a timer in between (`turns`). This is the event-loop time that Docker Coach itself held, apart from VS
 * Code's own work and garbage collection that the histogram also sees. Without the turns, work cut into
 * turns reads as one run: that figure is reported too.
 */
function longestStretchInBundle(profile: Profiler.Profile, turns: readonly number[]): { oursMs: number; oursMergedMs: number; gaps: { count: number; longestMs: number } } {
  // Our bundles by their full paths: other extensions (TypeScript's, for one) have a dist/extension.js too. The
  // core and its tables are bundles of their own, loaded on first need (esbuild.mjs): their time is ours as well.
  const dist = path.join(vscode.extensions.getExtension(extensionId)?.extensionPath ?? '/nowhere', 'dist');
  const bundleUrls = ['extension.js', 'core.js', 'composeValidator.js', 'cliTables.js'].map((name) => path.join(dist, name));
  // The profile names a script by its file URL, where a space in the checkout's path is `%20`.
  const ours = (url: string) => bundleUrls.some((bundleUrl) => decoded(url).endsWith(bundleUrl));
  // Silences of more than 10 ms (20 sampling intervals) between samples are the sampling thread waiting for a
  // processor on a loaded machine: nobody's time that the profile can name (the event-loop delay still sees it).
  const split = profileTime(profile, ours, turns, 10000);
  return { oursMs: split.longestMs, oursMergedMs: profileTime(profile, ours).longestMs, gaps: split.gaps ?? { count: 0, longestMs: 0 } };
}

/** A script URL with its escapes undone, or as it is when it has none to undo. */
function decoded(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

interface Watch { worstMs: number; hovers: number; standIns: number; oursMs: number; oursMergedMs: number; gaps: { count: number; longestMs: number }; parsedChars?: number; copiedChars?: number }

/** Waits until the diagnostics pass of the document's current version has ended (the positive signal). */
function diagnosticsDone(counters: WorkCounters, doc: vscode.TextDocument): Promise<number> {
  return waitFor(`the diagnostics pass of ${path.basename(doc.uri.fsPath)} v${doc.version}`,
    () => (counters.checkedVersion(doc.uri.toString()) === doc.version ? doc.version : undefined), 30000);
}

/**
 * Hovers, completes, types and scrolls through `doc` in its editor, and returns the worst event-loop delay
 * seen meanwhile, in milliseconds. The document is opened and settled before the watch starts: VS Code's
 * own copy of 5 MB into the host is not Docker Coach's work. `checkHover` is undefined for the plain-text
 * baseline, where no Docker Coach provider answers.
 */
async function worstDelayWhileWorking(doc: vscode.TextDocument, keyword: RegExp, checkHover?: (markdown: string) => void, counters?: WorkCounters): Promise<Watch> {
  const editor = await vscode.window.showTextDocument(doc);
  // Let the first round of diagnostics, lenses and the size notice run before measuring: with Docker Coach,
  // until its diagnostics pass has ended; the plain-text baseline has no such signal, and only reports.
  if (counters) await diagnosticsDone(counters, doc);
  else await pause(1500);
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 500 });
  await post(session, 'Profiler.start');
  // A timer every millisecond marks the event loop's turns, on the profile's clock (microseconds).
  const turns: number[] = [];
  const ticker = setInterval(() => turns.push(Number(process.hrtime.bigint() / 1000n)), 1);
  let hovers = 0, standIns = 0;
  const hover = async (at: vscode.Position) => {
    let markdown = await hoverMarkdown(doc.uri, at);
    hovers++;
    if (!checkHover) return;
    // While the worker is busy (a first parse, a check of the version just typed), the keyword-only hover
    // stands in, or none where the cursor is not on a keyword. A learner hovers again; so does this test.
    for (const end = Date.now() + 120000; markdown === '' || STAND_IN.test(markdown); hovers++) {
      if (markdown) {
        standIns++;
        assert.doesNotMatch(markdown, /maxFileSizeKB/, 'a stand-in inside the size limit does not speak of the limit');
      }
      assert.ok(Date.now() < end, `no whole hover at ${at.line + 1}:${at.character + 1} after 120 s (last: ${JSON.stringify(markdown.slice(0, 200))})`);
      await pause(250);
      markdown = await hoverMarkdown(doc.uri, at);
    }
    checkHover(markdown);
  };
  for (const line of spreadLines(doc, 8)) {
    const at = find(doc, line, keyword);
    await hover(at);
    await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, at);
    await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri);
  }
  for (const line of spreadLines(doc, 4)) {
    // Typing at the end of a line, as a learner does; each keystroke is a new document version.
    const end = doc.lineAt(line).range.end;
    editor.selection = new vscode.Selection(end, end);
    for (const ch of ' # x') await vscode.commands.executeCommand('type', { text: ch });
    editor.revealRange(new vscode.Range(end, end), vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('editorScroll', { to: 'down', by: 'page', value: 3 });
    await hover(find(doc, line, keyword));
  }
  // The diagnostics pass after typing is debounced: wait for it to end inside the watch.
  if (counters) await diagnosticsDone(counters, doc);
  else await pause(1000);
  const largest = counters?.largest();
  histogram.disable();
  clearInterval(ticker);
  const { profile } = await post<{ profile: Profiler.Profile }>(session, 'Profiler.stop');
  session.disconnect();
  // For a person looking into a figure: DOCKER_COACH_PROFILE_DIR keeps each profile, to open in a profiler.
  const keep = process.env.DOCKER_COACH_PROFILE_DIR;
  if (keep && counters) fs.mkdirSync(keep, { recursive: true });
  if (keep && counters) fs.writeFileSync(path.join(keep, `${path.basename(path.dirname(doc.uri.fsPath))}-${path.basename(doc.uri.fsPath)}-${doc.lineCount}.cpuprofile`), JSON.stringify(profile));
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  return { worstMs: histogram.max / 1e6, hovers, standIns, ...longestStretchInBundle(profile, turns), ...largest };
}

/**
 * Runs the same steps twice on a copy of `text`: once as plain text, where only VS Code itself works (the
 * host receives every keystroke of a 5 MB document, and collects its garbage), then with Docker Coach
 * answering. What Docker Coach adds is the difference, which must stay within the limit.
 */
async function measure(dir: string, name: string, text: string, keyword: RegExp, checkHover: (markdown: string) => void, counters: WorkCounters): Promise<{ baseline: Watch; coach: Watch }> {
  // `name` may hold a folder (`continued/Dockerfile`): each file its own URI, so no document VS Code still holds is reused.
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  const plain = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  const baseline = await worstDelayWhileWorking(await vscode.languages.setTextDocumentLanguage(plain, 'plaintext'), keyword);
  counters.largest(true); // from before Docker Coach sees the file as its own: opening counts too
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  if (doc.languageId === 'plaintext') await vscode.languages.setTextDocumentLanguage(doc, path.basename(name) === 'Dockerfile' ? 'dockerfile' : 'dockercompose');
  assert.notStrictEqual(doc.languageId, 'plaintext');
  const coach = await worstDelayWhileWorking(doc, keyword, checkHover, counters);
  say(`${name}, ${(text.length / 1048576).toFixed(1)} MB, ${doc.lineCount} lines, ${coach.hovers} hovers (${coach.standIns} stood in while the worker was busy): longest stretch in Docker Coach ${coach.oursMs.toFixed(1)} ms (${coach.oursMergedMs.toFixed(1)} ms counting its turns in a row, and the profile's silences, as its own; ${coach.gaps.count} silences of over 10 ms, the longest ${coach.gaps.longestMs.toFixed(0)} ms); worst event-loop delay ${coach.worstMs.toFixed(1)} ms with Docker Coach, ${baseline.worstMs.toFixed(1)} ms as plain text (reported, not asserted); longest text parsed ${coach.parsedChars} characters, longest document copied ${coach.copiedChars}`);
  return { baseline, coach };
}

/** The size limit in characters, as the setting says (the default when unset). */
function limitChars(): number {
  return (vscode.workspace.getConfiguration('dockerCoach').get<number>('maxFileSizeKB') ?? 0) * 1024;
}

/** Past the limit nothing is parsed or copied whole: the count that guarantees the host stays free. */
function assertNothingWhole(coach: Watch): void {
  const limit = limitChars();
  assert.ok(limit > 0 && limit < fiveMB, `dockerCoach.maxFileSizeKB gives ${limit} characters`);
  assert.ok(coach.parsedChars !== undefined && coach.parsedChars <= limit, `the extension parsed ${coach.parsedChars} characters in one go (limit ${limit})`);
  assert.ok(coach.copiedChars !== undefined && coach.copiedChars <= limit, `the extension copied a ${coach.copiedChars}-character document into one string (limit ${limit})`);
}

suite('Files past the size limit, in the real extension host (5 MB)', function () {
  // A guard against a hang, not a speed check: on a loaded 2-core machine one 5 MB file's steps took 160 s.
  this.timeout(600000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-large-'));
  let counters: WorkCounters;

  suiteSetup(async () => {
    counters = ((await activateExtension()).exports as { workCounters: WorkCounters }).workCounters;
    assert.ok(counters, 'the extension exports its work counters');
  });

  suiteTeardown(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the work counters see a small file parsed and copied whole', async () => {
    const file = path.join(dir, 'small', 'Dockerfile');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, 'FROM alpine:3.20\nRUN echo counted\n');
    counters.largest(true);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(doc);
    assert.match(await hoverMarkdown(doc.uri, new vscode.Position(1, 1)), /RUN/);
    const { parsedChars, copiedChars } = counters.largest();
    assert.ok(parsedChars >= doc.getText().length && copiedChars >= doc.getText().length, `counted ${parsedChars} parsed, ${copiedChars} copied`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('a 5 MB compose file: key hovers still teach, and the file is never parsed or copied whole', async () => {
    const { coach } = await measure(dir, 'docker-compose.yml', bigCompose(), /\bports\b/, (markdown) => {
      assert.match(markdown, /services\.app\d+\.ports/);
      assert.match(markdown, /maxFileSizeKB/);
    }, counters);
    assertNothingWhole(coach);
  });

  test('a 5 MB Dockerfile: keyword hovers still teach, and the file is never parsed or copied whole', async () => {
    const { coach } = await measure(dir, 'Dockerfile', bigDockerfile(), /^COPY\b/, (markdown) => {
      assert.match(markdown, /COPY/);
      assert.match(markdown, /maxFileSizeKB/);
    }, counters);
    assertNothingWhole(coach);
  });
});

/** Inside the limit, nothing large is parsed on the extension host's thread: the worker thread does it. */
function assertParsedInWorker(coach: Watch, before: { inWorker: number; inPlace: number }, after: { inWorker: number; inPlace: number }): void {
  // 64 KB: from this size a document goes to the worker (WORKER_FROM_CHARS); a smaller text parsed here is a part.
  assert.ok(coach.parsedChars !== undefined && coach.parsedChars < 64 * 1024, `the extension host's thread parsed ${coach.parsedChars} characters in one go`);
  assert.ok(after.inWorker > before.inWorker, `the worker thread answered nothing (${JSON.stringify(after)})`);
  assert.strictEqual(after.inPlace, before.inPlace, 'no job fell back to the extension host\'s thread');
}

suite('Large files inside the size limit, in the real extension host (1.9 MB)', function () {
  // A guard against a hang, not a speed check: the worker parses each typed version whole (a second or more).
  this.timeout(600000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-large-'));
  const size = Math.floor(1.9 * 1024 * 1024);
  let counters: WorkCounters;

  suiteSetup(async () => {
    counters = ((await activateExtension()).exports as { workCounters: WorkCounters }).workCounters;
    assert.ok(size < limitChars(), `1.9 MB is inside dockerCoach.maxFileSizeKB (${limitChars()} characters)`);
  });

  suiteTeardown(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a 1.9 MB compose file: full hovers, problems, lenses and outline come from the worker thread', async () => {
    const before = counters.worker();
    const { coach } = await measure(dir, 'docker-compose.yml', bigCompose(size), /\bports\b/, (markdown) => {
      assert.match(markdown, /services\.app\d+\.ports/);
      assert.doesNotMatch(markdown, /maxFileSizeKB/, 'a whole answer, not the keyword-only one');
      assert.match(markdown, /host/i, 'the full ports hover, which says which side is the host');
    }, counters);
    assertParsedInWorker(coach, before, counters.worker());
    // The outline, capped at 5,000 symbols (navigation/caps.ts) and made into VS Code's a slice per turn: the two
    // sections, then as many services as fit, in file order, under \`services\`.
    const uri = vscode.Uri.file(path.join(dir, 'docker-compose.yml'));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.deepStrictEqual(symbols?.map((s) => s.name), ['services', 'volumes']);
    const services = symbols[0].children.map((s) => s.name);
    assert.strictEqual(services.length + symbols.length, 5000, `${services.length} services in the outline`);
    assert.deepStrictEqual(services.slice(-2), ['app4996', 'app4997']);
  });

  test('a 1.9 MB Dockerfile: full hovers, problems, lenses and outline come from the worker thread', async () => {
    const before = counters.worker();
    const { coach } = await measure(dir, 'Dockerfile', bigDockerfile(size), /^COPY\b/, (markdown) => {
      assert.match(markdown, /COPY/);
      assert.doesNotMatch(markdown, /maxFileSizeKB/, 'a whole answer, not the keyword-only one');
    }, counters);
    assertParsedInWorker(coach, before, counters.worker());
  });

  test('a 1.9 MB compose file: lenses for the services near the view, and for the new ones after a scroll', async () => {
    const file = path.join(dir, 'lenses', 'docker-compose.yml');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const text = bigCompose(size);
    fs.writeFileSync(file, text);
    const services = text.match(/^ {2}app\d+:$/gm)?.length ?? 0;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    const editor = await vscode.window.showTextDocument(doc);
    const lensLines = async () => ((await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri)) ?? []).map((l) => l.range.start.line);
    // Compose named outright: with `auto` on this machine, which has no Compose, the file gets one lens saying so.
    const settings = vscode.workspace.getConfiguration('dockerCoach');
    await settings.update('compose.command', 'docker compose', vscode.ConfigurationTarget.Global);
    try {
      const first = await lensLines();
      const view = editor.visibleRanges[0];
      assert.ok(first.length > 0, 'lenses near the top of the file');
      assert.ok(first.length < services, `${first.length} lenses for ${services} services: only those near the view`);
      assert.ok(first.every((l) => l <= view.end.line + 500), `every lens within 500 lines of the view (it ends on line ${view.end.line + 1})`);
      // Far down: the lenses there are asked for again, and come.
      const far = Math.floor(doc.lineCount * 0.8);
      editor.revealRange(new vscode.Range(far, 0, far, 0), vscode.TextEditorRevealType.InCenter);
      const farView = await waitFor('the editor to show the far lines', () => {
        const r = editor.visibleRanges[0];
        return r && r.start.line <= far && r.end.line >= far ? r : undefined;
      }, 10000);
      const second = await lensLines();
      assert.ok(second.some((l) => l >= farView.start.line && l <= farView.end.line), `lenses in view after the scroll (lines ${farView.start.line + 1}–${farView.end.line + 1}): ${second.length} lenses`);
      assert.ok(second.every((l) => l >= farView.start.line - 500), 'none left for the top of the file');
      // Its services reuse host ports: thousands of problems, of which VS Code lists 1,000. Only those are
      // handed to it, and a last one says how many more there are.
      await diagnosticsDone(counters, doc);
      const problems = vscode.languages.getDiagnostics(doc.uri);
      assert.strictEqual(problems.length, 1001, `${problems.length} problems handed to VS Code`);
      assert.match(problems[1000].message, /^[\d,]+ more problems are not listed: VS Code lists at most 1,000 per file\.$/);
      assert.ok(Number(problems[1000].message.replace(/ .*|,/g, '')) > 1000, problems[1000].message);
    } finally {
      await settings.update('compose.command', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('a 1.9 MB RUN continued over every line: the full RUN hover, from the worker thread', async () => {
    const before = counters.worker();
    // The RUN keyword on line 2 and the CMD at the end: the lines between are one instruction's arguments.
    const { coach } = await measure(dir, 'continued/Dockerfile', continuedDockerfile(size), /^(RUN|CMD)\b/, (markdown) => {
      assert.match(markdown, /^`(RUN|CMD)`/);
      assert.doesNotMatch(markdown, /maxFileSizeKB/, 'a whole answer, not the keyword-only one');
    }, counters);
    assertParsedInWorker(coach, before, counters.worker());
  });

  test('a 1.9 MB here-document that never closes: the full here-document hover, from the worker thread', async () => {
    const before = counters.worker();
    const { coach } = await measure(dir, 'heredoc/Dockerfile', unclosedHeredocDockerfile(size), /<<EOF/, (markdown) => {
      assert.match(markdown, /here-document/i);
      assert.doesNotMatch(markdown, /maxFileSizeKB/, 'a whole answer, not the keyword-only one');
    }, counters);
    assertParsedInWorker(coach, before, counters.worker());
  });

  test('a hover on a 1.9 MB file the worker is still reading: the keyword stands in, then the whole answer comes', async () => {
    // `yaml` takes seconds over 1.9 MB of flow style: whatever the worker does first (check or hover), the
    // hover on `services` cannot have its whole answer within the quarter second it waits.
    const file = path.join(dir, 'reading', 'docker-compose.yml');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, flowCompose(size).replace(/^\{\n {2}"services": \{/, 'services: {').replace(/\n\}\n$/, '\n'));
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(doc);
    try {
      assert.strictEqual(doc.lineAt(0).text, 'services: {');
      const at = new vscode.Position(0, 2);
      const first = await hoverMarkdown(doc.uri, at);
      assert.match(first, /^`services`/, 'the key under the cursor, read from its line');
      assert.match(first, /still reading this large file, so this hover explains only the keyword or key\. Hover again in a moment/);
      const whole = await waitForAsync('the whole hover on services', async () => {
        const markdown = await hoverMarkdown(doc.uri, at);
        return STAND_IN.test(markdown) ? undefined : markdown;
      }, 120000);
      assert.match(whole, /^`services`/);
      assert.doesNotMatch(whole, /maxFileSizeKB/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('a 1.9 MB compose file in flow style: full hovers, from the worker thread', async () => {
    const before = counters.worker();
    const { coach } = await measure(dir, 'flow/docker-compose.yml', flowCompose(size), /"ports"/, (markdown) => {
      assert.match(markdown, /services\.app\d+\.ports/);
      assert.doesNotMatch(markdown, /maxFileSizeKB/, 'a whole answer, not the keyword-only one');
      assert.match(markdown, /host/i, 'the full ports hover, which says which side is the host');
    }, counters);
    assertParsedInWorker(coach, before, counters.worker());
  });
});
