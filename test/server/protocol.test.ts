// SPDX-License-Identifier: MIT
// The language server over stdio, driven by a client written with vscode-languageserver-protocol: what
// any LSP editor sends and what it gets back, on the files in samples/.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  CodeActionRequest, CodeLensRequest, CompletionRequest, CompletionResolveRequest, DidChangeConfigurationNotification, DidChangeTextDocumentNotification,
  DocumentDiagnosticRequest, ExecuteCommandRequest, ExitNotification, HoverRequest, ShutdownRequest,
  type CompletionItem, type CompletionList, type FullDocumentDiagnosticReport, type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { frame, samples, startClient, uriOf, type TestClient } from './lspClient';

const dockerfile = path.join(samples, 'backend-flask', 'Dockerfile');
const composeFile = path.join(samples, 'docker-compose.yml');
const dockerfileMistakes = path.join(samples, 'exercises', 'Dockerfile.mistakes');
const composeMistakes = path.join(samples, 'exercises', 'compose.mistakes.yaml');

function hoverText(hover: { contents: unknown } | null): string {
  return hover ? (hover.contents as MarkupContent).value : '';
}

function itemsOf(result: CompletionList | CompletionItem[] | null): CompletionItem[] {
  return Array.isArray(result) ? result : result?.items ?? [];
}

describe('language server over stdio', function () {
  this.timeout(30000);
  let client: TestClient;
  afterEach(async () => { await client?.close(); });

  it('announces incremental sync, hover, completion with resolve, code actions, lenses and its command', async () => {
    client = await startClient();
    const caps = client.initializeResult.capabilities;
    assert.deepStrictEqual(caps.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
    assert.strictEqual(caps.hoverProvider, true);
    assert.strictEqual(caps.completionProvider?.resolveProvider, true);
    assert.deepStrictEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix'] });
    assert.ok(caps.codeLensProvider);
    assert.deepStrictEqual(caps.executeCommandProvider?.commands, ['dockerCoach.runAction', 'dockerCoach.securityReview', 'dockerCoach.exercises', 'dockerCoach.checkExercise']);
    assert.strictEqual(caps.diagnosticProvider, undefined, 'a client without pull diagnostics gets them pushed');
    assert.strictEqual(client.initializeResult.serverInfo?.name, 'docker-coach-language-server');
  });

  it('returns the security review of a folder as JSON: ten practices in order, each finding with its path and line', async () => {
    client = await startClient();
    // The open text wins over the disk: an unsaved `USER root` is what the review sees.
    const frontend = path.join(samples, 'frontend-react-js', 'Dockerfile');
    const f = client.open(frontend, 'dockerfile');
    const edited = fs.readFileSync(frontend, 'utf8').replace('USER node', 'USER root');
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: f, version: 2 }, contentChanges: [{ text: edited }] });
    const review = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'dockerCoach.securityReview', arguments: [{ folder: uriOf(samples) }] }) as {
      practices: { id: string; status: string; findings: { path: string; code: string; range: { start: { line: number } } }[] }[]; score: { met: number; applicable: number };
    };
    // The order and ids of issue 27's list.
    assert.deepStrictEqual(review.practices.map(p => p.id), ['non-root-user', 'pinned-base-images', 'no-secrets', 'no-host-keys', 'drop-privileges',
      'limit-resources', 'publish-only-needed', 'lean-build', 'health-and-restarts', 'scan-and-update']);
    const user = review.practices[0].findings.map(x => `${path.relative(samples, x.path)}:${x.range.start.line + 1} ${x.code}`);
    // Dockerfile.mistakes line 4 `FROM python:latest` has no USER; the edited frontend Dockerfile has `USER root` on line 17.
    assert.deepStrictEqual(user, ['exercises/Dockerfile.mistakes:4 RootUser', 'frontend-react-js/Dockerfile:17 RootUser']);
    assert.strictEqual(review.practices[9].status, 'cannot tell from the files');
    assert.ok(review.score.applicable >= review.score.met);
  });

  it('lists the practice exercises for the samples and checks one from the answers the client sends', async () => {
    client = await startClient();
    type Listed = { id: string; title: string; goal: string; hints: string[]; files: string[]; probes: string[][] };
    const list = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'dockerCoach.exercises', arguments: [{}] }) as Listed[];
    assert.strictEqual(list[0].id, 'build-backend');
    assert.ok(list.length >= 12);
    // The names come from samples/backend-flask/Dockerfile and samples/docker-compose.yml.
    assert.deepStrictEqual(list[0].files, ['backend-flask/Dockerfile']);
    assert.deepStrictEqual(list[0].probes, [['docker', 'image', 'ls', '--format', '{{json .}}', 'backend-flask']]);
    type Verdict = { status: string; missing?: string; probes: string[][]; cwd: string };
    const check = (args: object) => client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'dockerCoach.checkExercise', arguments: [args] }) as Promise<Verdict>;
    const first = await check({ id: 'run-backend' });
    assert.strictEqual(first.status, 'cannot check');
    assert.strictEqual(first.cwd, samples);
    assert.deepStrictEqual(first.probes.map(p => p.slice(1, 3)), [['image', 'ls'], ['ps', '--no-trunc']]);
    // What `docker ps` prints for a container of backend-flask with no port published (docker 20.10's JSON line).
    const row = JSON.stringify({ ID: 'c0ffee', Image: 'backend-flask:1.0.0', Names: 'eager_lamport', Ports: '', Labels: '', Status: 'Up 3 seconds', Networks: 'bridge', Mounts: '' });
    const answers = { [first.probes[0].join(' ')]: { stdout: '{"Repository":"backend-flask","Tag":"1.0.0"}\n', exitCode: 0 }, [first.probes[1].join(' ')]: { stdout: `${row}\n`, exitCode: 0 } };
    const verdict = await check({ id: 'run-backend', observations: answers });
    assert.deepStrictEqual({ status: verdict.status, missing: verdict.missing, probes: verdict.probes }, {
      status: 'not yet', missing: 'a container from `backend-flask` is running, but port 4567 is not published: add `-p 4567:4567`', probes: [] });
    const untrusted = await check({ id: 'run-backend', observations: answers, trusted: false });
    assert.deepStrictEqual([untrusted.status, untrusted.probes], ['cannot check', []]);
  });

  it('hovers on RUN in a Dockerfile and on a service in a compose file', async () => {
    client = await startClient();
    const d = client.open(dockerfile, 'dockerfile');
    const run = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: d }, position: { line: 10, character: 1 } }); // on `RUN pip3 install`
    assert.match(hoverText(run), /^`RUN` · build time · adds a layer/);
    assert.deepStrictEqual(run?.range, { start: { line: 10, character: 0 }, end: { line: 10, character: 3 } });
    const c = client.open(composeFile, 'dockercompose');
    const service = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: c }, position: { line: 2, character: 4 } }); // on `backend-flask:`
    assert.match(hoverText(service), /`backend-flask` · service/);
    assert.match(hoverText(service), /Publishes `4567:4567`/);
    const blank = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: d }, position: { line: 3, character: 0 } }); // an empty line
    assert.strictEqual(blank, null);
  });

  it('takes compose files opened as yaml by their name, and shell scripts for docker lines', async () => {
    client = await startClient();
    const asYaml = client.open(composeFile, 'yaml');
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: asYaml }, position: { line: 3, character: 5 } }); // on `build:`
    assert.match(hoverText(hover), /build/);
    const other = client.open(path.join(os.tmpdir(), 'settings.yaml'), 'yaml', 'services:\n  web:\n    image: nginx\n');
    assert.strictEqual(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: other }, position: { line: 0, character: 2 } }), null);
    const script = client.open(path.join(samples, 'scripts', 'run.sh'), 'sh');
    const lines = fs.readFileSync(path.join(samples, 'scripts', 'run.sh'), 'utf8').split('\n');
    const line = lines.findIndex(l => /^\s*docker run/.test(l));
    const dockerRun = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: script }, position: { line, character: lines[line].indexOf('run') + 1 } });
    assert.match(hoverText(dockerRun), /docker run/);
  });

  it('completes instructions and resolves their documentation', async () => {
    client = await startClient({ capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } } } } });
    const uri = client.open(path.join(os.tmpdir(), 'coach-complete', 'Dockerfile'), 'dockerfile', 'FROM alpine\nRU\n');
    const items = itemsOf(await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 1, character: 2 } }));
    const run = items.find(i => i.label === 'RUN');
    assert.ok(run, `RUN is offered among ${items.map(i => i.label).join(', ')}`);
    assert.strictEqual(run.documentation, undefined, 'documentation waits for resolve');
    const resolved = await client.connection.sendRequest(CompletionResolveRequest.type, run);
    // The words "build time" are the item's detail, which the details pane shows as its header; the text starts with what RUN does.
    assert.match(resolved.detail ?? '', /build time/);
    assert.match((resolved.documentation as MarkupContent).value, /^Runs a command while the image is being built/);
  });

  it('pushes diagnostics to a client without pull support, and offers their quick fixes', async () => {
    client = await startClient();
    const uri = client.open(dockerfileMistakes, 'dockerfile');
    const diagnostics = await client.diagnostics(uri, d => d.length > 0);
    const codes = diagnostics.map(d => d.code);
    for (const code of ['MaintainerDeprecated', 'AddInsteadOfCopy', 'JSONArgsRecommended']) assert.ok(codes.includes(code), `${code} in ${codes.join(', ')}`);
    assert.ok(diagnostics.every(d => d.source === 'Docker Coach'));
    const maintainer = diagnostics.find(d => d.code === 'MaintainerDeprecated')!;
    const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: maintainer.range, context: { diagnostics: [maintainer] } });
    const titles = (actions ?? []).map(a => a.title);
    assert.ok((actions ?? []).length >= 2, `a fix and an ignore: ${titles.join(' | ')}`);
    const fix = actions![0] as { kind?: string; isPreferred?: boolean; edit?: { changes?: Record<string, unknown[]> } };
    assert.strictEqual(fix.kind, 'quickfix');
    assert.strictEqual(fix.isPreferred, true);
    assert.ok(fix.edit?.changes?.[uri]?.length, 'the fix edits this document');
  });

  it('answers textDocument/diagnostic for a client that pulls', async () => {
    client = await startClient({ capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } } });
    assert.ok(client.initializeResult.capabilities.diagnosticProvider);
    const uri = client.open(composeMistakes, 'dockercompose');
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }) as FullDocumentDiagnosticReport;
    const codes = report.items.map(d => d.code);
    // UndefinedService (`databse`) and UndefinedVolume (`db-data`) too: no main compose file sits beside the
    // exercise, so the server's disk reader lets it be checked as a project of its own (issue 22, P13).
    for (const code of ['ObsoleteVersion', 'UnknownKey', 'UndefinedService', 'UndefinedVolume']) assert.ok(codes.includes(code), `${code} in ${codes.join(', ')}`);
  });

  it('follows incremental edits: hover and problems come from the edited text', async () => {
    client = await startClient();
    const uri = client.open(path.join(os.tmpdir(), 'coach-edit', 'Dockerfile'), 'dockerfile', 'FROM alpine:3.20\nRUN echo hi\n');
    await client.diagnostics(uri);
    // Replace `RUN` with `CMD`, then add a MAINTAINER line: two ranged changes in one notification.
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }, text: 'CMD' },
        { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'MAINTAINER me\n' },
      ],
    });
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 1 } }); // `CMD`, now on line 2
    assert.match(hoverText(hover), /^`CMD`/);
    const after = await client.diagnostics(uri, d => d.some(x => x.code === 'MaintainerDeprecated'));
    assert.deepStrictEqual(after.find(x => x.code === 'MaintainerDeprecated')!.range.start, { line: 1, character: 0 });
  });

  it('shows lenses whose title carries the exact command line, and sends the argv to a client that runs it', async () => {
    client = await startClient({ initializationOptions: { dockerCoach: { runInTerminal: true } } });
    const uri = client.open(dockerfile, 'dockerfile');
    const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }) ?? [];
    const titles = lenses.map(l => l.command?.title);
    assert.ok(titles.includes('Build: docker build -t backend-flask:dev -f backend-flask/Dockerfile backend-flask'), titles.join(' | '));
    assert.ok(titles.some(t => t?.startsWith('Run: docker run --rm -it -p 4567:4567')), titles.join(' | '));
    const build = lenses.find(l => l.command?.title.startsWith('Build:'))!;
    const answer = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: build.command!.command, arguments: build.command!.arguments });
    assert.deepStrictEqual(answer, { commandLine: 'docker build -t backend-flask:dev -f backend-flask/Dockerfile backend-flask', cwd: samples, shown: 'terminal' });
    const sent = client.received.find(r => r.method === 'dockerCoach/runInTerminal')?.params as { argv: string[]; cwd: string };
    assert.deepStrictEqual(sent.argv, ['docker', 'build', '-t', 'backend-flask:dev', '-f', 'backend-flask/Dockerfile', 'backend-flask']);
    assert.strictEqual(sent.cwd, samples);
    // An argv the document does not produce now is refused, whatever the arguments say.
    const forged = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'dockerCoach.runAction', arguments: [{ ...build.command!.arguments![0], argv: ['rm', '-rf', '/'] }] });
    assert.ok((forged as { refused?: string }).refused);
  });

  it('opens the command as a script for a client that can show documents but not run them', async () => {
    client = await startClient({ capabilities: { window: { showDocument: { support: true } } } });
    const uri = client.open(composeFile, 'dockercompose');
    const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }) ?? [];
    const up = lenses.find(l => /^Up: docker compose -f docker-compose.yml up -d$/.test(l.command?.title ?? ''));
    assert.ok(up, lenses.map(l => l.command?.title).join(' | '));
    const answer = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: up.command!.command, arguments: up.command!.arguments }) as { shown: string };
    assert.strictEqual(answer.shown, 'document');
    const shown = client.received.find(r => r.method === 'window/showDocument')?.params as { uri: string };
    const script = fs.readFileSync(new URL(shown.uri), 'utf8');
    assert.match(script, /\ndocker compose -f docker-compose.yml up -d\n/);
  });

  it('reads settings from initializationOptions and from workspace/configuration', async () => {
    client = await startClient({
      initializationOptions: { dockerCoach: { docker: { path: '/opt/podman' }, notes: { files: ['notes/*.md'] } } },
      configuration: { 'diagnostics.rules': { MaintainerDeprecated: 'off' } },
    });
    const mistakes = client.open(dockerfileMistakes, 'dockerfile');
    const d = await client.diagnostics(mistakes, x => x.length > 0);
    assert.ok(!d.some(x => x.code === 'MaintainerDeprecated'), 'the rule switched off through workspace/configuration');
    assert.ok(client.received.some(r => r.method === 'workspace/configuration'));
    const uri = client.open(dockerfile, 'dockerfile');
    const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }) ?? [];
    assert.ok(lenses.some(l => l.command?.title.startsWith('Build: /opt/podman build')), lenses.map(l => l.command?.title).join(' | '));
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 10, character: 1 } });
    assert.match(hoverText(hover), /From your notes/);
  });

  it('builds compose lenses with the compose command the settings name', async () => {
    client = await startClient({ initializationOptions: { dockerCoach: { 'compose.command': 'docker-compose' } } });
    const uri = client.open(composeFile, 'dockercompose');
    const titles = (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }) ?? []).map(l => l.command?.title);
    assert.ok(titles.includes('Up: docker-compose -f docker-compose.yml up -d'), titles.join(' | '));
  });

  it('checks open files again when the client pushes new settings', async () => {
    client = await startClient();
    const uri = client.open(dockerfileMistakes, 'dockerfile');
    await client.diagnostics(uri, d => d.some(x => x.code === 'AddInsteadOfCopy'));
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { dockerCoach: { diagnostics: { rules: { AddInsteadOfCopy: 'off' } } } } });
    const after = await client.diagnostics(uri, d => !d.some(x => x.code === 'AddInsteadOfCopy'));
    assert.ok(after.some(x => x.code === 'MaintainerDeprecated'), 'the other rules still report');
  });

  it('keeps to the size limit: keyword hovers only, no problems and no lenses', async () => {
    client = await startClient({ initializationOptions: { dockerCoach: { maxFileSizeKB: 1 } } });
    const text = `FROM alpine\nMAINTAINER me\n${'# padding\n'.repeat(200)}RUN echo hi\n`;
    const uri = client.open(path.join(os.tmpdir(), 'coach-large', 'Dockerfile'), 'dockerfile', text);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 202, character: 1 } });
    assert.match(hoverText(hover), /explains keywords only/);
    assert.deepStrictEqual(await client.diagnostics(uri), []);
    assert.deepStrictEqual(await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }), []);
  });

  it('works out hovers, lenses and completions of a large Dockerfile in its worker, so a small file\'s hover is not held up behind them', async () => {
    client = await startClient();
    // 1.5 MB, inside the 2 MB limit: a whole parse takes seconds here. In place, it would hold up the next request.
    const big = `FROM node:22 AS build\n${'RUN echo step \\\n  && true\n'.repeat(55000)}EXPOSE 3000\nRU\n`;
    const bigUri = client.open(path.join(os.tmpdir(), 'coach-big', 'Dockerfile'), 'dockerfile', big);
    const smallUri = client.open(dockerfile, 'dockerfile');
    const answered: string[] = [];
    const done = <T>(name: string) => (answer: T) => { answered.push(name); return answer; };
    // Sent in this order; the small file's answer must not wait for the large file's parse.
    const [hover, lenses, completion, small] = await Promise.all([
      client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: bigUri }, position: { line: 110001, character: 2 } }).then(done('hover')),
      client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: bigUri } }).then(done('lenses')),
      client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: bigUri }, position: { line: 110002, character: 2 } }).then(done('completion')),
      client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: smallUri }, position: { line: 10, character: 1 } }).then(done('small')),
    ]);
    assert.strictEqual(answered[0], 'small', `answered in this order: ${answered.join(', ')}`);
    assert.match(hoverText(small), /^`RUN` · build time/);
    assert.match(hoverText(hover), /EXPOSE/);
    assert.ok((lenses ?? []).some(l => /docker build/.test(l.command?.title ?? '')), JSON.stringify(lenses).slice(0, 300));
    assert.ok(itemsOf(completion).some(i => i.label === 'RUN'), 'RUN is offered on the last line');
  });

  it('offers "Ignore on this line" on a large Dockerfile from its worker, above the instruction', async () => {
    client = await startClient();
    // 1.5 MB: the fix reads the file's parse, which for a large file only the worker makes.
    const big = `FROM node:22 AS build\n${'RUN echo step \\\n  && true\n'.repeat(55000)}EXPOSE 3000\nRU\n`;
    const uri = client.open(path.join(os.tmpdir(), 'coach-big-fix', 'Dockerfile'), 'dockerfile', big);
    const found = await client.diagnostics(uri, d => d.some(x => x.code === 'UnknownInstruction'));
    const unknown = found.find(d => d.code === 'UnknownInstruction')!;
    assert.strictEqual(unknown.range.start.line, 110002);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: unknown.range, context: { diagnostics: [unknown] } })) ?? [];
    const ignore = actions.find(a => a.title === 'Ignore UnknownInstruction on this line') as { edit?: { changes?: Record<string, { range: { start: { line: number } }; newText: string }[]> } } | undefined;
    assert.ok(ignore, `actions: ${actions.map(a => a.title).join(' | ')}`);
    assert.deepStrictEqual(ignore.edit?.changes?.[uri]?.map(e => [e.range.start.line, e.newText]), [[110002, '# coach-ignore UnknownInstruction\n']]);
  });

  it('answers a request cancelled before it ran with RequestCancelled', async () => {
    client = await startClient();
    const uri = client.open(dockerfile, 'dockerfile');
    // Both messages in one write, so the cancel arrives while the hover still waits in the queue.
    client.writeRaw(frame({ id: 'raw-hover', method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 10, character: 1 } } }) + frame({ method: '$/cancelRequest', params: { id: 'raw-hover' } }));
    const reply = await waitFor(() => /"id":"raw-hover"[^\n]*?"error":\{"code":-32800/.exec(client.rawOutput()) ?? /"error":\{"code":-32800[^}]*\}[^\n]*?"id":"raw-hover"/.exec(client.rawOutput()));
    assert.ok(reply);
    // And the server carries on.
    assert.match(hoverText(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 10, character: 1 } })), /RUN/);
  });

  it('survives a malformed message and a request with nonsense params', async () => {
    client = await startClient();
    const uri = client.open(dockerfile, 'dockerfile');
    client.writeRaw('Content-Length: 9\r\n\r\n{not json');
    client.writeRaw(frame({ id: 'raw-bad', method: 'textDocument/hover', params: { textDocument: { uri: 42 }, position: 'here' } }));
    await waitFor(() => /"id":"raw-bad"/.test(client.rawOutput()));
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 10, character: 1 } });
    assert.match(hoverText(hover), /RUN/);
    assert.strictEqual(client.child.exitCode, null, 'still running');
  });

  it('exits with code 0 after shutdown and exit', async () => {
    client = await startClient();
    await client.connection.sendRequest(ShutdownRequest.type);
    await client.connection.sendNotification(ExitNotification.type);
    assert.strictEqual(await client.exited, 0);
  });

  it('exits when the editor that started it dies', async function () {
    this.timeout(30000);
    const { spawn } = await import('child_process');
    const editor = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    client = await startClient({ processId: editor.pid! });
    editor.kill();
    // vscode-languageserver checks the parent every 3 s.
    const code = await Promise.race([client.exited, new Promise(resolve => setTimeout(() => resolve('still running'), 15000))]);
    assert.notStrictEqual(code, 'still running');
  });

  it('exits when its input closes', async () => {
    client = await startClient();
    client.child.stdin!.end();
    const code = await Promise.race([client.exited, new Promise(resolve => setTimeout(() => resolve('still running'), 10000))]);
    assert.notStrictEqual(code, 'still running');
  });

  it('takes file URIs with spaces and untitled documents', async () => {
    client = await startClient();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coach server '));
    const uri = client.open(path.join(dir, 'Dockerfile'), 'dockerfile', 'FROM alpine\nRUN echo hi\n');
    assert.match(uri, /%20/);
    assert.match(hoverText(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 1 } })), /RUN/);
    const untitled = 'untitled:Untitled-1';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: untitled, languageId: 'dockerfile', version: 1, text: 'FROM alpine\nRUN echo hi\n' } });
    assert.match(hoverText(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: untitled }, position: { line: 1, character: 1 } })), /RUN/);
    assert.deepStrictEqual(await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: untitled } }), [], 'no lenses without a file on disk');
    fs.rmSync(dir, { recursive: true, force: true });
    void uriOf;
  });
});

/** Polls until `check` gives something truthy, for replies to messages written by hand. */
async function waitFor<T>(check: () => T, timeoutMs = 10000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out waiting for the server');
    await new Promise(resolve => setTimeout(resolve, 20));
  }
}
