// SPDX-License-Identifier: MIT
// Reads the shape of the tests under test/ with the TypeScript parser (it reads .mjs too), for the guard in
// testShape.test.ts (issue 30): which tests assert nothing, and which assert only that something did not
// happen without first waiting for the signal that it could have. Kept free of mocha so a script can use it.
import * as fs from 'fs';
import * as path from 'path';
import ts from 'typescript';

export interface TestShape {
  file: string; line: number; name: string;
  /** Assertions, counting calls to helpers that assert or throw. */
  asserts: number;
  negatives: number;
  /** A negative assertion comes before any awaited wait for a positive signal. */
  unguardedNegative: boolean;
  /** The test awaits something: then the product may still be working when a negative assertion runs. */
  async: boolean;
  /** A negative assertion whose latest wait before it was a fixed sleep (a race, not a wait), with no positive assertion between. */
  sleptNegative: boolean;
}

/** Assertions that say something did not happen (or is absent): they pass on nothing. */
const negativeMethods = new Set(['doesNotMatch', 'notStrictEqual', 'notDeepStrictEqual', 'notEqual', 'notDeepEqual']);

/**
 * An awaited call that waits for a positive signal (an event, a state, a log line): `waitFor…`, `…AndWait`,
 * `until`, `coachFinished`, `diagnosticsDone`, `shellIntegrationOf`. A sleep (`sleep`, `pause`, a bare
 * `setTimeout` promise) is not one.
 */
const waitName = /^(waitFor\w*|\w*AndWait|until|coachFinished|diagnosticsDone|shellIntegrationOf|waitUntil\w*)$/;
const sleepName = /^(sleep|pause|delay|waitForTimeout)$/;

/** `await sleep(…)`, `await pause(…)`, `await page.waitForTimeout(…)` or `await new Promise(r => setTimeout(r, …))`. */
function isSleep(awaited: ts.Expression): boolean {
  if (ts.isCallExpression(awaited)) return sleepName.test(calleeName(awaited)?.name ?? '');
  return ts.isNewExpression(awaited) && awaited.getText().includes('setTimeout');
}

function calleeName(call: ts.CallExpression): { object?: string; name: string } | undefined {
  const e = call.expression;
  if (ts.isIdentifier(e)) return { name: e.text };
  if (ts.isPropertyAccessExpression(e)) return { object: ts.isIdentifier(e.expression) ? e.expression.text : undefined, name: e.name.text };
  return undefined;
}

function isAssertCall(call: ts.CallExpression, helpers: ReadonlySet<string>): boolean {
  const c = calleeName(call);
  if (!c) return false;
  if (c.object === 'assert' || c.object === 'fc' && c.name === 'assert') return true;
  if (c.object === undefined && (c.name === 'assert' || /^assert[A-Z]/.test(c.name) || helpers.has(c.name))) return true;
  // Methods of the UI driver (`wb.hover(…, { expect })`) that throw when what they wait for never comes.
  return c.object === 'wb' && helpers.has(c.name);
}

/** A negative assertion: doesNotMatch and the `not…` family, `ok(!x)`, `strictEqual(x, undefined)`, `deepStrictEqual(x, [])`. */
function isNegative(call: ts.CallExpression): boolean {
  const c = calleeName(call);
  if (!c || c.object !== 'assert') return false;
  if (negativeMethods.has(c.name)) return true;
  const [first, second] = call.arguments;
  if (c.name === 'ok' && first && ts.isPrefixUnaryExpression(first) && first.operator === ts.SyntaxKind.ExclamationToken) return true;
  if ((c.name === 'strictEqual' || c.name === 'equal') && second && (second.kind === ts.SyntaxKind.UndefinedKeyword
    || (ts.isIdentifier(second) && second.text === 'undefined') || second.kind === ts.SyntaxKind.NullKeyword)) return true;
  return c.name === 'deepStrictEqual' && second !== undefined && ts.isArrayLiteralExpression(second) && second.elements.length === 0;
}

function parse(file: string): ts.SourceFile {
  const kind = file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  return ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true, kind);
}

/** Every .ts and .mjs file under `dir`. */
export function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** A function's name and body, for functions, methods and `const name = (…) => …`. */
function namedFunctions(source: ts.SourceFile): { name: string; body: ts.Node }[] {
  const out: { name: string; body: ts.Node }[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name && node.body) out.push({ name: node.name.getText(source), body: node.body });
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer
      && (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))) out.push({ name: node.name.text, body: node.initializer.body });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function contains(node: ts.Node, match: (n: ts.Node) => boolean): boolean {
  let found = false;
  const visit = (n: ts.Node) => {
    if (found) return;
    if (match(n)) { found = true; return; }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

/**
 * Names of helper functions that assert or throw, found in `files` (test helpers, the UI driver): a call to one
 * counts as an assertion. Worked out to a fixed point, so a helper that calls such a helper counts too.
 */
export function assertingHelpers(files: string[]): Set<string> {
  const functions = files.flatMap(f => namedFunctions(parse(f)));
  const helpers = new Set<string>();
  for (let changed = true; changed;) {
    changed = false;
    for (const { name, body } of functions) {
      if (helpers.has(name)) continue;
      if (contains(body, n => ts.isThrowStatement(n) || (ts.isCallExpression(n) && isAssertCall(n, helpers)))) {
        helpers.add(name);
        changed = true;
      }
    }
  }
  return helpers;
}

/** The tests of one file: `it(…)`/`test(…)` calls with a function, and the UI runner's `{ name, run }` entries. */
export function testsOf(file: string, helpers: ReadonlySet<string>): TestShape[] {
  const source = parse(file);
  const out: TestShape[] = [];
  const add = (name: string, body: ts.Node, at: ts.Node) => {
    let asserts = 0, negatives = 0, waited = false, unguardedNegative = false, async = false, slept = false, sleptNegative = false;
    const visit = (n: ts.Node) => {
      ts.forEachChild(n, visit); // operands first: `assert.x(await peek())` waits before it asserts
      if (ts.isAwaitExpression(n)) {
        async = true;
        const c = ts.isCallExpression(n.expression) ? calleeName(n.expression) : undefined;
        if (isSleep(n.expression)) slept = true;
        else if (c && waitName.test(c.name)) { waited = true; slept = false; }
      }
      if (ts.isCallExpression(n) && isAssertCall(n, helpers)) {
        asserts++;
        if (isNegative(n)) {
          negatives++;
          if (!waited) unguardedNegative = true;
          if (slept) sleptNegative = true;
        } else {
          slept = false; // a positive assertion that held is itself the signal the state has arrived
        }
      }
    };
    visit(body);
    out.push({ file, line: source.getLineAndCharacterOfPosition(at.getStart(source)).line + 1, name, asserts, negatives, unguardedNegative, async, sleptNegative });
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && (node.expression.text === 'it' || node.expression.text === 'test')) {
      const fn = node.arguments[1];
      if (fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) add(node.arguments[0].getText(source), fn.body, node);
    }
    if (ts.isObjectLiteralExpression(node) && file.endsWith('.test.mjs')) {
      const props = new Map(node.properties.filter(p => p.name).map(p => [p.name!.getText(source), p]));
      const run = props.get('run');
      const name = props.get('name');
      if (run && name && ts.isPropertyAssignment(name) && (ts.isMethodDeclaration(run) || ts.isPropertyAssignment(run))) {
        const body = ts.isMethodDeclaration(run) ? run.body : run.initializer;
        if (body) add(name.initializer.getText(source), body, node);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}
