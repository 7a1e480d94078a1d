// SPDX-License-Identifier: MIT
// While the worker thread is still busy with a large file, a keyword-only hover stands in (issue 29).
import * as assert from 'assert';
import { explainWhileReading } from '../../../src/core/index';
import { answerOrStandIn } from '../../../src/worker/standIn';

const never = <T>() => new Promise<T>(() => undefined);

describe('a stand-in while the worker is busy', () => {
  it('gives the answer that comes in time, and never asks for the stand-in', async () => {
    let asked = 0;
    const got = await answerOrStandIn(Promise.resolve('whole'), () => { asked++; return 'stand-in'; }, 10_000);
    assert.strictEqual(got, 'whole');
    assert.strictEqual(asked, 0);
  });

  it('gives the stand-in when the answer has not come', async () => {
    assert.strictEqual(await answerOrStandIn(never<string>(), () => 'stand-in', 5), 'stand-in');
  });

  it('passes on a failure that comes in time, and a stand-in that throws', async () => {
    await assert.rejects(answerOrStandIn(Promise.reject(new Error('worker lost')), () => 'stand-in', 10_000), /worker lost/);
    await assert.rejects(answerOrStandIn(never<string>(), () => { throw new Error('no lines'); }, 5), /no lines/);
  });

  it('lets a failure after the stand-in pass quietly', async () => {
    let fail: (err: Error) => void = () => undefined;
    const late = new Promise<string>((_, reject) => { fail = reject; });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      assert.strictEqual(await answerOrStandIn(late, () => 'stand-in', 5), 'stand-in');
      fail(new Error('worker lost later'));
      await new Promise(resolve => setImmediate(resolve));
      await new Promise(resolve => setImmediate(resolve));
      assert.deepStrictEqual(unhandled, []);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

describe('explainWhileReading', () => {
  const note = /still reading this large file, so this hover explains only the keyword or key\. Hover again in a moment/;

  it('explains a Dockerfile keyword from its line, and says more is coming', () => {
    const hover = explainWhileReading('dockerfile', 'FROM alpine\nRUN apk add \\\n  curl\n', { line: 1, character: 1 });
    assert.match(hover!.markdown, /^`RUN` · build time/);
    assert.match(hover!.markdown, note);
    assert.doesNotMatch(hover!.markdown, /maxFileSizeKB/, 'the file is not past the size limit');
    assert.deepStrictEqual(hover!.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } });
    assert.strictEqual(explainWhileReading('dockerfile', 'FROM alpine\nRUN apk add \\\n  curl\n', { line: 2, character: 3 }), undefined, 'a continuation line is not a keyword');
  });

  it('explains a compose key by its path, and says more is coming', () => {
    const hover = explainWhileReading('compose', 'services:\n  web:\n    ports:\n      - "80:80"\n', { line: 2, character: 6 });
    assert.match(hover!.markdown, /^`services\.web\.ports`/);
    assert.match(hover!.markdown, note);
    assert.strictEqual(explainWhileReading('compose', 'services:\n  web:\n    ports:\n      - "80:80"\n', { line: 3, character: 10 }), undefined, 'values wait for the whole answer');
  });

  it('has nothing for scripts and markdown, whose hovers never wait for the worker', () => {
    assert.strictEqual(explainWhileReading('shell', 'docker run --rm alpine\n', { line: 0, character: 8 }), undefined);
    assert.strictEqual(explainWhileReading('markdown', '```sh\ndocker ps\n```\n', { line: 1, character: 1 }), undefined);
  });
});
