// SPDX-License-Identifier: MIT
// Matching `docker history` to Dockerfile lines: the classic builder's records (as this machine's engine
// printed them for a FROM-scratch image), BuildKit's records, a base image's layers, an image older than
// the file, sizes, the biggest layers and their hints, and the argv.
import * as assert from 'assert';
import { formatSize, historyCommand, matchLayers, parseHistory, parseSize, recordedStep } from '../../../src/core/index';
import { joinLines } from '../helpers';

const line = (createdBy: string, size: string, id = '<missing>') => JSON.stringify({ Comment: '', CreatedAt: '', CreatedBy: createdBy, CreatedSince: '', ID: id, Size: size });

const dockerfile = joinLines(
  'FROM scratch AS base',                              // 0
  'COPY busybox /bin/busybox',                         // 1
  'COPY busybox /bin/sh',                              // 2
  'WORKDIR /app',                                      // 3
  'ARG SIZE=300',                                      // 4
  'ENV GREETING=hi',                                   // 5
  'RUN dd if=/dev/zero of=/app/big bs=1024 count=${SIZE} && \\', // 6
  '    echo done',                                     // 7
  'RUN ["/bin/busybox", "sh", "-c", "echo x > /app/x"]', // 8
  'FROM base',                                         // 9
  'COPY --from=base /app/x /y',                        // 10
  'COPY a.txt /a.txt',                                 // 11
  'USER 1000',                                         // 12
  'EXPOSE 8080/tcp',                                   // 13
  'CMD echo hello',                                    // 14
);

// What `docker history --no-trunc --human=false --format '{{json .}}'` printed for it (classic builder).
const classic = [
  line('/bin/sh -c #(nop)  CMD ["/bin/sh" "-c" "echo hello"]', '0'),
  line('/bin/sh -c #(nop)  EXPOSE 8080/tcp', '0'),
  line('/bin/sh -c #(nop)  USER 1000', '0'),
  line('/bin/sh -c #(nop) COPY file:0ab7d18f8a5c3600303ebd762bf22c9efa973e98b34fce544164e7cfd74d9e6d in /a.txt ', '3'),
  line('/bin/sh -c #(nop) COPY file:64d1bcb6d955431e31e60b9cc4a6a3bbeb2f2fa89b68976f8dff03fd63421954 in /y ', '2'),
  line('|1 SIZE=300 /bin/busybox sh -c echo x > /app/x', '2'),
  line('|1 SIZE=300 /bin/sh -c dd if=/dev/zero of=/app/big bs=1024 count=${SIZE} &&     echo done', '307200'),
  line('/bin/sh -c #(nop)  ENV GREETING=hi', '0'),
  line('/bin/sh -c #(nop)  ARG SIZE=300', '0'),
  line('/bin/sh -c #(nop) WORKDIR /app', '0'),
  line('/bin/sh -c #(nop) COPY file:73e2b2d48642b21b357384b0cb81c1869cc5e0c48a00f61553756196058304b9 in /bin/sh ', '1982256'),
  line('/bin/sh -c #(nop) COPY file:73e2b2d48642b21b357384b0cb81c1869cc5e0c48a00f61553756196058304b9 in /bin/busybox ', '1982256'),
].join('\n');

describe('docker history matching', () => {
  it('builds a validated argv with byte sizes, and refuses a tag that is not one', () => {
    assert.deepStrictEqual(historyCommand('docker', 'app:dev'), ['docker', 'history', '--no-trunc', '--human=false', '--format', '{{json .}}', '--', 'app:dev']);
    assert.deepStrictEqual(historyCommand('/usr/bin/docker', 'localhost:5000/team/app:1.0')?.slice(-1), ['localhost:5000/team/app:1.0']);
    for (const bad of ['-rf', 'a b', 'a;rm', '$(x)', '', 'a\nb']) assert.strictEqual(historyCommand('docker', bad), undefined, bad);
  });

  it('reads sizes in bytes and in docker\'s human units', () => {
    assert.strictEqual(parseSize('307200'), 307200);
    assert.strictEqual(parseSize('1.98MB'), 1980000);
    assert.strictEqual(parseSize('0B'), 0);
    assert.strictEqual(parseSize('12.3kB'), 12300);
    assert.strictEqual(parseSize('junk'), 0);
    assert.strictEqual(formatSize(1982256), '1.98 MB');
    assert.strictEqual(formatSize(999), '999 B');
  });

  it('parses JSON lines and skips anything else', () => {
    const entries = parseHistory(`${classic}\nError: something\n{broken`);
    assert.strictEqual(entries.length, 12);
    assert.strictEqual(entries[6].size, 307200);
  });

  it('matches every classic-builder record to its line, across stages', () => {
    const r = matchLayers(dockerfile, parseHistory(classic));
    assert.deepStrictEqual(r.layers.map(l => l.range?.start.line), [14, 13, 12, 11, 10, 8, 6, 5, 4, 3, 2, 1]);
    assert.strictEqual(r.stale, false);
    assert.strictEqual(r.total, 1982256 * 2 + 307200 + 2 + 2 + 3);
    assert.strictEqual(r.baseTotal, 0);
    assert.deepStrictEqual(r.biggest.map(l => l.range?.start.line), [2, 1, 6]);
    // A matched layer is labelled with the file's own line (issue 24), not the record `COPY file:0ab7d18f8a5c… in /a.txt`.
    assert.strictEqual(r.layers[3].instruction, 'COPY a.txt /a.txt');
  });

  it('labels a layer with no record (an imported base) as such, and keeps short hashes for unmatched records', () => {
    const imported = '{"ID":"sha256:0f04","CreatedBy":"","Size":"1.98MB","Comment":"Imported from -"}';
    const r = matchLayers('FROM local/busybox:1\nCMD ["sh"]', parseHistory(imported));
    assert.strictEqual(r.layers[0].instruction, '(Imported from -)');
    const none = matchLayers('FROM x', parseHistory('{"ID":"a","CreatedBy":"","Size":"0B","Comment":""}'));
    assert.strictEqual(none.layers[0].instruction, '(no command recorded: an imported layer)');
  });

  it('reads BuildKit records', () => {
    assert.deepStrictEqual(recordedStep('RUN |1 SIZE=300 /bin/sh -c apt-get update # buildkit'), { keyword: 'RUN', text: 'apt-get update' });
    assert.deepStrictEqual(recordedStep('COPY requirements.txt requirements.txt # buildkit'), { keyword: 'COPY', text: 'requirements.txt requirements.txt' });
    assert.deepStrictEqual(recordedStep('EXPOSE map[4567/tcp:{}]'), { keyword: 'EXPOSE', text: 'map[4567/tcp:{}]' });
    assert.deepStrictEqual(recordedStep('/bin/sh -c apk add curl'), { keyword: 'RUN', text: 'apk add curl' });
  });

  it('puts a base image\'s layers below the file\'s own, and hints at why big ones are big', () => {
    const text = joinLines('FROM python:3.12-slim', 'WORKDIR /app', 'COPY . .', 'RUN pip install -r requirements.txt', 'CMD ["python3", "app.py"]');
    const history = [
      line('CMD ["python3" "app.py"]', '0'),
      line('RUN /bin/sh -c pip install -r requirements.txt # buildkit', '48000000'),
      line('COPY . . # buildkit', '120000'),
      line('WORKDIR /app', '0'),
      line('CMD ["python3"]', '0'),
      line('RUN /bin/sh -c set -eux; apt-get update # buildkit', '30000000'),
      line('# debian.sh --arch amd64 out/ bookworm', '74800000'),
    ].join('\n');
    const r = matchLayers(text, parseHistory(history));
    assert.deepStrictEqual(r.layers.map(l => l.range?.start.line), [4, 3, 2, 1, undefined, undefined, undefined]);
    assert.strictEqual(r.baseTotal, 104800000);
    assert.strictEqual(r.stale, false);
    const pip = r.layers[1];
    assert.ok(pip.hints.some(h => /--no-cache-dir/.test(h)), pip.hints.join(' | '));
    assert.ok(pip.hints.some(h => /COPY \. \.` on line 3 comes first/.test(h)), pip.hints.join(' | '));
    assert.ok(r.layers[2].hints.some(h => /\.dockerignore/.test(h)));
  });

  it('says the image is older than the file when lines changed or were added', () => {
    const history = [line('CMD ["a"]', '0'), line('RUN /bin/sh -c echo one # buildkit', '10')].join('\n');
    assert.strictEqual(matchLayers(joinLines('FROM scratch', 'RUN echo one', 'CMD ["a"]'), parseHistory(history)).stale, false);
    assert.strictEqual(matchLayers(joinLines('FROM scratch', 'RUN echo two', 'CMD ["a"]'), parseHistory(history)).stale, true);
    const added = matchLayers(joinLines('FROM scratch', 'RUN echo one', 'RUN echo new', 'CMD ["a"]'), parseHistory(history));
    assert.strictEqual(added.stale, true);
    assert.deepStrictEqual(added.layers.map(l => l.range?.start.line), [3, 1]);
  });

  it('matches a named --target stage', () => {
    const text = joinLines('FROM scratch AS one', 'COPY a /a', 'FROM scratch AS two', 'COPY b /b');
    const r = matchLayers(text, parseHistory(line('COPY a /a # buildkit', '5')), 'one');
    assert.strictEqual(r.layers[0].range?.start.line, 1);
  });

  it('stays calm on empty and odd input', () => {
    assert.deepStrictEqual(matchLayers('', []).layers, []);
    assert.doesNotThrow(() => matchLayers('FROM', parseHistory(line('', 'x'))));
  });
});
