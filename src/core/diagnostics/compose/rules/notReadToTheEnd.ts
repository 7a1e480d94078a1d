// SPDX-License-Identifier: MIT
// NotReadToTheEnd: Docker Coach's own YAML reader stopped before the end of a file that may well be valid, so
// nothing below that line is checked or explained. This is a limit of the coach, not a refusal by Compose: it
// gets its own code so that YamlSyntax ("Compose cannot read this") is never said of a file Compose reads.
// Three ways it happens: `yaml` stops with no error (after `- ? k` and a deeper list, a quote left open), it skips
// lines in the middle with no error (the same without the quote), and parseYaml's nesting bound (MAX_NESTING,
// far below the depth Compose's reader accepts), which parseYaml reports as RESOURCE_EXHAUSTION.
import { isDocument } from 'yaml';
import { rangeOf } from '../../../compose/composeDocument';
import { droppedContentAt, MAX_NESTING, readToTheEnd } from '../../../compose/parseYaml';
import type { ComposeRule } from '../../types';

/** The error code parseYaml gives its nesting bound; `yaml` itself uses it for the same kind of limit. */
export const NOT_READ_CODE = 'RESOURCE_EXHAUSTION';

const stoppedSilently = 'Docker Coach\'s YAML reader stopped before this line without an error, so nothing from here to the end is checked or explained. Look just above for an unusual form, such as an explicit `? ` key followed by a list, or a quote left open: Compose may read it otherwise, or refuse the file.';
const skipped = 'Docker Coach\'s YAML reader skipped this line without an error, and perhaps lines below it, so they are not checked or explained. Look just above for an explicit `? ` key followed by a list: Compose may read it otherwise, or refuse the file.';
const tooDeep = `Lists and mappings are nested more than ${MAX_NESTING} deep here. Docker Coach reads the file only up to this point, so nothing from here to the end is checked or explained. Compose itself reads much deeper, and no compose key needs more than a dozen levels.`;

export const notReadToTheEnd: ComposeRule = {
  code: 'NotReadToTheEnd',
  source: 'coach',
  severity: 'warning',
  title: 'Docker Coach stopped reading here',
  why: 'The coach reads a compose file with its own YAML reader, which gives up on a few forms that Compose may still read: lists and mappings nested hundreds of levels deep, and some rare explicit keys. Below that line, no problem is shown and no hover explains anything, which is not the same as the lines being right.',
  fix: 'Flatten the nesting, or write the explicit `? key` as a plain `key:`. If the file is meant this way, check it with `docker compose config`, which prints the project as Compose reads it.',
  docsUrl: 'https://docs.docker.com/reference/cli/docker/compose/config/',
  reference: 'docker-cli-docs/compose_config.md',
  check({ model }, report) {
    const deep = model.doc.errors.find(e => e.code === NOT_READ_CODE);
    if (deep) {
      const [start] = deep.pos;
      report({ range: rangeOf(model, start, Math.max(start + 1, lineEndAfter(model.text, start))), message: tooDeep });
      return;
    }
    if (model.doc.errors.length > 0) return;
    // `yaml` can stop reading with no error at all: every check would then be silent about the rest of the file.
    if (!readToTheEnd(model.doc, model.text)) {
      const start = model.text.slice(model.doc.range[2]).search(/\S/) + model.doc.range[2];
      report({ range: rangeOf(model, start, lineEndAfter(model.text, start)), message: stoppedSilently });
      return;
    }
    // A model put together from parts (stitchedModel.ts) has no yaml Document to compare with its tokens; its parts
    // were each checked the same way, and a part that drops lines sends the file to the whole parse.
    if (!isDocument(model.doc)) return;
    const dropped = droppedContentAt(model.doc, model.text);
    if (dropped >= 0) report({ range: rangeOf(model, dropped, lineEndAfter(model.text, dropped)), message: skipped });
  },
};

function lineEndAfter(text: string, offset: number): number {
  const lineEnd = text.indexOf('\n', offset);
  return lineEnd < 0 ? text.length : lineEnd;
}
