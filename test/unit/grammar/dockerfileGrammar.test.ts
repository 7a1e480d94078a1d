// SPDX-License-Identifier: MIT
// Token scopes from syntaxes/dockerfile.tmLanguage.json, through vscode-textmate and the oniguruma
// WASM engine, for each construct the grammar claims to handle.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { dumpTokens, readFixture, repoRoot, Token, tokenize, vscodeShellGrammar } from '../../grammar/tokenizeFile';
import { expandSnippet, SnippetEntry } from '../snippets/expandSnippet';

/** The scopes of the first token on `line` whose text is exactly `text`. */
function scopesOf(tokens: Token[], line: number, text: string): string[] {
  const token = tokens.find((t) => t.line === line && t.text === text);
  assert.ok(token, `no token ${JSON.stringify(text)} on line ${line}:\n${dumpTokens(tokens.filter((t) => t.line === line))}`);
  return token.scopes;
}

function assertScope(tokens: Token[], line: number, text: string, scope: string): void {
  const scopes = scopesOf(tokens, line, text);
  assert.ok(scopes.some((s) => s === scope || s.startsWith(`${scope}.`)),
    `${JSON.stringify(text)} on line ${line} should be ${scope}, is ${scopes.join(' ')}`);
}

function assertNoScope(tokens: Token[], line: number, text: string, scope: string): void {
  const scopes = scopesOf(tokens, line, text);
  assert.ok(!scopes.some((s) => s === scope || s.startsWith(`${scope}.`)),
    `${JSON.stringify(text)} on line ${line} should not be ${scope}, is ${scopes.join(' ')}`);
}

/** Joins every token on a line that carries `scope` (tokens can split a run of text). */
function textWithScope(tokens: Token[], line: number, scope: string): string {
  return tokens.filter((t) => t.line === line && t.scopes.some((s) => s === scope || s.startsWith(`${scope}.`)))
    .map((t) => t.text).join('');
}

describe('Dockerfile grammar', () => {
  describe('heredocMounts.dockerfile', () => {
    let tokens: Token[];
    before(async () => {
      tokens = await tokenize(readFixture('heredocMounts.dockerfile'));
    });

    it('scopes parser directives at the top as directives, not comments', () => {
      assertScope(tokens, 0, 'syntax', 'keyword.other.directive');
      assertScope(tokens, 0, 'docker/dockerfile:1', 'string.unquoted.directive-value');
      assertScope(tokens, 1, 'check', 'keyword.other.directive');
      assertNoScope(tokens, 1, 'check', 'comment');
    });

    it('splits FROM into image, tag, AS and stage name', () => {
      assertScope(tokens, 3, 'FROM', 'keyword.other.instruction');
      assertScope(tokens, 3, 'python', 'entity.name.type.image');
      assertScope(tokens, 3, '3.12-slim', 'entity.name.tag.image-tag');
      assertScope(tokens, 3, 'AS', 'keyword.other.as');
      assertScope(tokens, 3, 'builder', 'entity.name.type.stage');
    });

    it('scopes ${VAR:-default} as variable, operator and default value', () => {
      assertScope(tokens, 4, 'PIP_INDEX', 'variable.other.definition');
      assertScope(tokens, 4, '${', 'punctuation.definition.variable.begin');
      assert.deepStrictEqual(tokens.filter((t) => t.line === 4 && t.scopes.includes('variable.other.dockerfile')).map((t) => t.text), ['PIP_INDEX']);
      assertScope(tokens, 4, ':-', 'keyword.operator.expansion');
      assertScope(tokens, 4, 'https://pypi.org/simple', 'string.unquoted.default');
      assertScope(tokens, 4, '}', 'punctuation.definition.variable.end');
    });

    it('scopes --mount as a flag and its keys and values separately, across continuation lines', () => {
      assertScope(tokens, 6, 'RUN', 'keyword.other.instruction');
      assert.strictEqual(textWithScope(tokens, 6, 'variable.parameter.flag'), '--mount=');
      assertScope(tokens, 6, 'type', 'entity.other.attribute-name.flag-key');
      assertScope(tokens, 6, 'cache', 'string.unquoted.flag-value');
      assertScope(tokens, 6, ',', 'punctuation.separator.comma');
      assertScope(tokens, 6, 'target', 'entity.other.attribute-name.flag-key');
      assertScope(tokens, 6, '/root/.cache/pip', 'string.unquoted.flag-value');
      assertScope(tokens, 6, '\\', 'constant.character.escape.line-continuation');
      // The second --mount sits on a continuation line and is still a flag of the same RUN.
      assert.strictEqual(textWithScope(tokens, 7, 'variable.parameter.flag'), '--mount=');
      assertScope(tokens, 7, 'bind', 'string.unquoted.flag-value');
      assertScope(tokens, 7, '--', 'meta.instruction');
    });

    it('does not take flags of the shell command for Dockerfile flags', () => {
      const command = tokens.filter((t) => t.line === 8).map((t) => t.text).join('');
      assert.strictEqual(command, '    pip install --no-cache-dir -r requirements.txt');
      assert.strictEqual(textWithScope(tokens, 8, 'variable.parameter.flag'), '');
      assertScope(tokens, 8, 'pip install --no-cache-dir -r requirements.txt', 'meta.arguments.run');
    });

    it('embeds the RUN heredoc body as source.shell and ends it at EOF', () => {
      assertScope(tokens, 9, '<<', 'keyword.operator.heredoc');
      assertScope(tokens, 9, 'EOF', 'entity.name.tag.heredoc');
      for (let line = 10; line <= 13; line++) {
        const body = tokens.filter((t) => t.line === line);
        assert.ok(body.length > 0 && body.every((t) => t.scopes.includes('source.shell') && t.scopes.includes('meta.embedded.block.shell')),
          `line ${line} should be shell:\n${dumpTokens(body)}`);
      }
      assertScope(tokens, 11, 'if', 'keyword.control.shell'); // from the (stand-in) shell grammar
      assertScope(tokens, 14, 'EOF', 'entity.name.tag.heredoc');
      assertNoScope(tokens, 14, 'EOF', 'source.shell');
      // After the terminator the Dockerfile goes on.
      assertScope(tokens, 15, 'COPY', 'keyword.other.instruction');
      assertNoScope(tokens, 15, 'COPY', 'meta.heredoc');
    });

    it('treats a COPY heredoc body as file text, and <<- allows a tab-indented terminator', () => {
      assertScope(tokens, 15, '<<-', 'keyword.operator.heredoc');
      assertScope(tokens, 16, '\tWelcome to Cruddur', 'string.unquoted.heredoc');
      assertNoScope(tokens, 16, '\tWelcome to Cruddur', 'source.shell');
      assertScope(tokens, 17, 'EOT', 'entity.name.tag.heredoc');
      assertScope(tokens, 18, 'CMD', 'keyword.other.instruction');
    });

    it('scopes the exec form as a JSON array of strings', () => {
      assertScope(tokens, 18, '[', 'punctuation.definition.array.begin');
      assertScope(tokens, 18, 'python3', 'string.quoted.double.json');
      assertScope(tokens, 18, ',', 'punctuation.separator.array');
      assertScope(tokens, 18, '--host=0.0.0.0', 'string.quoted.double.json');
      assertNoScope(tokens, 18, '--host=0.0.0.0', 'variable.parameter.flag');
      assertScope(tokens, 18, ']', 'punctuation.definition.array.end');
    });

    it('scopes shell form with its variables and operators', () => {
      assertScope(tokens, 19, 'ENTRYPOINT', 'keyword.other.instruction');
      assertScope(tokens, 19, 'HOME', 'variable.other');
      assertScope(tokens, 19, '&&', 'keyword.operator.shell');
      assertNoScope(tokens, 19, 'HOME', 'meta.exec-form');
    });
  });

  describe('escapeBacktick.dockerfile', () => {
    let tokens: Token[];
    before(async () => {
      tokens = await tokenize(readFixture('escapeBacktick.dockerfile'));
    });

    it('reads the escape directive and the directive after it', () => {
      assertScope(tokens, 0, 'escape', 'keyword.other.directive');
      assertScope(tokens, 0, '`', 'constant.character.escape.directive-value');
      assertScope(tokens, 1, 'syntax', 'keyword.other.directive');
    });

    it('does not continue a line that ends in a backslash (a Windows path)', () => {
      assertScope(tokens, 4, 'COPY', 'keyword.other.instruction');
      assertNoScope(tokens, 4, 'testfile.txt c:\\', 'constant.character.escape.line-continuation');
      assertScope(tokens, 5, 'RUN', 'keyword.other.instruction');
      assertScope(tokens, 6, 'RUN', 'keyword.other.instruction');
    });

    it('continues a line that ends in a backtick', () => {
      assertScope(tokens, 6, '`', 'constant.character.escape.line-continuation');
      assertScope(tokens, 7, '    Write-Host ', 'meta.arguments.run');
    });

    it('treats a directive-looking line below the instructions as a comment', () => {
      assertScope(tokens, 8, '#', 'comment.line.number-sign');
      assertScope(tokens, 8, ' check=skip=all', 'comment.line.number-sign');
      assertScope(tokens, 9, 'WORKDIR', 'keyword.other.instruction');
    });
  });

  describe('onbuildCase.dockerfile', () => {
    let tokens: Token[];
    before(async () => {
      tokens = await tokenize(readFixture('onbuildCase.dockerfile'));
    });

    it('finds instructions in any letter case', () => {
      assertScope(tokens, 0, 'from', 'keyword.other.instruction');
      assertScope(tokens, 0, 'as', 'keyword.other.as');
      assertScope(tokens, 0, 'base', 'entity.name.type.stage');
      assertScope(tokens, 1, 'Run', 'keyword.other.instruction');
      assertScope(tokens, 3, 'onbuild', 'keyword.other.onbuild');
      assertScope(tokens, 3, 'run', 'keyword.other.instruction');
    });

    it('scopes ONBUILD and the instruction it wraps, with that instruction\'s flags', () => {
      assertScope(tokens, 2, 'ONBUILD', 'keyword.other.onbuild');
      assertScope(tokens, 2, 'COPY', 'keyword.other.instruction');
      assert.strictEqual(textWithScope(tokens, 2, 'variable.parameter.flag'), '--chown=');
      assertScope(tokens, 2, 'node:node', 'string.unquoted.flag-value');
      assertScope(tokens, 4, 'ONBUILD', 'keyword.other.onbuild');
    });

    it('scopes EXPOSE ports, protocols and variables', () => {
      assertScope(tokens, 5, '3000', 'constant.numeric.port');
      assertScope(tokens, 5, 'tcp', 'constant.language.protocol');
      assertScope(tokens, 5, 'PORT', 'variable.other');
    });

    it('scopes ENV names, and $PATH inside a value', () => {
      assertScope(tokens, 6, 'NODE_ENV', 'variable.other.definition');
      assertScope(tokens, 6, 'PATH', 'variable.other.definition');
      const uses = tokens.filter((t) => t.line === 6 && t.text === 'PATH').map((t) => t.scopes.at(-1));
      assert.deepStrictEqual(uses, ['variable.other.definition.dockerfile', 'variable.other.dockerfile']);
    });

    it('scopes HEALTHCHECK flags and its CMD in exec form', () => {
      assert.strictEqual(textWithScope(tokens, 7, 'variable.parameter.flag'), '--interval=--timeout=');
      assertScope(tokens, 7, 'CMD', 'keyword.other.instruction');
      assertScope(tokens, 7, 'curl', 'string.quoted.double.json');
    });

    it('shows single quotes as shell form, not exec form', () => {
      // ['npm', 'start'] is not JSON, so Docker runs it through /bin/sh -c.
      assertScope(tokens, 8, 'npm', 'string.quoted.single');
      assertNoScope(tokens, 8, 'npm', 'meta.exec-form');
    });

    it('leaves $HOME alone in exec form, where no shell expands it', () => {
      assertScope(tokens, 9, '$HOME', 'string.quoted.double.json');
      assertNoScope(tokens, 9, '$HOME', 'variable.other');
    });
  });

  describe('commentsNotDirectives.dockerfile', () => {
    let tokens: Token[];
    before(async () => {
      tokens = await tokenize(readFixture('commentsNotDirectives.dockerfile'));
    });

    it('ignores directives after a plain comment or an instruction', () => {
      assertScope(tokens, 1, ' escape=`', 'comment.line.number-sign');
      assertScope(tokens, 3, ' syntax=docker/dockerfile:1', 'comment.line.number-sign');
      // So the backtick on line 7 is not a continuation, and LABEL on line 8 starts afresh.
      assertScope(tokens, 8, 'LABEL', 'keyword.other.instruction');
    });

    it('keeps a comment line inside a continued RUN as a comment and carries on after it', () => {
      assertScope(tokens, 4, '\\', 'constant.character.escape.line-continuation');
      assertScope(tokens, 5, '#', 'punctuation.definition.comment');
      assertScope(tokens, 5, '#', 'meta.instruction');
      assertScope(tokens, 6, '&&', 'keyword.operator.shell');
      assertScope(tokens, 6, '&&', 'meta.instruction');
    });

    it('scopes a variable inside a double-quoted LABEL value', () => {
      assertScope(tokens, 8, 'org.opencontainers.image.title', 'variable.other.definition');
      assertScope(tokens, 8, 'VERSION', 'variable.other');
      assertScope(tokens, 8, 'VERSION', 'string.quoted.double');
    });
  });

  describe('moreForms.dockerfile', () => {
    let tokens: Token[];
    before(async () => {
      tokens = await tokenize(readFixture('moreForms.dockerfile'));
    });

    it('scopes --platform=$VAR, a digest and the stage name in FROM', () => {
      assert.strictEqual(textWithScope(tokens, 0, 'variable.parameter.flag'), '--platform=');
      assertScope(tokens, 0, 'BUILDPLATFORM', 'variable.other');
      assertScope(tokens, 0, 'golang', 'entity.name.type.image');
      assertScope(tokens, 0, 'sha256:abc', 'constant.other.digest');
      assertScope(tokens, 0, 'build', 'entity.name.type.stage');
    });

    it('scopes RUN, SHELL and VOLUME exec forms as JSON arrays', () => {
      assertScope(tokens, 1, 'echo', 'string.quoted.double.json');
      assertScope(tokens, 5, 'powershell', 'string.quoted.double.json');
      assertScope(tokens, 6, '/data', 'string.quoted.double.json');
    });

    it('takes only the first word of the old `ENV key value` form as the name', () => {
      assertScope(tokens, 2, 'OLD', 'variable.other.definition');
      assertNoScope(tokens, 2, ' value here', 'variable.other.definition');
    });

    it('handles an indented instruction whose arguments start on the next line', () => {
      assertScope(tokens, 3, 'RUN', 'keyword.other.instruction');
      assertScope(tokens, 4, 'echo indented', 'meta.arguments.run');
    });

    it('reads a quoted heredoc word and the command after it', () => {
      assertScope(tokens, 8, 'EOT', 'entity.name.tag.heredoc');
      assertScope(tokens, 9, '$HOME', 'source.shell');
      assertScope(tokens, 10, 'EOT', 'entity.name.tag.heredoc');
    });

    it('marks a second heredoc on one line and still finds the instructions after them', () => {
      assertScope(tokens, 11, 'B', 'entity.name.tag.heredoc');
      assertScope(tokens, 13, 'A', 'entity.name.tag.heredoc');
      assertScope(tokens, 16, 'USER', 'keyword.other.instruction');
      assertScope(tokens, 17, 'COPY', 'keyword.other.instruction');
    });

    it('scopes HEALTHCHECK NONE and a shell-form HEALTHCHECK CMD', () => {
      assertScope(tokens, 19, 'NONE', 'constant.language.none');
      assertScope(tokens, 20, 'CMD', 'keyword.other.instruction');
      assertScope(tokens, 20, '||', 'keyword.operator.shell');
    });

    it('shows JSON escapes, and single quotes inside a JSON array as invalid', () => {
      assertScope(tokens, 21, '\\"', 'constant.character.escape');
      assertScope(tokens, 21, "'bad'", 'invalid.illegal.single-quote');
    });

    it('shows \\$FOO as an escape, not a variable', () => {
      assertScope(tokens, 22, '\\$', 'constant.character.escape');
      assertNoScope(tokens, 22, 'FOO /quux', 'variable.other');
    });

    it('keeps a shell test bracket in shell form', () => {
      assertScope(tokens, 18, 'if [ ', 'meta.arguments.run');
      assertNoScope(tokens, 18, 'if [ ', 'meta.exec-form');
    });
  });

  describe('agrees with dockerfile-ast on where instructions start', () => {
    const assertKeywordsAgree = async (text: string): Promise<void> => {
      const tokens = await tokenize(text);
      for (const instruction of DockerfileParser.parse(text).getInstructions()) {
        const { line, character } = instruction.getInstructionRange().start;
        const keyword = instruction.getInstruction();
        const token = tokens.find((t) => t.line === line && t.text === keyword);
        assert.ok(token, `${keyword} on line ${line} (col ${character}) has no token of its own`);
        assert.ok(token.scopes.some((s) => s.startsWith('keyword.other.instruction') || s.startsWith('keyword.other.onbuild')),
          `${keyword} on line ${line}: ${token.scopes.join(' ')}`);
      }
      // And the other way round: no heredoc body or continuation line is coloured as an instruction.
      const starts = new Set(DockerfileParser.parse(text).getInstructions().map((i) => i.getInstructionRange().start.line));
      for (const token of tokens) {
        const isKeyword = token.scopes.some((s) => s.startsWith('keyword.other.instruction') || s.startsWith('keyword.other.onbuild'));
        const inHealthcheck = token.scopes.some((s) => s.startsWith('meta.arguments.healthcheck'));
        assert.ok(!isKeyword || inHealthcheck || starts.has(token.line), `${token.text} on line ${token.line} is not an instruction`);
      }
    };
    const files = [
      ...['heredocMounts', 'escapeBacktick', 'onbuildCase', 'commentsNotDirectives', 'moreForms']
        .map((name) => path.join(repoRoot, 'test', 'grammar', 'fixtures', `${name}.dockerfile`)),
      path.join(repoRoot, 'samples', 'backend-flask', 'Dockerfile'),
      path.join(repoRoot, 'samples', 'frontend-react-js', 'Dockerfile'),
      path.join(repoRoot, 'samples', 'backend-flask', 'Dockerfile.prod'),
    ]; // no filter: a renamed sample fails its test instead of dropping it

    for (const file of files) {
      it(path.relative(repoRoot, file), async () => {
        await assertKeywordsAgree(fs.readFileSync(file, 'utf8'));
      });
    }

    it('every Dockerfile snippet, expanded', async () => {
      const snippets: Record<string, SnippetEntry> = JSON.parse(fs.readFileSync(path.join(repoRoot, 'snippets', 'dockerfile.json'), 'utf8'));
      for (const entry of Object.values(snippets)) {
        await assertKeywordsAgree(expandSnippet(entry));
      }
    });
  });

  it('never throws on broken or odd input', async () => {
    const inputs = ['', '\\', 'RUN <<', 'RUN <<EOF\nno end', 'CMD ["a", ', '# escape=`\nRUN a `\n', 'FROM ${', '\u0000\u0001\u00ff', 'ENV a=${b:-${c', 'RUN --mount=', '\r\n\r\n'];
    for (const input of inputs) await assert.doesNotReject(tokenize(input), JSON.stringify(input));
  });
});

describe('Dockerfile grammar with VS Code\'s own shell grammar', () => {
  before(function () {
    if (!fs.existsSync(vscodeShellGrammar)) {
      console.log('    (skipped: no code-server in .vscode-test yet; npm run test:integration installs it)');
      this.skip();
    }
  });

  it('highlights the heredoc body with the real shell grammar and still ends it at EOF', async () => {
    const tokens = await tokenize(readFixture('heredocMounts.dockerfile'), vscodeShellGrammar);
    const body = tokens.filter((t) => t.line >= 10 && t.line <= 13);
    assert.ok(body.every((t) => t.scopes.includes('source.shell')), dumpTokens(body));
    // The real grammar adds its own scopes inside the body (keywords, strings, variables).
    assert.ok(body.some((t) => t.scopes.some((s) => s.endsWith('.shell') && s !== 'source.shell' && !s.startsWith('meta.embedded'))), dumpTokens(body));
    assertScope(tokens, 14, 'EOF', 'entity.name.tag.heredoc');
    assertScope(tokens, 15, 'COPY', 'keyword.other.instruction');
  });

  it('recovers after a heredoc line with an unclosed quote', async () => {
    const text = ['FROM busybox', 'RUN <<EOF', "echo 'unclosed", 'EOF', 'USER app', ''].join('\n');
    const tokens = await tokenize(text, vscodeShellGrammar);
    assertScope(tokens, 3, 'EOF', 'entity.name.tag.heredoc');
    assertScope(tokens, 4, 'USER', 'keyword.other.instruction');
  });
});
