// SPDX-License-Identifier: MIT
// The notes' first commands, one exercise each: build the backend, run it with its port published, open a shell in
// it, pass FRONTEND_URL with -e, and run the frontend on its port. Names and ports come from the learner's Dockerfiles.
import { field, parseTop, publishedPorts, publishes } from './engineOutput';
import { containersOf, done, idsOf, imageRef, inspected, nameOf, notYet, probe, readAnswer, stdoutOf, type Ask, type ExerciseDef } from './exerciseKit';
import type { ExerciseResult } from './types';
import type { AppPart } from './workspace';

/** The program names a learner opens a shell with. */
const shells = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);

function isShell(cmd: string): boolean {
  const words = cmd.trim().split(/\s+/).map((w) => w.split('/').pop() ?? '');
  // `busybox sh` is how a busybox image starts its shell.
  return shells.has(words[0]) || (words[0] === 'busybox' && shells.has(words[1] ?? ''));
}

/** `-p PORT:PORT`, written for the part's own port. */
const publish = (p: AppPart) => `-p ${p.port}:${p.port}`;

/** Running with the port published: shared by the backend and the frontend exercise. */
function checkRunning(a: Ask, part: AppPart): ExerciseResult {
  const images = stdoutOf(a, probe.images(a.docker, part.repo));
  const rows = containersOf(a, part);
  if (rows.length === 0) {
    if (images.trim() === '') return notYet(`there is no \`${part.repo}\` image yet: build it first with \`docker build -t ${part.repo}:dev ./${part.dir}\``);
    return notYet(`no container from \`${part.repo}\` is running: start one with \`docker run --rm ${publish(part)} ${imageRef(part, images)}\``);
  }
  if (rows.some((r) => publishes(r.ports, part.port))) return done;
  const others = publishedPorts(rows[0].ports);
  const what = others.length ? `it publishes container port ${others.join(', ')}, not ${part.port}, where the app listens` : `port ${part.port} is not published`;
  return notYet(`a container from \`${part.repo}\` is running, but ${what}: add \`${publish(part)}\``);
}

function runningFirst(a: Ask, part: AppPart): ExerciseResult | undefined {
  return containersOf(a, part).length ? undefined : notYet(`no container from \`${part.repo}\` is running: do "Run the backend with its port published" first`);
}

export const runExercises: ExerciseDef[] = [
  {
    id: 'build-backend',
    title: 'Build the backend image',
    goal: (f) => `An image named \`${f.backend.repo}\` is in your engine, built from \`${f.backend.dockerfile}\`.`,
    hints: (f) => [
      `Your notes start with \`docker build\`: it reads a Dockerfile and makes an image (week 1 notes, "DOCKER COMMAND LINE PROMPTS I HAVE LEARNT").`,
      `Open \`${f.backend.dockerfile}\` and rest the mouse on \`FROM\`: the hover says what each line adds to the image.`,
      `Click the **Build** lens above the first \`FROM\`: its tooltip shows the exact command before it runs.`,
      `Or type it: \`docker build -t ${f.backend.repo}:1.0.0 ./${f.backend.dir}\`, then \`docker images\` to see it.`,
    ],
    files: (f) => [f.backend.dockerfile],
    probes: (a) => [probe.images(a.docker, a.facts.backend.repo)],
    check: (a) => stdoutOf(a, probe.images(a.docker, a.facts.backend.repo)).trim() !== '' ? done
      : notYet(`there is no \`${a.facts.backend.repo}\` image yet: build it with \`docker build -t ${a.facts.backend.repo}:1.0.0 ./${a.facts.backend.dir}\``),
  },
  {
    id: 'run-backend',
    title: 'Run the backend with its port published',
    goal: (f) => `A container from \`${f.backend.repo}\` is running with port ${f.backend.port} published on your machine.`,
    hints: (f) => [
      `An image does nothing until a container runs it; \`-p\` connects a port on your machine to one in the container (your notes, \`docker run\`).`,
      `Hover \`EXPOSE\` in \`${f.backend.dockerfile}\`: it documents port ${f.backend.port} but publishes nothing by itself.`,
      `The **Run** lens above \`FROM\` runs the image with every EXPOSE port published; hover \`-p\` in its command to read \`HOST:CONTAINER\`.`,
      `Or type it: \`docker run --rm ${publish(f.backend)} -it ${f.backend.repo}:1.0.0\`, then \`docker ps\` in a second terminal.`,
    ],
    files: (f) => [f.backend.dockerfile],
    probes: (a) => [probe.images(a.docker, a.facts.backend.repo), probe.ps(a.docker)],
    check: (a) => checkRunning(a, a.facts.backend),
  },
  {
    id: 'shell-backend',
    title: 'Open a shell in the running backend',
    goal: (f) => `A shell runs inside a container from \`${f.backend.repo}\`, next to the app.`,
    hints: (f) => [
      `\`docker exec\` runs one more program in a container that is already running; with a shell, you are "inside" (your notes, \`docker exec -it\`).`,
      `Hover \`exec\` and \`-it\` in a terminal command: \`-i\` keeps input open, \`-t\` gives it a terminal.`,
      `The **Shell** lens above \`FROM\` in \`${f.backend.dockerfile}\` opens one in the container the **Run** lens started.`,
      `Or type it: \`docker ps\` for the container's name, then \`docker exec -it <name> sh\` (bash if the image has it), and leave it open while you check.`,
    ],
    files: (f) => [f.backend.dockerfile],
    probes: (a) => [probe.ps(a.docker), ...idsOf(containersOf(a, a.facts.backend)).map((id) => probe.top(a.docker, id))],
    check: (a) => {
      const rows = containersOf(a, a.facts.backend);
      const first = runningFirst(a, a.facts.backend);
      if (first) return first;
      // The first row of `docker top` is the container's own program; a shell after it was started by exec.
      const withShell = idsOf(rows).some((id) => readAnswer(a, probe.top(a.docker, id), parseTop).slice(1).some((p) => isShell(p.cmd)));
      return withShell ? done : notYet(`no shell is open in \`${nameOf(rows[0])}\`: run \`docker exec -it ${nameOf(rows[0])} sh\` and keep it open while you check`);
    },
  },
  {
    id: 'env-frontend-url',
    title: 'Pass FRONTEND_URL with -e',
    goal: (f) => `A running container from \`${f.backend.repo}\` has FRONTEND_URL in its environment, given on the command line.`,
    hints: (f) => [
      `The backend reads FRONTEND_URL to know which site may call it (CORS, the start of your notes).`,
      `Your notes' line \`docker run --rm -p 4567:4567 -it backend-flask FRONTEND_URL\` puts the name after the image, so docker hands it to the app as an argument: \`-e\` must come before the image.`,
      `Hover \`-e\` in a \`docker run\` line: it sets one variable in the container, \`NAME=value\`.`,
      `Type it: \`docker run --rm ${publish(f.backend)} -e FRONTEND_URL=http://localhost:${f.frontend.port} -it ${f.backend.repo}:1.0.0\`.`,
    ],
    files: (f) => [f.backend.dockerfile],
    probes: (a) => {
      const ids = idsOf(containersOf(a, a.facts.backend));
      return [probe.ps(a.docker), ...(ids.length ? [probe.inspect(a.docker, ids)] : [])];
    },
    check: (a) => {
      const first = runningFirst(a, a.facts.backend);
      if (first) return first;
      const rows = containersOf(a, a.facts.backend);
      const found = [...inspected(a, idsOf(rows)).values()].some((c) => {
        const env = field(c, 'Config', 'Env');
        return Array.isArray(env) && env.some((e) => typeof e === 'string' && /^FRONTEND_URL=./.test(e));
      });
      return found ? done : notYet(`\`${nameOf(rows[0])}\` is running without FRONTEND_URL: start it again with \`-e FRONTEND_URL=http://localhost:${a.facts.frontend.port}\` before the image name`);
    },
  },
  {
    id: 'run-frontend',
    title: 'Run the frontend on its port',
    goal: (f) => `A container from \`${f.frontend.repo}\` is running with port ${f.frontend.port} published.`,
    hints: (f) => [
      `Same two steps as the backend: build an image from \`${f.frontend.dockerfile}\`, then run it with its port published.`,
      `Hover \`EXPOSE\` and \`ENV PORT\` in \`${f.frontend.dockerfile}\`: they say which port the app listens on.`,
      `The **Build & Run** lens above \`FROM\` does both; its tooltip shows the two commands.`,
      `Or type: \`docker build -t ${f.frontend.repo}:dev ./${f.frontend.dir}\` then \`docker run --rm ${publish(f.frontend)} ${f.frontend.repo}:dev\`.`,
    ],
    files: (f) => [f.frontend.dockerfile],
    probes: (a) => [probe.images(a.docker, a.facts.frontend.repo), probe.ps(a.docker)],
    check: (a) => checkRunning(a, a.facts.frontend),
  },
];

