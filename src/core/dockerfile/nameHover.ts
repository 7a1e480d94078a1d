// SPDX-License-Identifier: MIT
// Hovers on words that used to have none (issue 11): the name in `ARG X=…` and `ENV X=…`, the `AS`
// of FROM, `NONE` in `HEALTHCHECK NONE`, any LABEL key, an ADD source (URL, Git address, tar
// archive), and the interpreter after a here-document marker (`RUN <<EOT bash`).
import type { Argument, Instruction } from 'dockerfile-ast';
import { looksSecret } from '../diagnostics/dockerfile/buildkit/secretsUsedInArgOrEnv';
import { bareArgSentence, isAutomaticArg } from '../knowledge/predefinedArgs';
import { code } from '../render';
import { contains, type Position, type Range } from '../text';
import { addSourceKind } from './copyFacts';
import type { DockerfileHit } from './hit';
import { ARG_PERSISTENCE, envCopyOf, secretSentence } from './lineWarnings';
import { argumentsOf, heredocsOf, locate } from './locate';
import type { DockerfileModel } from './model';
import { stagesOf } from './stages';
import { lineOf } from './stageIndex';

const ref = (anchor: string) => `https://docs.docker.com/reference/dockerfile/#${anchor}`;

export function explainName(model: DockerfileModel, pos: Position): DockerfileHit | undefined {
  const at = locate(model, pos);
  if (!at || at.onbuild) return undefined;
  const inst = at.inst;
  const keyword = inst.getKeyword();
  if (!/^(ARG|ENV|FROM|HEALTHCHECK|LABEL|ADD|RUN)$/.test(keyword)) return undefined;
  // A RUN word is named here only after a here-document marker: without one, no need to split a long RUN.
  if (keyword === 'RUN' && !heredocsOf(model, inst).length) return undefined;
  const args = argumentsOf(inst);
  const hovered = args.find(a => contains(a.getRange(), pos));
  if (!hovered) return undefined;
  switch (keyword) {
    case 'ARG': case 'ENV': return explainVariableName(model, inst, keyword, args, hovered, pos);
    case 'FROM': return /^as$/i.test(hovered.getValue()) && args.indexOf(hovered) > 0 ? explainAs(inst, args, hovered) : undefined;
    case 'HEALTHCHECK': return /^none$/i.test(hovered.getValue()) ? explainNone(hovered) : undefined;
    case 'LABEL': return explainLabelName(hovered, pos);
    case 'ADD': return explainAddSource(args, hovered);
    case 'RUN': return explainInterpreter(model, inst, hovered);
  }
  return undefined;
}

/** The range of `NAME` in `NAME=value` (the whole word when it has no `=`). */
function nameRange(a: Argument): Range {
  const v = a.getValue();
  const eq = v.indexOf('=');
  const r = a.getRange();
  return eq < 0 || r.start.line !== r.end.line ? r : { start: r.start, end: { line: r.start.line, character: r.start.character + eq } };
}

function explainVariableName(model: DockerfileModel, inst: Instruction, keyword: 'ARG' | 'ENV', args: Argument[], a: Argument, pos: Position): DockerfileHit | undefined {
  const written = a.getValue();
  const eq = written.indexOf('=');
  // Legacy `ENV KEY value`: only the first word is a name.
  if (keyword === 'ENV' && !args[0].getValue().includes('=') && a !== args[0]) return undefined;
  const range = nameRange(a);
  if (!contains(range, pos)) return undefined;
  const name = eq < 0 ? written : written.slice(0, eq);
  if (!/^[A-Za-z_][\w.-]*$/.test(name)) return undefined;
  const value = eq < 0 ? (keyword === 'ENV' && args.length > 1 ? args.slice(1).map(x => x.getValue()).join(' ') : undefined) : written.slice(eq + 1);
  const first = stagesOf(model)[1]?.from;
  const global = keyword === 'ARG' && (!first || inst.getRange().start.line < first.getRange().start.line);
  const facts: string[] = [];
  if (keyword === 'ARG') {
    // ref: buildkit-dockerfile-docs/reference.md#arg ; #default-values ; #scope
    facts.push(value === undefined
      ? bareArgSentence(name, !global, !global)
      : `Declares ${code(name)} with the default ${value ? code(value) : 'empty value'}; \`docker build --build-arg ${name}=...\` replaces it.`);
    if (global) {
      if (value !== undefined || !isAutomaticArg(name)) facts.push(`Declared before the first \`FROM\`, so only \`FROM\` lines see it; a stage that needs it must declare \`ARG ${name}\` again.`);
    } else {
      facts.push(`Usable from here to the end of this stage, in later instructions and in \`RUN\` commands. ${ARG_PERSISTENCE}`);
      const copied = envCopyOf(model, inst, name);
      if (copied) facts.push(`Line ${lineOf(copied)} copies it into \`ENV\`, and \`ENV\` values are stored in the image: containers started from it see the value.`);
    }
  } else {
    // ref: buildkit-dockerfile-docs/reference.md#env (persists in the image and in containers)
    facts.push(`Sets ${code(name)}${value !== undefined ? ` to ${value ? code(value) : 'an empty value'}` : ''} for the rest of this stage, for stages built on it, and in containers started from the image (\`docker run -e ${name}=...\` overrides it).`);
  }
  const watchOut = looksSecret(name)
    // ref: buildkit-dockerfile-docs/rules-secrets-used-in-arg-or-env.md
    ? [secretSentence(keyword)]
    : [];
  return {
    range,
    topics: [`instruction:${keyword}`],
    content: { title: name, tags: [keyword === 'ARG' ? (global ? 'global build argument' : 'build argument') : 'environment variable', keyword], what: keyword === 'ARG' ? 'The name of a build argument: a variable the build uses. Containers started from the image do not get it.' : 'The name of an environment variable stored in the image.', inThisLine: facts, watchOut, docsUrl: ref(keyword.toLowerCase()) },
  };
}

function explainAs(inst: Instruction, args: Argument[], a: Argument): DockerfileHit {
  const name = args[args.indexOf(a) + 1]?.getValue();
  return {
    range: a.getRange(),
    topics: ['instruction:FROM'],
    content: {
      title: 'AS',
      tags: ['FROM', 'stage name'],
      // ref: buildkit-dockerfile-docs/reference.md#from (AS name: refer to the stage in FROM and COPY --from)
      what: 'Gives the stage a name, so later lines can refer to it by name instead of by number.',
      inThisLine: name
        ? [`This stage (line ${lineOf(inst)}) is called ${code(name)}: \`COPY --from=${name}\`, \`FROM ${name}\` and \`docker build --target ${name}\` refer to it.`]
        : ['`AS` needs a name after it; the build fails without one.'],
      docsUrl: ref('from'),
    },
  };
}

function explainNone(a: Argument): DockerfileHit {
  return {
    range: a.getRange(),
    topics: ['instruction:HEALTHCHECK'],
    content: {
      title: 'NONE',
      tags: ['HEALTHCHECK'],
      // ref: buildkit-dockerfile-docs/reference.md#healthcheck (HEALTHCHECK NONE disables any healthcheck inherited from the base image)
      what: 'Turns health checking off for this image.',
      inThisLine: ['Any health check inherited from the base image is switched off, so containers of this image show no `healthy` or `unhealthy` status.'],
      docsUrl: ref('healthcheck'),
    },
  };
}

function explainLabelName(a: Argument, pos: Position): DockerfileHit | undefined {
  const range = nameRange(a);
  const written = a.getValue();
  const eq = written.indexOf('=');
  if (eq < 0 || !contains(range, pos)) return undefined;
  const key = written.slice(0, eq).replace(/^"(.*)"$/, '$1');
  // The OCI keys have their own hover in argumentHover.ts; this one covers the rest.
  if (key.startsWith('org.opencontainers.image.')) return undefined;
  const value = written.slice(eq + 1);
  return {
    range,
    topics: ['instruction:LABEL'],
    content: {
      title: key,
      tags: ['LABEL key'],
      // ref: buildkit-dockerfile-docs/reference.md#label (key-value metadata; see it with docker image inspect)
      what: 'A label key: a name for a piece of metadata stored in the image configuration. It changes no files.',
      inThisLine: [`Stores ${value ? code(value) : 'an empty value'} under ${code(key)}; read it back with \`docker image inspect\`.`],
      docsUrl: ref('label'),
    },
  };
}

function explainAddSource(args: Argument[], a: Argument): DockerfileHit | undefined {
  const words = args.filter(x => !x.getValue().startsWith('--'));
  const i = words.indexOf(a);
  if (i < 0 || i === words.length - 1 || words.length < 2) return undefined;
  const src = a.getValue();
  const kind = addSourceKind(src);
  if (kind === 'local') return undefined;
  // ref: buildkit-dockerfile-docs/reference.md#source ; #adding-files-from-a-url ; #adding-files-from-a-git-repository ; #adding-local-tar-archives
  const what = {
    url: 'A URL: `ADD` downloads the file at build time. A downloaded archive is not unpacked.',
    git: 'A Git address: `ADD` clones the repository at build time, leaving out its `.git` folder unless `--keep-git-dir` is set. A `#ref` or `#ref:folder` suffix picks a branch, tag or commit, and a folder.',
    tar: 'A local tar archive: `ADD` unpacks it, so its contents land in the destination, not the archive file.',
  }[kind];
  return {
    range: a.getRange(),
    topics: ['instruction:ADD'],
    content: {
      title: src,
      tags: ['ADD source', kind === 'url' ? 'download' : kind === 'git' ? 'Git clone' : 'tar archive'],
      what,
      inThisLine: [`Lands in ${code(words[words.length - 1].getValue())}.`],
      watchOut: kind === 'url' ? ['Without `--checksum=sha256:...` the download is not verified, and a changed file at that URL changes the image.'] : undefined,
      docsUrl: ref('add'),
    },
  };
}

function explainInterpreter(model: DockerfileModel, inst: Instruction, a: Argument): DockerfileHit | undefined {
  const heredocs = heredocsOf(model, inst);
  if (!heredocs.length) return undefined;
  const marker = heredocs[0].getStartRange();
  const r = a.getRange();
  if (r.start.line !== marker.start.line || r.start.character < marker.end.character) return undefined;
  const word = a.getValue();
  if (word.startsWith('<<') || word.startsWith('-')) return undefined;
  return {
    range: r,
    topics: ['instruction:RUN'],
    content: {
      title: word,
      tags: ['here-document', 'interpreter'],
      // ref: buildkit-dockerfile-docs/reference.md#example-running-a-multi-line-script (RUN <<EOT bash / python3)
      what: 'The program that runs the here-document: the body is passed to it on its standard input, instead of to the default shell.',
      inThisLine: [`${code(word)} reads and runs the lines up to the delimiter, so they must be written in its language.`],
      docsUrl: ref('here-documents'),
    },
  };
}
