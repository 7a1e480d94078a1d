// SPDX-License-Identifier: MIT
// Issue 24, item 5 (audit A2): RootUser waits until the file says what runs, never squiggles the one line of
// a new file, and its first fix is the pair its own text recommends (create `app`, then `USER app`), with the
// user command of the base image's family; "nobody" comes second.
import * as assert from 'assert';
import { dockerfileDiagnostics } from '../../../src/core/index';
import { joinLines } from '../helpers';
import { applyFix } from './applyFix';

const rootUser = (text: string) => dockerfileDiagnostics(text).filter(d => d.code === 'RootUser');

describe('RootUser at the right time, with the fix it recommends (issue 24)', () => {
  it('waits while the file is being written: one FROM line, then lines without CMD or ENTRYPOINT', () => {
    assert.deepStrictEqual(rootUser('FROM python:3.10-slim-buster'), []);
    assert.deepStrictEqual(rootUser(joinLines('FROM python:3.10-slim-buster', 'WORKDIR /backend-flask', 'COPY . .')), []);
    // A daemon image brings its own CMD, but its one FROM line is still not a finished file.
    assert.deepStrictEqual(rootUser('FROM nginx:alpine'), []);
  });

  it('speaks once the file has a CMD (or an ENTRYPOINT)', () => {
    assert.strictEqual(rootUser(joinLines('FROM python:3.10-slim-buster', 'COPY . .', 'CMD ["python3", "app.py"]')).length, 1);
    assert.strictEqual(rootUser(joinLines('FROM python:3.12-slim', 'ENTRYPOINT ["python3"]')).length, 1);
  });

  it('the first fix creates app and switches to it, before CMD; nobody second', () => {
    const text = joinLines('FROM python:3.10-slim-buster', 'WORKDIR /backend-flask', 'COPY . .', 'CMD ["python3", "app.py"]');
    const [d] = rootUser(text);
    assert.deepStrictEqual(d.fixes!.map(f => f.title), ['Create the user `app` (`useradd --create-home app`) and switch to it', 'Run as user 65534 ("nobody": no rights, cannot write to files owned by root)']);
    assert.strictEqual(applyFix(text, d.fixes![0]), joinLines('FROM python:3.10-slim-buster', 'WORKDIR /backend-flask', 'COPY . .', 'RUN useradd --create-home app', 'USER app', 'CMD ["python3", "app.py"]'));
  });

  it('Alpine and BusyBox get adduser -D; scratch only the numeric user (no shell to create one)', () => {
    const alpine = rootUser(joinLines('FROM python:3.12-alpine', 'CMD ["python3", "app.py"]'))[0];
    assert.match(alpine.fixes![0].title, /`adduser -D app`/);
    const busybox = rootUser(joinLines('FROM busybox:1.36', 'CMD ["httpd", "-f"]'))[0];
    assert.match(busybox.fixes![0].title, /`adduser -D app`/);
    const scratch = rootUser(joinLines('FROM scratch', 'COPY app /app', 'CMD ["/app"]'))[0];
    assert.deepStrictEqual(scratch.fixes!.map(f => f.title.slice(0, 18)), ['Run as user 65534 ']);
  });
});
