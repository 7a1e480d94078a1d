// SPDX-License-Identifier: MIT
// One direct assertion for each public export that, before issue 30, only the fuzzer called (audit 5.2):
// the fuzzer shows they never throw, these show they answer right. Each expectation comes from somewhere the
// code does not read: Docker's reference docs in ../shared/reference, the manifest's documented settings,
// DESIGN.md's hover shape, or a list written here by hand that names its source.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  buildContextFrom, composeDiagnostics, composeIgnoreFix, composeProgramOf, engineCheckCommand, ignoredCodes, renderHover,
  ruleContent, snippetPrefixesInCompletions,
} from '../../../src/core/index';
import { needOrSkip } from '../../needs';
import { dockerfileReferenceFlags, referenceFile } from '../referenceDocs';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const settings: Record<string, { default?: unknown; enum?: string[] }> = manifest.contributes.configuration.properties;

/** The argv of a `$ docker …` example line in a CLI reference page, quotes as a shell would take them. */
function exampleArgv(line: string): string[] {
  return [...line.replace(/^\$\s*/, '').matchAll(/'([^']*)'|(\S+)/g)].map(m => m[1] ?? m[2]);
}

describe('public core exports, asserted directly (not only fuzzed)', () => {
  it('engineCheckCommand is the CLI reference\'s own way to print only the server version', function () {
    const page = referenceFile(repoRoot, 'docker-cli-docs', 'version.md');
    needOrSkip(this, 'engineCheckCommand against the CLI reference', page ? undefined : '../shared/reference/docker-cli-docs/version.md is missing');
    // docker-cli-docs/version.md, "Get the server version": $ docker version --format '{{.Server.Version}}'
    const example = fs.readFileSync(page!, 'utf8').split('\n').find(l => /^\$ docker version --format .*Server\.Version/.test(l));
    assert.ok(example, 'version.md has the "Get the server version" example');
    assert.deepStrictEqual(engineCheckCommand('docker'), exampleArgv(example));
    // A docker.path setting replaces the program, never the question.
    assert.deepStrictEqual(engineCheckCommand('/opt/my docker/docker').slice(1), exampleArgv(example).slice(1));
    assert.strictEqual(engineCheckCommand('/opt/my docker/docker')[0], '/opt/my docker/docker');
  });

  it('composeProgramOf follows dockerCoach.compose.command as the manifest documents it', () => {
    // package.json's enum and enumDescriptions: a named program is used as named; `auto` uses what the probe
    // found, nothing when it found neither; until it answers, the current Compose, v2 (`docker compose`).
    assert.deepStrictEqual(settings['dockerCoach.compose.command'].enum, ['auto', 'docker compose', 'docker-compose']);
    assert.strictEqual(composeProgramOf('docker-compose', 'none'), 'docker-compose');
    assert.strictEqual(composeProgramOf('docker compose', 'docker-compose'), 'docker compose');
    assert.strictEqual(composeProgramOf('auto', 'docker-compose'), 'docker-compose');
    assert.strictEqual(composeProgramOf('auto', 'docker compose'), 'docker compose');
    assert.strictEqual(composeProgramOf('auto', 'none'), undefined);
    assert.strictEqual(composeProgramOf('auto', undefined), 'docker compose');
  });

  it('buildContextFrom reads dockerCoach.build.context, with the manifest\'s default when unset or not text', () => {
    const documented = settings['dockerCoach.build.context'].default;
    assert.strictEqual(documented, '', 'package.json: "Empty means the Dockerfile\'s own folder"');
    assert.strictEqual(buildContextFrom(() => undefined), documented);
    assert.strictEqual(buildContextFrom(() => 42), documented);
    assert.strictEqual(buildContextFrom(key => (key === 'build.context' ? '.' : undefined)), '.');
    assert.strictEqual(buildContextFrom(key => (key === 'build.context' ? 'backend-flask' : 'wrong key')), 'backend-flask');
  });

  it('ignoredCodes reads a `# coach-ignore <code>` line (README: "Ignore on this line"), and nothing else', () => {
    // README: the quick fix writes a `# coach-ignore <code>` comment; codes may be listed with commas or spaces.
    assert.deepStrictEqual(ignoredCodes('# coach-ignore MaintainerDeprecated'), new Set(['MaintainerDeprecated']));
    assert.deepStrictEqual(ignoredCodes('    #coach-ignore A, B  C'), new Set(['A', 'B', 'C']));
    assert.deepStrictEqual(ignoredCodes('# coach-ignore all'), new Set(['all']));
    assert.strictEqual(ignoredCodes('RUN echo hi # coach-ignore A'), undefined, 'only a whole comment line');
    assert.strictEqual(ignoredCodes('# coach-ignorer A'), undefined, 'a longer word is not the marker');
    assert.strictEqual(ignoredCodes('# a note about coach-ignore'), undefined);
  });

  it('renderHover draws the parts in the shape DESIGN.md gives a hover, each part only when it has something', () => {
    // DESIGN.md "What a hover says": the thing and its tags, what it does, In this line, Watch out, Reference,
    // From your notes (which render.ts puts right after In this line, so the learner's words show first).
    const md = renderHover({
      title: 'RUN', tags: ['build time', 'adds a layer'], what: 'Runs a command while the image is built.',
      inThisLine: ['Shell form: runs through `/bin/sh -c`.'], watchOut: ['Each RUN is a layer.'],
      docsUrl: 'https://docs.docker.com/reference/dockerfile/#run',
      notes: [{ text: 'RUN  bakes\tthings in', path: '/home/me/notes/week1.md', line: 4 }],
    });
    assert.strictEqual(md, [
      '`RUN` · build time · adds a layer',
      'Runs a command while the image is built.',
      '**In this line**\n\n- Shell form: runs through `/bin/sh -c`.',
      '**From your notes**\n\n> RUN bakes things in — [week1.md:5](file:///home/me/notes/week1.md#L5)',
      '**Watch out**\n\n- Each RUN is a layer.',
      '[Reference](https://docs.docker.com/reference/dockerfile/#run)',
    ].join('\n\n'));
    assert.strictEqual(renderHover({ title: 'a`b', what: 'Only what it does.' }), '``a`b``\n\nOnly what it does.');
  });

  it('ruleContent explains a BuildKit check under its own name, with the page BuildKit publishes for it', function () {
    const page = referenceFile(repoRoot, 'buildkit-dockerfile-docs', 'rules-json-args-recommended.md');
    needOrSkip(this, 'ruleContent against the BuildKit rule pages', page ? undefined : '../shared/reference/buildkit-dockerfile-docs/rules-json-args-recommended.md is missing');
    const front = fs.readFileSync(page!, 'utf8');
    const title = /^title: (\S+)$/m.exec(front)?.[1];
    const slug = /^ {2}- \/go\/dockerfile\/rule\/([a-z-]+)\/$/m.exec(front)?.[1];
    assert.strictEqual(title, 'JSONArgsRecommended');
    const content = ruleContent(title!, 'CMD node server.js is in shell form');
    assert.ok(content);
    assert.strictEqual(content.title, title);
    assert.strictEqual(content.tags?.[0], 'BuildKit build check');
    // docs.docker.com publishes each check at /reference/build-checks/<the page's short name>/.
    assert.strictEqual(content.docsUrl, `https://docs.docker.com/reference/build-checks/${slug}/`);
    assert.deepStrictEqual(content.inThisLine, ['CMD node server.js is in shell form']);
    assert.match(content.watchOut?.[0] ?? '', /^\*\*How to fix:\*\* /);
    assert.strictEqual(ruleContent(title!)?.inThisLine, undefined, 'no message, no "In this line"');
    assert.strictEqual(ruleContent('NoSuchRule'), undefined);
  });

  it('composeIgnoreFix puts `# coach-ignore <code>` on its own line above the problem, at its indentation', () => {
    const text = 'services:\n  web:\n    ports:\n      - "8080:80"\n';
    const diagnostic = composeDiagnostics(text).find(d => d.code === 'MissingImageOrBuild');
    assert.ok(diagnostic, 'a service with no image and no build is a problem');
    const fix = composeIgnoreFix(text, diagnostic);
    assert.strictEqual(fix.title, 'Ignore MissingImageOrBuild on this line');
    assert.deepStrictEqual(fix.edits, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: '  # coach-ignore MissingImageOrBuild\n' }]);
    // The fixed text has the problem no more: the fix does what it says.
    const fixed = text.split('\n');
    fixed.splice(1, 0, '  # coach-ignore MissingImageOrBuild');
    assert.ok(!composeDiagnostics(fixed.join('\n')).some(d => d.code === 'MissingImageOrBuild'));
  });

  it('snippetPrefixesInCompletions names the snippets whose prefix is itself an instruction or a service key', function () {
    // Written by hand from snippets/dockerfile.json and snippets/compose.json: the snippets whose prefix is the
    // very keyword or key their body starts with, so a completion item of that name already offers them.
    const dockerfile = ['cmd', 'healthcheck', 'label'];
    const compose = ['depends_on', 'env_file', 'healthcheck', 'logging', 'ports', 'profiles', 'restart'];
    assert.deepStrictEqual([...snippetPrefixesInCompletions('dockerfile')].sort(), dockerfile);
    assert.deepStrictEqual([...snippetPrefixesInCompletions('dockercompose')].sort(), compose);
    const instructions = dockerfileReferenceFlags(repoRoot);
    needOrSkip(this, 'the Dockerfile prefixes against the reference', instructions ? undefined : '../shared/reference/buildkit-dockerfile-docs/reference.md is missing');
    for (const p of dockerfile) assert.ok(instructions!.has(p.toUpperCase()), `${p.toUpperCase()} is an instruction of the Dockerfile reference`);
  });
});
