// SPDX-License-Identifier: MIT
// Walks the checklist of every instruction, flag, mount type, mount option and parser directive
// (a copy of the names in test/fixtures, independent of the knowledge tables) and asserts that hovering each
// one shows its own entry of the knowledge: a wiring check (the right entry reaches the right place). The
// names are independent; the texts are the tables' own, so whether a text is right is checked elsewhere
// (buildkitExamples.test.ts, hoverAccuracy.test.ts, and dockerfileCompletion.test.ts against the reference).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { explainDockerfile } from '../../../src/core/index';
import { dockerfileDirectives } from '../../../src/core/knowledge/dockerfileDirectives';
import { dockerfileFlags } from '../../../src/core/knowledge/dockerfileFlags';
import { mountOptions, mountTypes } from '../../../src/core/knowledge/dockerfileMounts';
import { predefinedArgs } from '../../../src/core/knowledge/predefinedArgs';
import { joinLines, positionOf } from '../helpers';

interface Checklist {
  instructions: string[];
  directives: string[];
  flags: Record<string, string[]>;
  runMountTypes: Record<string, string[]>;
  runNetworkValues: string[];
  runSecurityValues: string[];
  healthcheckDefaults: Record<string, string>;
  predefinedArgs: string[];
}

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const checklist = JSON.parse(fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'dockerfile-checklist.json'), 'utf8')) as Checklist;

/** A realistic value for each flag, so the hover has something to say about "this line". */
const flagValues: Record<string, string> = {
  '--platform': 'linux/arm64', '--mount': 'type=cache,target=/root/.cache', '--network': 'none', '--security': 'insecure',
  '--device': 'vendor1.com/device=foo', '--keep-git-dir': 'true', '--checksum': 'sha256:24454f830cdb', '--chmod': '644',
  '--chown': '1000:1000', '--link': 'true', '--unpack': 'false', '--exclude': '*.md', '--from': 'build', '--parents': 'true',
  '--interval': '10s', '--timeout': '5s', '--start-period': '1m', '--start-interval': '2s', '--retries': '5',
};
const optionValues: Record<string, string> = {
  target: '/x', source: '/src', from: 'build', rw: 'true', ro: 'true', id: 'cid', sharing: 'locked',
  mode: '0700', uid: '1000', gid: '1000', size: '64m', env: 'TOKEN', required: 'true',
};

function lineFor(instruction: string, flag: string): string {
  const f = `${flag}=${flagValues[flag]}`;
  switch (instruction) {
    case 'FROM': return `FROM ${f} alpine`;
    case 'RUN': return `RUN ${f} make`;
    case 'HEALTHCHECK': return `HEALTHCHECK ${f} CMD curl -f http://localhost/`;
    default: return `${instruction} ${f} src /dest/`;
  }
}

/**
 * How many names of each kind the Dockerfile reference lists, counted by hand in
 * ../shared/reference/buildkit-dockerfile-docs/reference.md, so a checklist that loses names, or a check
 * that skips some, fails here (the loops below would otherwise pass on an empty list).
 */
const fromReference = {
  instructions: 18, // the Overview table
  directives: 3, // "Parser directives": syntax, escape, check
  flags: 23, // FROM --platform (its syntax lines); "### RUN --…" 4, "### ADD --…" 7, "### COPY --…" 6; HEALTHCHECK's option list 5
  mountTypes: 5, // "### RUN --mount=type=…": bind, cache, tmpfs, secret, ssh
  mountOptions: 28, // rows of each type's option table: bind 4, cache 9, tmpfs 2, secret 7, ssh 6
  healthcheckDefaults: 5, // HEALTHCHECK's option list, each with its default
  runNetworkValues: 3, // "### RUN --network=…": default, none, host
  runSecurityValues: 2, // RUN --security=<sandbox|insecure>
  predefinedArgs: 18, // "Predefined ARGs" (10 proxy names) and "Automatic platform ARGs in the global scope" (8)
};
const referenceTotal = fromReference.instructions + fromReference.directives + fromReference.flags
  + fromReference.mountTypes + fromReference.mountOptions;

/** Explains every instruction keyword with its own summary; returns the checklist names it covered. */
function checkInstructions(): string[] {
  const covered: string[] = [];
  for (const name of checklist.instructions) {
    const text = joinLines('FROM alpine AS build', `${name} x`);
    const hover = explainDockerfile(text, { line: name === 'FROM' ? 0 : 1, character: 1 });
    assert.ok(hover?.markdown.startsWith(`\`${name}\``), name);
    assert.doesNotMatch(hover!.markdown, /unknown instruction/);
    covered.push(`instruction ${name}`);
  }
  return covered;
}

/** Explains every parser directive at the top, and calls it a plain comment further down; returns the checklist names it covered. */
function checkDirectives(): string[] {
  const covered: string[] = [];
  for (const name of checklist.directives) {
    const value = name === 'escape' ? '`' : name === 'check' ? 'skip=JSONArgsRecommended' : 'docker/dockerfile:1';
    const text = joinLines(`# ${name}=${value}`, 'FROM alpine', `# ${name}=${value}`);
    const top = explainDockerfile(text, { line: 0, character: 3 })?.markdown ?? '';
    assert.match(top, /parser directive/, name);
    assert.ok(top.includes(dockerfileDirectives[name as keyof typeof dockerfileDirectives].summary), name);
    const later = explainDockerfile(text, { line: 2, character: 3 })?.markdown ?? '';
    assert.match(later, /plain comment/, name);
    assert.match(later, /first instruction \(line 2\)/, name);
    covered.push(`directive ${name}`);
  }
  return covered;
}

/** Explains every flag of every instruction with its value in this line; returns the checklist names it covered. */
function checkFlags(): string[] {
  const covered: string[] = [];
  for (const [instruction, flags] of Object.entries(checklist.flags)) {
    for (const flag of flags) {
      const text = joinLines('FROM alpine AS build', lineFor(instruction, flag));
      const hover = explainDockerfile(text, positionOf(text, flag, 2));
      const md = hover?.markdown ?? '';
      assert.ok(md.startsWith(`\`${flag}\` · ${instruction} flag`), `${instruction} ${flag}: ${md.slice(0, 60)}`);
      const docs = (dockerfileFlags as Record<string, Record<string, { summary: string }>>)[instruction][flag];
      assert.ok(md.includes(docs.summary), `${instruction} ${flag} summary`);
      assert.match(md, /\*\*In this line\*\*/, `${instruction} ${flag} has a fact about this line`);
      assert.doesNotMatch(md, /is not one of|not a duration|unknown flag/, `${instruction} ${flag} value accepted`);
      covered.push(`flag ${instruction} ${flag}`);
    }
  }
  return covered;
}

/** Explains every mount type; returns the checklist names it covered. */
function checkMountTypes(): string[] {
  const covered: string[] = [];
  for (const type of Object.keys(checklist.runMountTypes)) {
    const text = joinLines('FROM alpine', `RUN --mount=type=${type},target=/x make`);
    const md = explainDockerfile(text, positionOf(text, `type=${type}`, 6))?.markdown ?? '';
    assert.ok(md.startsWith(`\`type=${type}\` · mount type`), type);
    assert.ok(md.includes(mountTypes[type as keyof typeof mountTypes].summary), type);
    covered.push(`mount type ${type}`);
  }
  return covered;
}

/** Explains every option of every mount type, for that type; returns the checklist names it covered. */
function checkMountOptions(): string[] {
  const covered: string[] = [];
  for (const [type, options] of Object.entries(checklist.runMountTypes)) {
    for (const option of options) {
      const text = joinLines('FROM alpine AS build', 'FROM alpine', `RUN --mount=type=${type},${option}=${optionValues[option]} make`);
      const md = explainDockerfile(text, positionOf(text, `,${option}=`, 1))?.markdown ?? '';
      assert.ok(md.startsWith(`\`${option}\` · --mount option · type=${type}`), `${type} ${option}: ${md.slice(0, 60)}`);
      assert.ok(md.includes(mountOptions[option as keyof typeof mountOptions].summary), `${type} ${option} summary`);
      assert.doesNotMatch(md, /is not an option of/, `${type} ${option} belongs to the type`);
      covered.push(`mount option ${type} ${option}`);
    }
  }
  return covered;
}

describe('checklist coverage (test/fixtures/dockerfile-checklist.json): each name reaches its own entry', () => {
  it('explains every instruction keyword with its own summary', () => {
    assert.strictEqual(checkInstructions().length, fromReference.instructions);
  });

  it('explains every parser directive at the top, and calls it a plain comment further down', () => {
    assert.strictEqual(checkDirectives().length, fromReference.directives);
  });

  it('explains every flag of every instruction with its value in this line', () => {
    assert.strictEqual(checkFlags().length, fromReference.flags);
  });

  it('gives the HEALTHCHECK defaults from the checklist', () => {
    assert.strictEqual(Object.keys(checklist.healthcheckDefaults).length, fromReference.healthcheckDefaults);
    for (const [flag, def] of Object.entries(checklist.healthcheckDefaults)) {
      const text = joinLines('FROM alpine', lineFor('HEALTHCHECK', flag));
      const md = explainDockerfile(text, positionOf(text, flag, 2))!.markdown;
      assert.ok(md.includes(`default: ${def}`), `${flag} default ${def}`);
      assert.ok(md.includes(`default ${def})`) || flag === '--retries' && md.includes(`(default ${def})`), `${flag} compares with ${def}`);
    }
  });

  it('explains each RUN --network and --security value', () => {
    assert.strictEqual(checklist.runNetworkValues.length, fromReference.runNetworkValues);
    assert.strictEqual(checklist.runSecurityValues.length, fromReference.runSecurityValues);
    for (const [flag, values] of [['--network', checklist.runNetworkValues], ['--security', checklist.runSecurityValues]] as const) {
      for (const v of values) {
        const text = joinLines('FROM alpine', `RUN ${flag}=${v} make`);
        const md = explainDockerfile(text, positionOf(text, flag, 2))!.markdown;
        const meaning = (dockerfileFlags.RUN[flag] as { values: Record<string, string> }).values[v];
        assert.ok(md.includes(`\`${flag}=${v}\`: ${meaning}`), `${flag}=${v}`);
      }
    }
  });

  it('explains every mount type', () => {
    assert.strictEqual(checkMountTypes().length, fromReference.mountTypes);
  });

  it('explains every option of every mount type, for that type', () => {
    assert.strictEqual(checkMountOptions().length, fromReference.mountOptions);
  });

  it('knows every predefined ARG', () => {
    assert.strictEqual(checklist.predefinedArgs.length, fromReference.predefinedArgs);
    for (const name of checklist.predefinedArgs) {
      const text = joinLines('FROM alpine', `RUN echo $${name}`);
      const md = explainDockerfile(text, positionOf(text, `$${name}`, 1))?.markdown ?? '';
      assert.ok(md.includes(predefinedArgs[name as keyof typeof predefinedArgs].summary), name);
      assert.match(md, /predefined ARG/, name);
    }
  });

  // Runs every covering check itself, so it passes alone or under --grep (no state left by the tests above).
  it('covers as many names as the reference lists, each once', () => {
    const covered = [...checkInstructions(), ...checkDirectives(), ...checkFlags(), ...checkMountTypes(), ...checkMountOptions()];
    console.log(`    checklist coverage: ${covered.length}/${referenceTotal} names of the reference`);
    assert.strictEqual(new Set(covered).size, covered.length, 'each name counted once');
    assert.strictEqual(covered.length, referenceTotal);
  });
});
