// SPDX-License-Identifier: MIT
// activate() must only register things: no parsing, no file reads, no terminals. This loads the
// compiled extension against a recording stand-in for the `vscode` module and checks exactly that.
import * as assert from 'assert';
import { dockerfileParseCount } from '../../../src/core/dockerfile/model';
import { withVscode } from '../../moduleSwap';

type Call = { path: string; args: unknown[] };

/** A `vscode` stand-in: every property is another stand-in, every call is recorded and returns a disposable stand-in. */
function recordingVscode(calls: Call[], path = 'vscode'): unknown {
  const target = function () { /* callable */ };
  return new Proxy(target, {
    get(_t, prop) {
      if (prop === 'then') return undefined; // not a promise
      if (prop === 'dispose') return () => undefined;
      if (prop === Symbol.toPrimitive) return () => path;
      return recordingVscode(calls, `${path}.${String(prop)}`);
    },
    apply(_t, _this, args) {
      calls.push({ path, args });
      return recordingVscode(calls, `${path}()`);
    },
    construct(_t, args) {
      calls.push({ path: `new ${path}`, args });
      return recordingVscode(calls, `new ${path}`) as object;
    },
  });
}

describe('activate()', () => {
  it('registers providers and commands and does nothing else', () => {
    const calls: Call[] = [];
    const stub = recordingVscode(calls);
    return withVscode(stub, () => {
      const parsesBefore = dockerfileParseCount();
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const ext = require('../../../src/extension') as { activate(ctx: unknown): unknown };
      const subscriptions: unknown[] = [];
      ext.activate({ subscriptions, extensionUri: stub, extensionPath: '/ext', globalState: stub, workspaceState: stub });
      assert.strictEqual(dockerfileParseCount(), parsesBefore, 'activation parsed a Dockerfile');
      const top = calls.map(c => c.path).filter(p => !p.includes('()'));
      assert.ok(top.some(p => p === 'vscode.languages.registerHoverProvider'), `no hover provider registered: ${top.join(', ')}`);
      const allowed = /^(new )?vscode\.(languages\.register\w+|commands\.register\w+|workspace\.(onDid\w+|register\w+|getConfiguration|isTrusted|createFileSystemWatcher)|window\.(onDid\w+|createTreeView|registerTreeDataProvider)|Disposable(\.from)?|EventEmitter(\.event)?|Range|Position)$/;
      const unexpected = top.filter(p => !allowed.test(p));
      assert.deepStrictEqual(unexpected, [], 'activate() did more than register');
      assert.ok(subscriptions.length >= 1, 'registrations are pushed to context.subscriptions');
    });
  });
});
