// SPDX-License-Identifier: MIT
// The Dockerfile frontend a file pins with `# syntax=docker/dockerfile:1.4`, and whether a feature
// that needs a given version fits under that pin (issue 11: a flag newer than the pin says so).
import { code } from '../render';
import type { DockerfileModel } from './model';

export interface SyntaxPin { written: string; major: number; minor?: number; labs: boolean; upstream: boolean }

const pins = new WeakMap<DockerfileModel, SyntaxPin | null>();

/** The `# syntax=` pin at the top of the file, or undefined (then the builder's own frontend is used). */
export function syntaxPin(model: DockerfileModel): SyntaxPin | undefined {
  let pin = pins.get(model);
  if (pin === undefined) {
    pin = null;
    for (let line = 0; line < Math.min(model.lines.lineCount, 16); line++) {
      const text = model.lines.lineText(line).replace(/^\uFEFF/, '');
      const m = /^\s*#\s*syntax\s*=\s*(\S+)/i.exec(text);
      if (!m) { if (/^\s*#/.test(text)) continue; break; }
      const v = /^(?:docker\.io\/)?docker\/dockerfile(-upstream)?:(\d+)(?:\.(\d+))?(?:\.\d+)?(-labs)?(?:@.*)?$/.exec(m[1]);
      if (v) pin = { written: m[1], major: Number(v[2]), minor: v[3] === undefined ? undefined : Number(v[3]), labs: !!v[4], upstream: !!v[1] };
      break;
    }
    pins.set(model, pin);
  }
  return pin ?? undefined;
}

/**
 * A bullet when the file's pin is older than `since` (`1.3`, or `1.14-labs` for a labs-only
 * feature), so the builder will reject the feature; undefined when the pin allows it or there is none.
 * ref: buildkit-dockerfile-docs/reference.md#syntax (the frontend version decides which features exist)
 */
export function pinTooOld(model: DockerfileModel, since: string, what: string): string | undefined {
  const pin = syntaxPin(model);
  if (!pin || pin.upstream) return undefined;
  const m = /^(\d+)\.(\d+)(-labs)?$/.exec(since);
  if (!m) return undefined;
  const [major, minor, labs] = [Number(m[1]), Number(m[2]), !!m[3]];
  if (labs && !pin.labs) return `${what} needs a \`labs\` frontend (\`docker/dockerfile:${since}\` or later), but this file pins ${code(pin.written)}.`;
  const older = pin.major < major || (pin.major === major && pin.minor !== undefined && pin.minor < minor);
  return older ? `${what} needs Dockerfile syntax ${since} or later, but this file pins ${code(pin.written)}: raise the \`# syntax=\` pin or the build fails.` : undefined;
}
