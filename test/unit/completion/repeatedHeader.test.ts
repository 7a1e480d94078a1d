// SPDX-License-Identifier: MIT
// K2 of the 2026-12-06 walkthrough: typing `F` showed a details pane whose header ("build time · starts a
// stage", the item's detail) was repeated by the first line of its text ("`FROM` · build time · starts a
// stage"). The first line goes when it says only the label and the detail; it stays when it adds something.
import * as assert from 'node:assert';
import { completeDockerfile, completeShell, type CompletionItem } from '../../../src/core/index';
import { cursor, item } from './cursor';

const complete = (...lines: string[]): CompletionItem[] => { const c = cursor(...lines); return completeDockerfile(c.text, c.position); };
const shell = (line: string): CompletionItem[] => completeShell(line, { line: 0, character: line.length });

describe('completion details: the header is said once', () => {
  it('F offers FROM whose text starts with what FROM does, not with its name and detail again', () => {
    const from = item(complete('F|'), 'FROM');
    assert.strictEqual(from.detail, 'build time · starts a stage');
    assert.ok(!from.documentation.includes('build time · starts a stage'), from.documentation.split('\n')[0]);
    // What the reference says FROM does: "initializes a new build stage and sets the base image".
    assert.match(from.documentation.split('\n\n')[0], /build stage.*base image/);
    assert.match(from.documentation, /\[Reference\]\(https:\/\/docs\.docker\.com\/reference\/dockerfile\/#from\)/);
  });

  it('every instruction offered on an empty line starts with its sentence', () => {
    const items = complete('FROM python:3.12', '|');
    assert.ok(items.length > 15, `${items.length} items`);
    for (const i of items.filter(i => !i.alternativeTo && !i.deprecated)) assert.ok(!/^`[A-Z]+`/.test(i.documentation), `${i.label}: ${i.documentation.split('\n')[0]}`);
    // The shell form's detail says how it runs, and MAINTAINER's what to use instead: their title lines are news and stay.
    assert.match(item(items, 'CMD (shell form)').documentation, /^`CMD` · run time/);
    assert.match(item(items, 'MAINTAINER').documentation, /^`MAINTAINER` · deprecated/);
  });

  it('a flag whose title names its other spelling keeps it (-P, --publish-all); one that adds nothing loses it', () => {
    const items = shell('docker run -');
    assert.match(item(items, '-P').documentation, /^`-P, --publish-all` · docker run\n\n/);
    assert.strictEqual(item(items, '--rm').detail, 'docker run');
    assert.ok(!item(items, '--rm').documentation.startsWith('`--rm`'), item(items, '--rm').documentation.split('\n')[0]);
  });
});
