// SPDX-License-Identifier: MIT
import * as assert from 'assert';
import { needOrSkip } from '../../needs';
import * as fs from 'fs';
import * as path from 'path';
import { explainShell, indexNotes, noteFromHover, notesAbout, topicOf, topicsIn } from '../../../src/core/index';
import { joinLines } from '../helpers';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

describe('indexNotes and notesAbout', () => {
  it('finds headings and bullets by instruction, compose key, command and flag', () => {
    const notes = indexNotes([{ path: '/n/week1.md', text: joinLines(
      '# RUN vs CMD',                        // 0
      'RUN builds a layer; CMD starts.',     // 1
      '',
      '## Ports',                            // 3
      '',
      '- `-p 4567:4567` maps host to container', // 5
      '- docker-compose up starts it all',   // 6
      '- networks: bridge by default',       // 7
      '- we run it',                          // 8
    ) }]);
    assert.deepStrictEqual(notesAbout(notes, ['instruction:CMD']).map(q => q.line), [0]);
    // The bullet that opens with `-p`; the heading "Ports" names ports, not the flag.
    assert.deepStrictEqual(notesAbout(notes, ['flag:-p']).map(q => q.line), [5]);
    assert.deepStrictEqual(notesAbout(notes, ['command:docker compose up']).map(q => q.line), [6]);
    assert.deepStrictEqual(notesAbout(notes, ['key:networks']).map(q => q.line), [7]);
    // The verb "run" is no instruction, and no note mentions `docker run`.
    assert.deepStrictEqual(notesAbout(notes, ['command:docker run']), []);
    assert.ok(!notesAbout(notes, ['instruction:RUN']).some(q => q.line === 8));
    assert.strictEqual(notesAbout(undefined, ['instruction:RUN']).length, 0);
  });

  it('does not take comments in fenced code blocks for headings', () => {
    const notes = indexNotes([{ path: '/n.md', text: joinLines('## Build', '```sh', '# RUN the build', 'docker build .', '```', '- RUN makes layers') }]);
    assert.deepStrictEqual(notesAbout(notes, ['instruction:RUN'], 5).map(q => q.line), [5]);
  });

  it('returns bullets first, at most two, without repeating a line; a bare heading is no quote', () => {
    const notes = indexNotes([{ path: '/n.md', text: joinLines('- -p one', '- -p two', '- -p three', '## -p') }]);
    const quotes = notesAbout(notes, ['flag:-p', 'flag:--publish', 'flag:-p'], 3);
    assert.deepStrictEqual(quotes.map(q => q.line), [0, 1]);
    assert.deepStrictEqual(notesAbout(notes, ['flag:-p'], 1).map(q => q.line), [0]);
  });

  it('quotes a note only where its bullet or heading is about the topic, never a RUN bullet under CMD', () => {
    const notes = indexNotes([{ path: '/n.md', text: joinLines(
      '## Layers',                                                             // 0
      '',
      '- `RUN` happens while the image is built, before the container starts; CMD comes later.', // 2
      '- Each RUN adds a layer to the image.',                                 // 3
      '- The builder reads ENV, CMD and build: keys too.',                    // 4
      '- `CMD` is what the container does when it starts.',                   // 5
      '',
      '## RUN vs CMD',                                                         // 7
      '- Networks are made by `docker compose up`.',                          // 8
    ) }]);
    const cmd = notesAbout(notes, ['instruction:CMD']).map(q => q.line);
    assert.deepStrictEqual(cmd, [5]);
    assert.deepStrictEqual(notesAbout(notes, ['instruction:RUN']).map(q => q.line), [2, 3]);
    // `build:` named in passing is not a note about the compose key.
    assert.deepStrictEqual(notesAbout(notes, ['key:build']), []);
    // The heading "RUN vs CMD" quotes no bullet of its own section as its text.
    const heading = indexNotes([{ path: '/n.md', text: joinLines('## RUN vs CMD', '- `RUN` builds.') }]);
    assert.deepStrictEqual(notesAbout(heading, ['instruction:CMD']), []);
  });

  it('reads flags only after a space, bracket or quote', () => {
    const topics = topicsIn('docker-compose up (-it) `--rm` "-e" x-y');
    for (const t of ['flag:-it', 'flag:--rm', 'flag:-e', 'command:docker compose', 'key:rm']) assert.ok(topics.has(t), t);
    assert.ok(!topics.has('flag:-compose') && !topics.has('flag:-y'));
  });

  it('indexes the learner\'s real notes: RUN vs CMD and the -p bullet', function () {
    const file = path.resolve(repoRoot, '..', 'shared', 'notes', 'week1-app-containerization.md');
    // Under CI a missing ../shared fails instead of skipping (test/needs.ts).
    needOrSkip(this, 'the learner\'s real notes', fs.existsSync(file) ? undefined : `${file} is not here (../shared/notes)`);
    const notes = indexNotes([{ path: file, text: fs.readFileSync(file, 'utf8') }]);
    assert.ok(notesAbout(notes, ['instruction:CMD'], 5).some(q => /CMD is the command the container would run/.test(q.text)));
    assert.ok(notesAbout(notes, ['flag:-p'], 5).some(q => /docker run --rm -p 4567:4567/.test(q.text)));
    const hover = explainShell('docker run -p 80:80 api', { line: 0, character: 12 }, { notes })!;
    assert.match(hover.markdown, /From your notes[\s\S]*-p maps the host's port to a container's port — \[week1-app-containerization\.md:29\]/);
  });
});

describe('noteFromHover', () => {
  it('turns a hover into a heading, a topic and a starter bullet with where it was seen', () => {
    const hover = explainShell('docker run -p 8080:80 api', { line: 0, character: 12 })!;
    const draft = noteFromHover(hover.markdown, { snippet: '-p 8080:80', file: 'scripts/run.sh', line: 4 })!;
    assert.strictEqual(draft.heading, '-p');
    assert.strictEqual(draft.topic, 'flag:-p');
    assert.match(draft.bullet, /^`-p 8080:80` \(scripts\/run\.sh:5\): Publishes a container port/);
  });

  it('names topics for instructions, commands, compose keys and flags', () => {
    assert.strictEqual(topicOf('RUN'), 'instruction:RUN');
    assert.strictEqual(topicOf('docker run'), 'command:docker run');
    assert.strictEqual(topicOf('docker-compose up'), 'command:docker compose up');
    assert.strictEqual(topicOf('docker compose'), 'command:docker compose');
    assert.strictEqual(topicOf('services.web.ports'), 'key:ports');
    assert.strictEqual(topicOf('--rm'), 'flag:--rm');
  });

  it('returns undefined for markdown that is not one of our hovers', () => {
    assert.strictEqual(noteFromHover('just text', { snippet: '', file: 'a', line: 0 }), undefined);
  });
});
