// SPDX-License-Identifier: MIT
// What Docker's builder refuses about the file as a whole: the parser directives at its top, and a file with
// no stage. Docker's own errors are quoted from moby/buildkit at 73ed6825 (the commit of ../shared/reference).
import * as assert from 'assert';
import { dockerfileDiagnostics } from '../../../src/core/diagnostics/dockerfileDiagnostics';
import { joinLines } from '../helpers';

const found = (text: string, code: string) => dockerfileDiagnostics(text).filter(d => d.code === code);

describe('whole-file refusals of Docker\'s builder', () => {
  it('InvalidParserDirective: escape is \\ or `, and each directive comes once', () => {
    // frontend/dockerfile/parser/parser.go:155: "invalid escape token '%s' does not match ` or \\\\"
    const bad = found(joinLines('# escape=^', 'FROM alpine:3.20'), 'InvalidParserDirective');
    assert.deepStrictEqual(bad.map(d => [d.range.start.line, d.range.start.character, d.range.end.character]), [[0, 0, 10]]);
    assert.match(bad[0].message, /"invalid escape token '\^' does not match ` or \\"/);
    // parser/directives.go:81: "only one %s parser directive can be used"
    const twice = found(joinLines('# syntax=docker/dockerfile:1', '#escape=`', '# ESCAPE = \\', 'FROM alpine:3.20'), 'InvalidParserDirective');
    assert.deepStrictEqual(twice.map(d => d.range.start.line), [2]);
    assert.match(twice[0].message, /"only one escape parser directive can be used"/);
    // Near misses: the two allowed tokens; a directive after a plain comment or a blank line is a comment
    // (directives.go stops at the first line that is not one); an unknown name ends the directives too.
    for (const ok of [joinLines('# escape=`', 'FROM alpine:3.20'), joinLines('  # escape = \\', 'FROM alpine:3.20'), joinLines('# hello', '# escape=^', 'FROM alpine:3.20'),
      joinLines('', '# escape=^', 'FROM alpine:3.20'), joinLines('# foo=bar', '# escape=^', 'FROM alpine:3.20'), joinLines('FROM alpine:3.20', '# escape=^')]) {
      assert.deepStrictEqual(found(ok, 'InvalidParserDirective').map(d => d.message), [], ok);
    }
  });

  it('NoBuildStage: comments only, or ARG only', () => {
    // frontend/dockerfile/parser/parser.go:404: "file with no instructions"
    assert.match(found(joinLines('# TODO: write the build', ''), 'NoBuildStage')[0].message, /"file with no instructions"/);
    // dockerfile2llb/convert.go:278: "dockerfile contains no stages to build"
    const args = found(joinLines('ARG PYTHON=3.12', 'ARG PORT=8000'), 'NoBuildStage');
    assert.deepStrictEqual(args.map(d => d.range.start.line), [0]);
    assert.match(args[0].message, /"dockerfile contains no stages to build"/);
    // Near misses: a blank file (just created), a FROM after ARG, and RUN with no FROM (InstructionBeforeFrom's).
    for (const ok of ['', '\n\n', joinLines('ARG V=3.20', 'FROM alpine:${V}'), 'RUN echo hi\n']) assert.deepStrictEqual(found(ok, 'NoBuildStage'), [], JSON.stringify(ok));
  });
});
