// SPDX-License-Identifier: MIT
// The catalogue's patterns run over up to 64 KB of terminal output, often one long line (a progress bar, a
// base64 blob). A pattern that opens with a repeated class (`(\S+) is not …`) tries every start in a word
// and reads to its end from each: a 64 KB word cost 5 s per pattern. Each such opening stands after a
// lookbehind, so only the start of a word is tried; the match is the same, as the leftmost start wins.
import * as assert from 'assert';
import { explainDockerFailure, failureKinds } from '../../../src/core/index';
import { dockerErrors } from '../../../src/core/knowledge/dockerErrors';

/** The top-level alternatives of a pattern's source. */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0, current = '', inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { current += c + source[++i]; continue; }
    if (inClass) { if (c === ']') inClass = false; current += c; continue; }
    if (c === '[') inClass = true;
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === '|' && depth === 0) { out.push(current); current = ''; continue; }
    current += c;
  }
  out.push(current);
  return out;
}

/**
 * An alternative that opens (in a group or not) with a class repeated without bound, after at most three
 * single characters or classes: `(\S+)`, `\w*`, `[^"]+`, `.*`, `(--[\w-]+)`, `([a-z][^\n]*)`. Each start such an
 * opening allows is read to the end of the run.
 */
const OPENS_WITH_A_RUN = /^(?:\((?:\?:)?)?(?:[^\\()[\]|.*+?{}^$]|\\[^SswWdDbB]|\[[^\]]*\]){0,3}(?:\\[SswWdD]|\.|\[[^\]]*\])[+*]/;

describe('failure catalogue patterns on long lines', () => {
  const patterns = [
    ...failureKinds.flatMap(k => k.patterns.map(p => ({ where: `kind ${k.code}`, pattern: p }))),
    ...Object.entries(dockerErrors).flatMap(([name, e]) => e.patterns.map(p => ({ where: `dockerErrors.${name}`, pattern: p }))),
  ];

  it('no pattern opens with an unbounded run that every start in a word would try', () => {
    assert.ok(patterns.length > 200, `only ${patterns.length} patterns read`);
    const costly = patterns.flatMap(({ where, pattern }) => alternatives(pattern.source).filter(a => OPENS_WITH_A_RUN.test(a)).map(a => `${where}: ${a}`));
    assert.deepStrictEqual(costly, []);
  });

  it('still reads the errors those patterns are for, after a word and inside a line', () => {
    const mac = explainDockerFailure({ commandLine: 'docker run --mac-address 92:d0 nginx', output: "docker: 92:d0 is not a valid mac address.\nSee 'docker run --help'.\n", exitCode: 125 });
    assert.strictEqual(mac?.code, 'InvalidRunOption');
    // A 64 KB line with no space, then the same error: read at once, counted by the answer, not timed.
    const long = explainDockerFailure({ commandLine: 'docker run --mac-address 92:d0 nginx', output: `${'x'.repeat(64 * 1024)}\ndocker: 92:d0 is not a valid mac address.\n`, exitCode: 125 });
    assert.strictEqual(long?.code, 'InvalidRunOption');
    assert.strictEqual(explainDockerFailure({ commandLine: 'docker run -p 80:80 x', output: `Error ${'x'.repeat(200000)}`, exitCode: 125 }), undefined);
    // Compose's YAML error as PyYAML words it, after a 64 KB line of letters; and a 64 KB run of dashes.
    const yaml = explainDockerFailure({ commandLine: 'docker-compose up', output: `${'a'.repeat(64 * 1024)}\nERROR: yaml.scanner.ScannerError: mapping values are not allowed here\n  in "./docker-compose.yml", line 7, column 12\n`, exitCode: 1 });
    assert.strictEqual(yaml?.code, 'ComposeYamlError');
    assert.match(yaml?.markdown ?? '', /line 7 is not valid YAML \(mapping values are not allowed here\)/);
    assert.strictEqual(explainDockerFailure({ commandLine: 'docker compose up', output: '-'.repeat(64 * 1024), exitCode: 1 }), undefined);
    const flags = explainDockerFailure({ commandLine: 'docker compose up -d --abort-on-container-exit', output: `${'-'.repeat(64 * 1024)}\n--detach cannot be combined with --abort-on-container-exit\n`, exitCode: 1 });
    assert.strictEqual(flags?.code, 'ComposeIncompatibleFlags');
  });
});
