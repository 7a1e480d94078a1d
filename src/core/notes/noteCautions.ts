// SPDX-License-Identifier: MIT
// A quoted note is the learner's own words, and some are wrong in the way the terminal coach corrects:
// `docker run … image -p 80:80` (a flag after the image goes to the container) or `… image FRONTEND_URL`
// (a variable named after the image, without `-e`). Such a quote gets a short "careful" line instead of
// being repeated as if right. Only the note's own first line is read: the lines under it are prose.
import { code } from '../render';
import { dockerInvocation } from '../shell/dockerInvocation';
import { flagsAfterImage } from '../shell/lineWarnings';
import { simpleCommands } from '../shell/words';

/** A word that reads as an environment variable (`FRONTEND_URL`, `PORT=80`), not as a program. */
const VARIABLE = /^[A-Z][A-Z0-9]*_[A-Z0-9_]*(?:=\S*)?$|^[A-Z][A-Z0-9_]*=\S*$/;

/** The careful note for a line of notes holding a `docker run` or `docker create`, or undefined when it is right. */
export function cautionFor(line: string): string | undefined {
  const at = typeof line === 'string' ? line.search(/\bdocker\s+(?:container\s+)?(?:run|create)\b/) : -1;
  if (at < 0 || line.length > 2000) return undefined;
  for (const words of simpleCommands(line.slice(at))) {
    const inv = dockerInvocation(words);
    if (!inv || (inv.command?.key !== 'run' && inv.command?.key !== 'create')) continue;
    const image = inv.args.find((a) => a.doc.isImage)?.word.value;
    if (!image) continue;
    const late = flagsAfterImage(inv);
    if (late.length && inv.containerCommand[0]?.value.startsWith('-')) {
      return `${late.map((w) => code(w)).join(', ')} after the image ${code(image)} goes to the container, not to docker: docker flags come before the image.`;
    }
    const variable = inv.containerCommand.find((w) => VARIABLE.test(w.value));
    if (variable) {
      const name = variable.value.replace(/=.*$/, '');
      return `${code(variable.value)} after the image is handed to the container as its command, not set as a variable: write ${code(`-e ${name}=…`)} before ${code(image)}.`;
    }
  }
  return undefined;
}
