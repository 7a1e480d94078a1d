// SPDX-License-Identifier: MIT
// Issue 24, item 7 (audit C9, C10, A8, K6): notes that come back. The text below is copied from the learner's
// week-1 notes (../shared/notes/week1-app-containerization.md, lines 29-33, 51-53 and 96-104), so the cases
// are the ones the audit met: `driver: bridge` written as an indented paragraph, a `docker run` bullet with
// the variable after the image and no `-e`, and commands written as plain bullets.
import * as assert from 'assert';
import { addNoteBullet, documentServices, explainCompose, indexNotes, localNoteLinks, noteFromHover, noteInsertionNear, notesAbout } from '../../../src/core/index';
import { renderNote } from '../../../src/core/render';
import { cautionFor } from '../../../src/core/notes/noteCautions';
import { joinLines } from '../helpers';

const notesText = joinLines(
  '- docker run --rm -p 4567:4567 -it backend-flask:1.0.0',
  '    this would create a new container',
  '    -p maps the host\'s port to a container\'s port',
  '',
  '- docker run --rm -p 4567:4567 -it backend-flask FRONTEND_URL',
  '    the -e helps to set environment variables in the container after it is run',
  '    also the --rm would automatically remove the container after it has being stopped.',
  '',
  'networks:   # this is the top-level section where the custom networks are defined',
  '  internal-network: # this is the name i am giving to the network.',
  '    driver: bridge',
  '        # the driver specifies the type of network i want to create',
  '        # the bridge is the default network driver in Docker.',
  '    name: cruddur # this is used to ensure the name of the network.',
  '',
  'the above in the docker-compose.yml file is used to define a custom network configuration.',
);
const file = '/home/learner/notes/week1.md';
const notes = indexNotes([{ path: file, text: notesText }]);
const compose = joinLines('services:', '  backend-flask:', '    environment:', '      FRONTEND_URL: "*"', 'networks:', '  internal-network:', '    driver: bridge');

describe('notes that come back (issue 24)', () => {
  it('driver, bridge and environment hovers quote the lines about them, even outside bullets', () => {
    const driver = explainCompose(compose, { line: 6, character: 5 }, { notes })!.markdown; // on `driver`
    assert.match(driver, /From your notes[^]*> driver: bridge/);
    const environment = explainCompose(compose, { line: 2, character: 6 }, { notes })!.markdown; // on `environment`
    assert.match(environment, /> the -e helps to set environment variables/);
  });

  it('a quoted docker run with the variable after the image gets a careful note; a right one does not', () => {
    const quotes = notesAbout(notes, ['flag:-p']);
    assert.strictEqual(quotes.length, 2);
    assert.strictEqual(quotes[0].caution, undefined);
    assert.match(quotes[1].caution!, /`FRONTEND_URL` after the image[^]*`-e FRONTEND_URL=…` before `backend-flask`/);
    assert.match(renderNote(quotes[1]), /\n>\n> \*\*Careful:\*\* /);
    // The coach's other correction: a docker flag after the image (what the terminal coach calls FlagAfterImage).
    assert.match(cautionFor('docker run --rm backend-flask:dev -p 4568:4567')!, /`-p`[^]*after the image `backend-flask:dev` goes to the container/);
    assert.strictEqual(cautionFor('docker run --rm -e FRONTEND_URL=x -p 4567:4567 backend-flask'), undefined);
    assert.strictEqual(cautionFor('docker run --rm alpine sh -c "ls -la"'), undefined);
  });

  it('Add to my notes puts the note after the learner\'s own paragraph about it, and the next hover quotes it', () => {
    const hover = explainCompose(compose, { line: 6, character: 13 })!.markdown; // on `bridge`
    const draft = noteFromHover(hover, { snippet: 'bridge', file: 'docker-compose.yml', line: 6 })!;
    // The draft leads with the thing (`driver: bridge`), so hovers on driver find it.
    assert.match(draft.bullet, /^`driver: bridge` \(docker-compose\.yml:7\)/);
    const near = notesAbout(notes, [draft.topic])[0];
    assert.strictEqual(near.line, 10);
    const { offset, insert } = noteInsertionNear(notesText, near.line, draft.bullet);
    const after = notesText.slice(0, offset) + insert + notesText.slice(offset);
    const lines = after.split('\n');
    // After `name: cruddur` (line 14), before the blank line: next to the driver paragraph, not at the end.
    assert.match(lines[14], /^- `driver: bridge` \(docker-compose\.yml:7\)/);
    assert.strictEqual(lines[15], '');
    const again = explainCompose(compose, { line: 6, character: 5 }, { notes: indexNotes([{ path: file, text: after }]) })!.markdown;
    assert.match(again, /> `driver: bridge` \(docker-compose\.yml:7\)/);
    // The heading form is unchanged for notes without such lines.
    assert.match(addNoteBullet('# Notes\n', 'driver: bridge', 'x'), /## driver: bridge\n\n- x\n$/);
  });

  it('a note rewritten in the learner\'s own words, after a short label, is quoted on the thing it names (the #24 re-walk)', () => {
    // The re-walk's sentence: the draft's lead `driver: bridge` replaced by the learner's words.
    const sentence = 'my words: on a bridge network my services reach each other by service name';
    const { offset, insert } = noteInsertionNear(notesText, 10, sentence);
    const rewritten = indexNotes([{ path: file, text: notesText.slice(0, offset) + insert + notesText.slice(offset) }]);
    const bridge = explainCompose(compose, { line: 6, character: 13 }, { notes: rewritten })!.markdown; // on `bridge`
    assert.match(bridge, /> my words: on a bridge network my services reach each other/);
    // A topic named in passing, after the lead, still does not make a note about it.
    assert.deepStrictEqual(notesAbout(indexNotes([{ path: file, text: '- Tip: the builder reads ENV, CMD and build: keys too.' }]), ['key:build']), []);
  });

  it('a line outside the text inserts at the end, keeping the file as it was', () => {
    assert.deepStrictEqual(noteInsertionNear('a\nb', 99, 'n'), { offset: 3, insert: '\n- n\n' });
    assert.deepStrictEqual(noteInsertionNear('a\n\nb\n', 0, 'n'), { offset: 2, insert: '- n\n' });
  });

  it('notes links become anchors for webviews, with the file and line to open', () => {
    const md = `**From your notes**\n\n${renderNote({ text: 'x', path: '/home/learner/my notes/week1.md', line: 55 })}\n\n[Reference](https://docs.docker.com/)`;
    const { markdown, targets } = localNoteLinks(md);
    assert.match(markdown, /\[week1\.md:56\]\(#note-0\)/);
    assert.match(markdown, /\[Reference\]\(https:\/\/docs\.docker\.com\/\)/);
    assert.deepStrictEqual(targets, [{ path: '/home/learner/my notes/week1.md', line: 55 }]);
  });

  it('docker commands in plain bullets and indented lines of notes get hovers', () => {
    const bullet = documentServices.markdown.explain(notesText, { line: 0, character: 4 }, {}); // `run` of `- docker run`
    assert.match(bullet!.markdown, /^`docker run`/);
    const indented = documentServices.markdown.explain('notes\n    docker exec web python /app/x.py\n', { line: 1, character: 9 }, {});
    assert.match(indented!.markdown, /^`docker exec`/);
    // Prose that mentions docker is not a command line.
    assert.strictEqual(documentServices.markdown.explain('the docker images are listed', { line: 0, character: 6 }, {}), undefined);
  });
});
