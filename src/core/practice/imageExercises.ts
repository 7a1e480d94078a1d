// SPDX-License-Identifier: MIT
// Two habits from the notes' security list, checked on what the engine holds: a multi-stage build whose final image
// is smaller than a single-stage one, and a backend container that runs as a user that is not root.
import { field, parseInspect, parseTop } from './engineOutput';
import { containersOf, done, idsOf, inspected, nameOf, notYet, probe, readAnswer, type Ask, type ExerciseDef } from './exerciseKit';

/** The two tags the exercise compares, so neither build replaces the other. */
const singleTag = 'single';
const multiTag = 'multi';

function sizeOf(a: Ask, ref: string): number | undefined {
  const size = field(readAnswer(a, probe.imageInspect(a.docker, ref), parseInspect)[0], 'Size');
  return typeof size === 'number' ? size : undefined;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

function isRoot(user: string): boolean {
  return user === '' || /^(root|0)(:.*)?$/.test(user);
}

export const imageExercises: ExerciseDef[] = [
  {
    id: 'multi-stage',
    title: 'Make the image smaller with a multi-stage build',
    goal: (f) => `\`${f.backend.repo}:${multiTag}\`, built from a Dockerfile with two stages, is smaller than \`${f.backend.repo}:${singleTag}\`, built from one.`,
    hints: (f) => [
      `A build stage can hold compilers and caches; a last stage that copies only the result leaves them behind.`,
      `Hover \`AS\` after a \`FROM\` and \`--from\` in a \`COPY\`: the hovers show which stage each line belongs to; the **Build a stage** lens builds one stage alone.`,
      `Write \`${f.backend.dir}/Dockerfile.multi\` with \`FROM ... AS build\`, then a second \`FROM\` that does \`COPY --from=build\` of only what the app runs.`,
      `Build both and compare: \`docker build -t ${f.backend.repo}:${singleTag} ./${f.backend.dir}\`, \`docker build -t ${f.backend.repo}:${multiTag} -f ${f.backend.dir}/Dockerfile.multi ./${f.backend.dir}\`, then \`docker image ls ${f.backend.repo}\`.`,
    ],
    files: (f) => [f.multiStage ?? `${f.backend.dir}/Dockerfile.multi`],
    probes: (a) => [probe.imageInspect(a.docker, `${a.facts.backend.repo}:${singleTag}`), probe.imageInspect(a.docker, `${a.facts.backend.repo}:${multiTag}`)],
    check: (a) => {
      const repo = a.facts.backend.repo;
      if (!a.facts.multiStage) return notYet(`no Dockerfile here has two \`FROM\` lines yet: write \`${a.facts.backend.dir}/Dockerfile.multi\` with a build stage and a final stage`);
      const single = sizeOf(a, `${repo}:${singleTag}`);
      const multi = sizeOf(a, `${repo}:${multiTag}`);
      if (single === undefined) return notYet(`there is no \`${repo}:${singleTag}\` to compare with: \`docker build -t ${repo}:${singleTag} ./${a.facts.backend.dir}\``);
      if (multi === undefined) return notYet(`there is no \`${repo}:${multiTag}\` yet: \`docker build -t ${repo}:${multiTag} -f ${a.facts.multiStage} ./${a.facts.backend.dir}\``);
      return multi < single ? done
        : notYet(`\`${repo}:${multiTag}\` is ${megabytes(multi)}, not smaller than \`${repo}:${singleTag}\` (${megabytes(single)}): copy only what the app runs into the last stage`);
    },
  },
  {
    id: 'non-root',
    title: 'Run the backend as a user that is not root',
    goal: (f) => `A running container from \`${f.backend.repo}\` runs its program as a user that is not root.`,
    hints: (f) => [
      `Security practice from your notes: whoever breaks into the app gets the rights of the user it runs as.`,
      `Hover \`USER\` in \`${f.backend.dockerfile}\`: every later \`RUN\`, \`CMD\` and \`ENTRYPOINT\` runs as that user; the Problems panel warns when the last stage has none.`,
      `Add \`RUN useradd --no-create-home app\` then \`USER app\` near the end of the Dockerfile (or run with \`--user 1000\`).`,
      `Build and run again, then \`docker top <name>\`: the UID column shows who the program runs as.`,
    ],
    files: (f) => [f.backend.dockerfile],
    probes: (a) => {
      const ids = idsOf(containersOf(a, a.facts.backend));
      return [probe.ps(a.docker), ...(ids.length ? [probe.inspect(a.docker, ids)] : []), ...ids.map((id) => probe.top(a.docker, id))];
    },
    check: (a) => {
      const rows = containersOf(a, a.facts.backend);
      if (rows.length === 0) return notYet(`no container from \`${a.facts.backend.repo}\` is running: start one, then check`);
      const configs = inspected(a, idsOf(rows));
      for (const id of idsOf(rows)) {
        const user = String(field(configs.get(id), 'Config', 'User') ?? '');
        // `docker top` shows who the program really runs as; the configured user says it was asked for.
        const main = readAnswer(a, probe.top(a.docker, id), parseTop)[0];
        if (!isRoot(user) && main && !isRoot(main.uid)) return done;
      }
      return notYet(`\`${nameOf(rows[0])}\` runs as root: add \`USER\` with an ordinary user to \`${a.facts.backend.dockerfile}\`, build, and run it again`);
    },
  },
];
