// SPDX-License-Identifier: MIT
// Loads syntaxes/dockerfile.tmLanguage.json into vscode-textmate (with the oniguruma WASM engine)
// and tokenizes text line by line, as VS Code does.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

/** The repository root, found from this file's place in out/test/grammar or test/grammar. */
export const repoRoot = findRepoRoot(__dirname);

function findRepoRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`no package.json above ${start}`);
    }
    dir = parent;
  }
  return dir;
}

export interface Token {
  line: number;
  text: string;
  scopes: string[];
}

/**
 * Test-only stand-in for source.shell: plain Node has no shell grammar, the real VS Code brings
 * its own (extensions/shellscript). Tests can pass VS Code's file instead when it is installed.
 */
export const shellStandIn = path.join(repoRoot, 'test', 'grammar', 'shellStandIn.tmLanguage.json');

/** VS Code's own shell grammar, inside the code-server the test host installs (may be absent). */
export const vscodeShellGrammar = path.join(repoRoot, '.vscode-test', 'code-server', 'node_modules', 'code-server',
  'lib', 'vscode', 'extensions', 'shellscript', 'syntaxes', 'shell-unix-bash.tmLanguage.json');

const grammars = new Map<string, Promise<textmate.IGrammar>>();
let wasmLoaded: Promise<void> | undefined;

/** The Dockerfile grammar with the given source.shell grammar, loaded once per test run. */
export function dockerfileGrammar(shellGrammar = shellStandIn): Promise<textmate.IGrammar> {
  let grammar = grammars.get(shellGrammar);
  if (!grammar) {
    grammar = loadGrammar(shellGrammar);
    grammars.set(shellGrammar, grammar);
  }
  return grammar;
}

function loadWasm(): Promise<void> {
  wasmLoaded ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  })();
  return wasmLoaded;
}

async function loadGrammar(shellGrammar: string): Promise<textmate.IGrammar> {
  await loadWasm();
  const grammarFiles: Record<string, string> = {
    'source.dockerfile': path.join(repoRoot, 'syntaxes', 'dockerfile.tmLanguage.json'),
    'source.shell': shellGrammar,
  };
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) => {
      const file = grammarFiles[scopeName];
      if (!file) {
        return null;
      }
      return textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
  const grammar = await registry.loadGrammar('source.dockerfile');
  if (!grammar) {
    throw new Error('source.dockerfile did not load');
  }
  return grammar;
}

/** Tokenizes a whole text; lines are split on \n and \r\n like the editor does. */
export async function tokenize(text: string, shellGrammar = shellStandIn): Promise<Token[]> {
  const grammar = await dockerfileGrammar(shellGrammar);
  const tokens: Token[] = [];
  let state = textmate.INITIAL;
  text.split(/\r?\n/).forEach((lineText, line) => {
    const result = grammar.tokenizeLine(lineText, state);
    for (const token of result.tokens) {
      tokens.push({ line, text: lineText.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    }
    state = result.ruleStack;
  });
  return tokens;
}

/** Reads a fixture from test/grammar/fixtures. */
export function readFixture(name: string): string {
  return fs.readFileSync(path.join(repoRoot, 'test', 'grammar', 'fixtures', name), 'utf8');
}

/** A readable dump, for failure messages and for looking at a fixture by hand. */
export function dumpTokens(tokens: Token[]): string {
  return tokens.map((t) => `${t.line}: ${JSON.stringify(t.text)} ${t.scopes.join(' ')}`).join('\n');
}
