// SPDX-License-Identifier: MIT
// The checks in a worker thread give what the core gives in place, and a worker that cannot start or
// dies leaves its jobs to the main thread instead of losing them.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { completeDockerfile, composeActions, documentServices, explainFileModel, dockerfileActions, dockerfileDiagnostics, explainCompose, explainDockerfile, indexNotes } from '../../../src/core/index';
import { answersInWorker, CheckRunner, navigate, WORKER_FROM_CHARS, type NavigationAsk } from '../../../src/worker/checkWorker';
import { nodeDisk, pathKindOnDisk } from '../../../src/worker/disk';

const text = 'FROM alpine:3.20\nMAINTAINER me\nADD . /app\n';
const noSettings = () => undefined;
const codes = (d: { code: string }[]) => d.map(x => x.code).sort();

describe('CheckRunner', function () {
  this.timeout(20000);

  it('answers from a worker thread with what the core says in place', async () => {
    const runner = new CheckRunner(path.resolve(__dirname, '..', '..', '..', 'src', 'server', 'main.js'));
    try {
      const [a, b] = await Promise.all([runner.check('dockerfile', text, undefined, noSettings), runner.check('compose', 'services:\n  web:\n    imgae: x\n', undefined, noSettings)]);
      assert.deepStrictEqual(codes(a), codes(dockerfileDiagnostics(text)));
      assert.ok(b.some(d => d.code === 'UnknownKey'));
      const off = await runner.check('dockerfile', text, undefined, key => (key === 'diagnostics.rules' ? { MaintainerDeprecated: 'off' } : undefined));
      assert.ok(!off.some(d => d.code === 'MaintainerDeprecated'), 'settings cross into the worker');
      // The fallback gives the same answers, so what proves the worker ran is who answered: another thread.
      assert.deepStrictEqual(runner.answered, { inWorker: 3, inPlace: 0 });
    } finally {
      runner.dispose();
    }
  });

  it('checks in place when no worker script is given or the worker fails', async () => {
    const none = new CheckRunner(undefined);
    assert.deepStrictEqual(codes(await none.check('dockerfile', text, undefined, noSettings)), codes(dockerfileDiagnostics(text)));
    assert.deepStrictEqual(none.answered, { inWorker: 0, inPlace: 1 });
    const broken = new CheckRunner(path.join(__dirname, 'no-such-worker.js'));
    assert.deepStrictEqual(codes(await broken.check('dockerfile', text, undefined, noSettings)), codes(dockerfileDiagnostics(text)));
    assert.deepStrictEqual(broken.answered, { inWorker: 0, inPlace: 1 });
    broken.dispose();
  });

  it('counts a worker that exits at once as no worker: its jobs are answered in place', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-worker-'));
    const exits = path.join(dir, 'exits.js');
    fs.writeFileSync(exits, 'process.exit(0);\n');
    const runner = new CheckRunner(exits);
    try {
      assert.deepStrictEqual(codes(await runner.check('dockerfile', text, undefined, noSettings)), codes(dockerfileDiagnostics(text)));
      assert.deepStrictEqual(runner.answered, { inWorker: 0, inPlace: 1 });
    } finally {
      runner.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers hovers, completions and lenses from the worker with what the core says in place, notes included', async () => {
    const runner = new CheckRunner(path.resolve(__dirname, '..', '..', '..', 'src', 'server', 'main.js'));
    // A large Dockerfile (past the size from which the server sends hovers here) and a compose file.
    const big = 'FROM node:22 AS build\n' + 'RUN echo step \\\n  && true\n'.repeat(3000) + 'EXPOSE 3000\n';
    const compose = 'services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n';
    const notes = indexNotes([{ path: '/n/week1.md', text: '- EXPOSE only documents the port; -p publishes it.\n' }]);
    try {
      const expose = { line: 6001, character: 2 }, port = { line: 4, character: 10 };
      const [a, b] = await Promise.all([runner.explain('dockerfile', big, expose, { notes }), runner.explain('compose', compose, port, {})]);
      assert.deepStrictEqual(a, explainDockerfile(big, expose, { notes }));
      assert.match(a?.markdown ?? '', /EXPOSE only documents the port/, 'the notes crossed into the worker');
      assert.deepStrictEqual(b, explainCompose(compose, port));
      assert.strictEqual(await runner.explain('dockerfile', big, { line: 0, character: 30 }, {}), undefined, 'nothing to say past the end of a line');
      // Completions and lenses too, with the folder lister made again in the worker from the document's URI.
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-worker-'));
      fs.writeFileSync(path.join(dir, 'package.json'), '{}');
      const copyLine = 'COPY pa';
      const withCopy = `${big}${copyLine}\n`;
      const at = { line: 6002, character: copyLine.length };
      const items = await runner.complete('dockerfile', withCopy, at, { uri: `file://${path.join(dir, 'Dockerfile')}` });
      assert.ok(items.some(i => i.label === 'package.json'), `the worker listed the document's folder: ${items.map(i => i.label).join(', ')}`);
      assert.deepStrictEqual(items, completeDockerfile(withCopy, at, { listFolder: () => [{ name: 'package.json', folder: false }] }));
      const file = { path: path.join(dir, 'Dockerfile'), workspaceFolder: dir };
      assert.deepStrictEqual(await runner.actions('dockerfile', big, file, { shell: 'posix' }), dockerfileActions(big, file, { shell: 'posix' }));
      fs.rmSync(dir, { recursive: true, force: true });
      assert.deepStrictEqual(runner.answered, { inWorker: 5, inPlace: 0 });
    } finally {
      runner.dispose();
    }
  });

  it('sends back only the actions that start on the lines asked for', async () => {
    const runner = new CheckRunner(path.resolve(__dirname, '..', '..', '..', 'src', 'server', 'main.js'));
    // Three services, each with its Up, Logs and Shell lenses on its own name's line (2, 4 and 6).
    const compose = 'services:\n  web:\n    image: nginx\n  db:\n    image: postgres\n  cache:\n    image: redis\n';
    const file = { path: '/work/app/compose.yaml', workspaceFolder: '/work/app' };
    try {
      const all = composeActions(compose, file, { shell: 'posix' });
      const lineOf = (a: { range: { start: { line: number } } }) => a.range.start.line;
      assert.ok(all.some(a => lineOf(a) === 3) && all.some(a => lineOf(a) === 5), `actions on the lines of db and cache: ${all.map(lineOf).join(', ')}`);
      const near = await runner.actions('compose', compose, file, { shell: 'posix' }, [{ start: 3, end: 4 }]);
      assert.deepStrictEqual(near, all.filter(a => lineOf(a) === 3), 'only db\'s actions');
      const two = await runner.actions('compose', compose, file, { shell: 'posix' }, [{ start: 0, end: 1 }, { start: 5, end: 9 }]);
      assert.deepStrictEqual(two, all.filter(a => lineOf(a) !== 3), 'both spans, in file order');
      assert.deepStrictEqual(await runner.actions('compose', compose, file, { shell: 'posix' }), all, 'every action when no lines are given');
    } finally {
      runner.dispose();
    }
  });

  it("works out the Explain view's model in the worker, reading what lies beside the file from disk", async () => {
    const runner = new CheckRunner(path.resolve(__dirname, '..', '..', '..', 'src', 'server', 'main.js'));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-worker-explain-'));
    fs.mkdirSync(path.join(dir, 'api'));
    fs.writeFileSync(path.join(dir, 'api', 'Dockerfile'), 'FROM alpine\n');
    fs.mkdirSync(path.join(dir, 'web')); // no Dockerfile: a problem marked on the web service
    const compose = 'services:\n  api:\n    build: ./api\n  web:\n    build: ./web\n    depends_on: [api]\n';
    const file = { path: path.join(dir, 'compose.yaml'), workspaceFolder: dir };
    try {
      const model = await runner.explainFile('compose', compose, file, { maxNodes: 100 });
      assert.deepStrictEqual(model, await explainFileModel('compose', compose, file, nodeDisk, { maxNodes: 100 }));
      assert.ok(model.type === 'compose' && model.graph.nodes.some(n => n.id === 'service:web' && n.warnings?.length), 'the missing Dockerfile, read from disk in the worker, is marked');
      const dockerfile = 'FROM node:22 AS build\nFROM nginx\nCOPY --from=build /a /b\n';
      assert.deepStrictEqual(await runner.explainFile('dockerfile', dockerfile, { path: path.join(dir, 'Dockerfile') }, { maxNodes: 1 }),
        await explainFileModel('dockerfile', dockerfile, { path: path.join(dir, 'Dockerfile') }, nodeDisk, { maxNodes: 1 }));
      assert.deepStrictEqual(runner.answered, { inWorker: 2, inPlace: 0 });
    } finally {
      runner.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('works out "Ignore on this line" in the worker: above the instruction the problem is in', async () => {
    const runner = new CheckRunner(path.resolve(__dirname, '..', '..', '..', 'src', 'server', 'main.js'));
    // The problem on line 3 is inside a RUN that starts on line 2: its comment goes above line 2.
    const dockerfile = 'FROM alpine:3.20\nRUN echo one && \\\n    apt-get install -y curl\n';
    try {
      const found = dockerfileDiagnostics(dockerfile).filter(d => d.range.start.line === 2);
      assert.ok(found.length > 0, `a problem on the continuation line: ${JSON.stringify(dockerfileDiagnostics(dockerfile).map(d => [d.code, d.range.start.line]))}`);
      const fixes = await runner.ignoreFixes('dockerfile', dockerfile, found);
      assert.deepStrictEqual(fixes, found.map(d => documentServices.dockerfile.checks!.ignoreFix(dockerfile, d)));
      assert.ok(fixes.every(f => f.edits.every(e => e.range.start.line === 1)), JSON.stringify(fixes));
      const compose = 'services:\n  web:\n    image: nginx\n    imgae: x\n';
      const unknown = (await runner.check('compose', compose, undefined, noSettings)).filter(d => d.code === 'UnknownKey');
      assert.deepStrictEqual(await runner.ignoreFixes('compose', compose, unknown), unknown.map(d => documentServices.compose.checks!.ignoreFix(compose, d)));
      assert.deepStrictEqual(await runner.ignoreFixes('dockerfile', dockerfile, [undefined, found[0]]), [undefined, fixes[0]], 'in step with the problems, none where there is none');
      assert.deepStrictEqual(await runner.ignoreFixes('shell', 'docker ps\n', []), []);
      assert.deepStrictEqual(runner.answered, { inWorker: 5, inPlace: 0 });
    } finally {
      runner.dispose();
    }
  });

  it('answers outline, folding, links and the name queries from the worker with what the core says in place', async () => {
    const runner = new CheckRunner(path.resolve(__dirname, '..', '..', '..', 'src', 'server', 'main.js'));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dc-worker-'));
    fs.mkdirSync(path.join(dir, 'api'));
    const dockerfile = 'FROM node:22 AS build\nARG PORT=3000\nRUN echo $PORT\n\nFROM alpine\nCOPY --from=build /app /app\n';
    const compose = 'services:\n  api:\n    build: ./api\n    depends_on:\n      - db\n  db:\n    image: postgres:16\n';
    const file = { path: path.join(dir, 'compose.yaml'), workspaceFolder: dir };
    const asks: [string, 'dockerfile' | 'compose', NavigationAsk][] = [
      ['the Dockerfile outline', 'dockerfile', { method: 'symbols' }],
      ['its folding', 'dockerfile', { method: 'folding' }],
      ['the stage named in COPY --from', 'dockerfile', { method: 'definition', position: { line: 5, character: 14 } }],
      ['the references of ARG PORT', 'dockerfile', { method: 'references', position: { line: 1, character: 5 }, includeDeclaration: true }],
      ['its highlights', 'dockerfile', { method: 'highlights', position: { line: 2, character: 11 } }],
      ['renaming the stage', 'dockerfile', { method: 'rename', position: { line: 0, character: 17 }, newName: 'builder' }],
      ['the compose outline', 'compose', { method: 'symbols' }],
      ['preparing to rename db', 'compose', { method: 'prepareRename', position: { line: 4, character: 9 } }],
      ['the link to ./api', 'compose', { method: 'links', file }],
    ];
    try {
      for (const [what, kind, ask] of asks) {
        const text = kind === 'dockerfile' ? dockerfile : compose;
        const here = navigate(documentServices[kind].navigation!, text, ask);
        assert.deepStrictEqual(await runner.navigate(kind, text, ask), here, what);
        assert.ok(JSON.stringify(here) !== '[]', `${what}: the core has something to say, so the comparison means something`);
      }
      const links = navigate(documentServices.compose.navigation!, compose, { method: 'links', file });
      assert.ok(links.some(l => l.target === path.join(dir, 'api')), 'the worker looked on disk for the folder it links to');
      assert.strictEqual(pathKindOnDisk(path.join(dir, 'api')), 'directory');
      assert.deepStrictEqual(runner.answered, { inWorker: asks.length, inPlace: 0 });
    } finally {
      runner.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("dist/coachWorker.js, the extension's worker, answers from its own thread, loading dist/core.js there", async function () {
    const script = path.resolve(__dirname, '..', '..', '..', '..', 'dist', 'coachWorker.js');
    if (!fs.existsSync(script)) throw new Error(`${script} is missing: npm test builds it (npm run build) before the unit tests`);
    const runner = new CheckRunner(script);
    const big = 'FROM node:22 AS build\n' + 'RUN echo step \\\n  && true\n'.repeat(3000) + 'EXPOSE 3000\n';
    try {
      const expose = { line: 6001, character: 2 };
      assert.deepStrictEqual(await runner.explain('dockerfile', big, expose, {}), explainDockerfile(big, expose));
      assert.deepStrictEqual(codes(await runner.check('dockerfile', text, undefined, noSettings)), codes(dockerfileDiagnostics(text)));
      assert.deepStrictEqual(await runner.navigate('dockerfile', big, { method: 'folding' }), navigate(documentServices.dockerfile.navigation!, big, { method: 'folding' }));
      assert.deepStrictEqual(runner.answered, { inWorker: 3, inPlace: 0 });
    } finally {
      runner.dispose();
    }
  });

  it('sends each text to the worker once, however many jobs ask about it, and again once the worker has let it go', async () => {
    const runner = new CheckRunner(path.resolve(__dirname, '..', '..', '..', 'src', 'server', 'main.js'));
    const big = 'FROM node:22 AS build\n' + 'RUN echo step \\\n  && true\n'.repeat(3000) + 'EXPOSE 3000\n';
    const expose = { line: 6001, character: 2 };
    try {
      await runner.check('dockerfile', big, undefined, noSettings);
      assert.deepStrictEqual(await runner.explain('dockerfile', big, expose, {}), explainDockerfile(big, expose));
      await runner.navigate('dockerfile', big, { method: 'folding' });
      assert.strictEqual(runner.textsSent, 1, 'one text, three jobs');
      // Nine other texts push the first out of both sides' keeping; asking about it again sends it again.
      for (let i = 0; i < 9; i++) await runner.check('dockerfile', `${text}# ${i}\n`, undefined, noSettings);
      assert.strictEqual(runner.textsSent, 10);
      assert.deepStrictEqual(await runner.explain('dockerfile', big, expose, {}), explainDockerfile(big, expose));
      assert.strictEqual(runner.textsSent, 11);
      assert.deepStrictEqual(runner.answered, { inWorker: 13, inPlace: 0 });
      // A job that cannot cross (a function in its options) is refused, and its text is not counted as sent.
      const other = `${text}# cannot cross\n`;
      await assert.rejects(runner.explain('dockerfile', other, expose, { notes: (() => undefined) as never }), /could not be cloned/);
      assert.strictEqual(runner.textsSent, 11);
      assert.ok((await runner.check('dockerfile', other, undefined, noSettings)).length > 0, 'the same text is sent with the next job');
      assert.strictEqual(runner.textsSent, 12);
    } finally {
      runner.dispose();
    }
  });

  it('sends to the worker only large Dockerfiles and compose files within the size limit', () => {
    const large = 'x'.repeat(WORKER_FROM_CHARS);
    assert.strictEqual(answersInWorker('dockerfile', large, undefined), true);
    assert.strictEqual(answersInWorker('compose', large, undefined), true);
    assert.strictEqual(answersInWorker('dockerfile', large.slice(1), undefined), false, 'a small file is parsed in place');
    assert.strictEqual(answersInWorker('shell', large, undefined), false, 'a script hover reads its own line');
    assert.strictEqual(answersInWorker('dockerfile', large, WORKER_FROM_CHARS - 1), false, 'past the size limit a hover reads one line');
  });
});
