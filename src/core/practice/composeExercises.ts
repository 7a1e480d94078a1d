// SPDX-License-Identifier: MIT
// The notes' Compose part, one exercise each: a compose file that `docker compose config` accepts, both services up,
// a named volume that outlives `down`, a user-defined bridge network, and a healthcheck that passes.
import { field, parseInspect, jsonLines } from './engineOutput';
import { answer, appContainers, containersOf, done, idsOf, inspected, nameOf, notYet, probe, readAnswer, running, type Ask, type ExerciseDef } from './exerciseKit';
import type { ExerciseResult } from './types';
import type { WorkspaceFacts } from './workspace';

/** `docker compose` missing from the CLI: what docker says when the plugin is not installed. */
const composeMissing = /unknown command|is not a docker command|unknown flag: --file/i;

/** An anonymous volume's name: 64 hex digits, made up by the engine. */
const anonymous = /^[0-9a-f]{64}$/;

/**
 * How much newer than its volume a container must be to show the volume outlived a `down`: `up` creates the volume
 * and the container within a second, and volume timestamps count whole seconds.
 */
const outlivedMs = 2000;

const composeFileOf = (f: WorkspaceFacts) => f.compose?.path ?? 'docker-compose.yml';
const both = (f: WorkspaceFacts) => `\`${f.backend.service ?? f.backend.dir}\` and \`${f.frontend.service ?? f.frontend.dir}\``;

function volumesInUse(a: Ask): string[] {
  const mounted = new Set(appContainers(a).flatMap((r) => r.mounts));
  return readAnswer(a, probe.volumes(a.docker), jsonLines).map((v) => String(v.Name ?? '')).filter((n) => mounted.has(n) && !anonymous.test(n)).slice(0, 8);
}

/**
 * A volume older than a container that uses it is all the engine shows: that the data in it survived only shows
 * from inside, which Docker Coach never enters. So `done` says what was seen, and what to run to see the rest.
 */
function volumeOutlived(container: Record<string, unknown>, volume: string, destination: string): ExerciseResult {
  const name = String(field(container, 'Name') ?? '').replace(/^\//, '') || 'the container';
  const service = field(container, 'Config', 'Labels', 'com.docker.compose.service');
  const composed = typeof service === 'string' && service !== '';
  const inside = composed ? `docker compose exec ${service}` : `docker exec ${name}`;
  const again = composed ? 'run `docker compose down` then `docker compose up -d`' : `remove \`${name}\` and run it again with the same \`-v ${volume}:${destination}\``;
  return {
    status: 'done',
    seen: `volume \`${volume}\` is older than \`${name}\`, which uses it at ${destination}: it was made before this container, as after \`down\` and \`up -d\``,
    tryIt: `write a file into it (\`${inside} sh -c "date > ${destination}/proof"\`), ${again}, and read it back (\`${inside} cat ${destination}/proof\`): the same date means your data survived`,
  };
}

/**
 * How to read wget's answer, BusyBox's or GNU's (both run here: `busybox wget` and Debian's wget 1.21). Without
 * `-q`, which would silence GNU wget's error.
 */
const nameAnswers = 'a page, an HTTP error or "Connection refused" means the name was found; "bad address" (BusyBox wget) or "unable to resolve host address" (GNU wget) means it was not; "executable file not found" means that image has no wget (slim images often lack it)';

/**
 * Two containers on one network of the learner's own is all the engine shows: that a name answers only shows from
 * inside a container. So `done` says what was seen, and what to run to see one reach the other.
 */
function sharedNetwork(a: Ask, network: string, members: { id: string; name: string }[]): ExerciseResult {
  const backend = new Set(containersOf(a, a.facts.backend).map((r) => r.id));
  const frontend = new Set(containersOf(a, a.facts.frontend).map((r) => r.id));
  const to = members.find((m) => backend.has(m.id)) ?? members[0];
  const from = members.find((m) => m !== to) ?? members[1];
  const port = backend.has(to.id) ? a.facts.backend.port : frontend.has(to.id) ? a.facts.frontend.port : undefined;
  const service = running(a).find((r) => r.id === to.id)?.labels['com.docker.compose.service'];
  return {
    status: 'done',
    seen: `\`${from.name}\` and \`${to.name}\` are both on your bridge network \`${network}\``,
    tryIt: `ask from inside one for the other by name: \`docker exec ${from.name} wget -O- http://${to.name}${port ? `:${port}` : ''}\``
      + `${service ? ` (with Compose, \`${service}\` works as the name too)` : ''}; ${nameAnswers}`,
  };
}

function userNetworks(a: Ask): string[] {
  return readAnswer(a, probe.networks(a.docker), jsonLines).map((n) => String(n.Name ?? '')).filter((n) => n !== '' && n !== 'bridge').slice(0, 8);
}

export const composeExercises: ExerciseDef[] = [
  {
    id: 'compose-config',
    title: 'Write a compose file for both services',
    goal: (f) => `\`${composeFileOf(f)}\` defines ${both(f)}, and \`docker compose config\` accepts it.`,
    hints: (f) => [
      `Your notes: a compose file lists the services that make up the app, so one command starts them all.`,
      `Type \`services:\` in a new \`docker-compose.yml\` and take the completion; hover each key (\`build\`, \`ports\`, \`environment\`) to see what it does.`,
      `Each service needs \`build: ./${f.backend.dir}\` (or \`./${f.frontend.dir}\`) and \`ports: ["${f.backend.port}:${f.backend.port}"]\`; the Problems panel shows what Compose would refuse.`,
      `Check it yourself: \`docker compose -f ${composeFileOf(f)} config\` prints the file as Compose reads it, or the first mistake.`,
    ],
    files: (f) => [composeFileOf(f)],
    probes: (a) => a.facts.compose ? [probe.composeConfig(a.docker, a.facts.compose.path)] : [],
    check: (a) => {
      const c = a.facts.compose;
      if (!c) return notYet(`there is no compose file yet: create \`docker-compose.yml\` with services for ${both(a.facts)}`);
      const o = answer(a, probe.composeConfig(a.docker, c.path));
      const said = `${o?.stderr ?? ''}\n${o?.stdout ?? ''}`.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
      if (o && o.exitCode !== 0 && composeMissing.test(said)) return { status: 'cannot check', missing: '`docker compose` is not installed here: install the Compose plugin (Docker Desktop has it) and check again' };
      if (o?.exitCode !== 0) return notYet(`\`docker compose config\` refuses \`${c.path}\`: ${said || 'it exited with an error'}`);
      const missing = [a.facts.backend, a.facts.frontend].filter((p) => p.service === undefined).map((p) => `\`${p.dir}\``);
      return missing.length ? notYet(`\`${c.path}\` has no service that builds ${missing.join(' or ')}: add one with \`build: ./${a.facts.backend.service === undefined ? a.facts.backend.dir : a.facts.frontend.dir}\``) : done;
    },
  },
  {
    id: 'compose-up',
    title: 'Start both services with compose up -d',
    goal: (f) => `${both(f)} both run as containers of the compose project, started in the background.`,
    hints: (f) => [
      `Your notes: \`docker compose up\` builds what is missing, creates a network, and starts every service.`,
      `Click the **Up** lens above \`services:\` in \`${composeFileOf(f)}\`: it runs \`up -d\`, so the terminal stays yours.`,
      `Hover \`-d\` in the command: detached, the containers keep running in the background.`,
      `Or type it: \`docker compose -f ${composeFileOf(f)} up -d\`, then \`docker compose ps\`.`,
    ],
    files: (f) => [composeFileOf(f)],
    probes: (a) => [probe.ps(a.docker)],
    check: (a) => {
      if (!a.facts.compose) return notYet('there is no compose file yet: do "Write a compose file for both services" first');
      const down = [a.facts.backend, a.facts.frontend].filter((p) => !containersOf(a, p).some((r) => r.labels['com.docker.compose.service'] !== undefined));
      if (down.length === 0) return done;
      return notYet(`${down.map((p) => `\`${p.service ?? p.dir}\``).join(' and ')} ${down.length > 1 ? 'are' : 'is'} not running from the compose file: run \`docker compose -f ${a.facts.compose.path} up -d\``);
    },
  },
  {
    id: 'named-volume',
    title: 'Keep data in a named volume across down and up',
    // The engine shows the volume outliving a container, not the data in it: the goal says so, and the last hint shows the data.
    goal: () => 'A running container of the app uses a named volume made before the container, as after `docker compose down` and `up -d`: Docker Coach sees only that the volume is older than the container, and the last hint shows how to see your data survive.',
    hints: (f) => [
      `Your notes: data in a named volume stays when the container is stopped or removed (\`docker volume ls\`).`,
      `Hover \`volumes:\` in \`${composeFileOf(f)}\`: \`name:/path\` is a named volume, \`./dir:/path\` a bind mount; the name must also be listed under the top-level \`volumes:\`.`,
      `Add \`volumes: ["db-data:/data"]\` to a service and \`volumes: { db-data: {} }\` at the top, then \`up -d\`.`,
      `Then \`docker compose down\` (not \`down -v\`, which removes volumes) and \`docker compose up -d\` again; \`docker volume ls\` still lists it.`,
      `See the data itself survive, with hint 3's \`db-data:/data\` on \`${f.backend.service ?? 'backend'}\` (else your own service and the path after the \`:\`): \`docker compose exec ${f.backend.service ?? 'backend'} sh -c "date > /data/proof"\`, then \`down\`, \`up -d\`, and \`docker compose exec ${f.backend.service ?? 'backend'} cat /data/proof\` prints the same date.`,
    ],
    files: (f) => [composeFileOf(f)],
    probes: (a) => {
      const ids = idsOf(appContainers(a));
      const names = volumesInUse(a);
      return [probe.ps(a.docker), probe.volumes(a.docker), ...(ids.length ? [probe.inspect(a.docker, ids)] : []), ...(names.length ? [probe.volumeInspect(a.docker, names)] : [])];
    },
    check: (a) => {
      const names = volumesInUse(a);
      if (names.length === 0) return notYet('no running container of the app uses a named volume: add one under `volumes:` in the compose file (`db-data:/data`) and run `docker compose up -d`');
      const created = new Map(readAnswer(a, probe.volumeInspect(a.docker, names), parseInspect).map((v) => [String(field(v, 'Name')), Date.parse(String(field(v, 'CreatedAt')))]));
      for (const c of inspected(a, idsOf(appContainers(a))).values()) {
        const mounts = field(c, 'Mounts');
        const started = Date.parse(String(field(c, 'Created')));
        for (const m of Array.isArray(mounts) ? mounts : []) {
          const made = created.get(String(field(m, 'Name')));
          if (field(m, 'Type') === 'volume' && made !== undefined && started - made >= outlivedMs) return volumeOutlived(c, String(field(m, 'Name')), String(field(m, 'Destination') ?? ''));
        }
      }
      return notYet(`\`${names[0]}\` is in use, but no container has been made again since it was created: run \`docker compose down\` then \`docker compose up -d\` (no \`-v\`), and check again`);
    },
  },
  {
    id: 'bridge-network',
    title: 'Let one service reach the other by name',
    // The engine shows both containers on one network, not a name answering: the goal says so, and the last hint shows it.
    goal: () => 'Two running containers of the app share a bridge network of your own: Docker Coach sees only that, and the last hint shows how to see one reach the other by name.',
    hints: (f) => [
      `Your notes: on a network you define, containers find each other by name; on the default \`bridge\` they cannot.`,
      `Hover \`networks:\` and \`driver: bridge\` in \`${composeFileOf(f)}\`; the notes' \`internal-network\` named \`cruddur\` is one.`,
      `Add \`networks: [internal-network]\` to both services and the top-level \`networks:\` block, then \`docker compose up -d\`.`,
      `Without Compose: \`docker network create cruddur\`, then \`--network cruddur\` on both \`docker run\` lines; the backend is then \`http://${f.backend.service ?? f.backend.repo}:${f.backend.port}\` from the frontend.`,
      `See the name answer: \`docker compose exec ${f.frontend.service ?? 'frontend'} wget -O- http://${f.backend.service ?? 'backend'}:${f.backend.port}\`; ${nameAnswers}.`,
    ],
    files: (f) => [composeFileOf(f)],
    probes: (a) => {
      const names = userNetworks(a);
      return [probe.ps(a.docker), probe.networks(a.docker), ...(names.length ? [probe.networkInspect(a.docker, names)] : [])];
    },
    check: (a) => {
      const mine = new Set(appContainers(a).map((r) => r.id));
      const networks = readAnswer(a, probe.networkInspect(a.docker, userNetworks(a)), parseInspect);
      for (const n of networks) {
        const members = Object.entries((field(n, 'Containers') ?? {}) as Record<string, unknown>).map(([id, c]) => ({ id, name: String(field(c, 'Name') ?? '') || id.slice(0, 12) }));
        if (members.length >= 2 && members.some((m) => mine.has(m.id))) return sharedNetwork(a, String(field(n, 'Name') ?? ''), members);
      }
      const app = appContainers(a);
      if (app.length < 2) return notYet(`${app.length === 0 ? 'no container of the app is' : 'only one container of the app is'} running: start ${both(a.facts)} on one network, such as with \`docker compose up -d\``);
      const onDefault = app.filter((r) => r.networks.includes('bridge')).map(nameOf);
      return notYet(onDefault.length >= 2
        ? `${onDefault.map((n) => `\`${n}\``).join(' and ')} are on the default \`bridge\` network, where names do not resolve: put them on a network of your own`
        : 'the app\'s containers share no user-defined bridge network: put both on one (`networks:` in the compose file, or `--network`)');
    },
  },
  {
    id: 'healthcheck',
    title: 'Add a healthcheck that reports healthy',
    goal: () => 'A running container of the app has a healthcheck, and docker reports it healthy.',
    hints: (f) => [
      `A running container is not yet a working app: a healthcheck is a command docker runs now and then to ask.`,
      `Hover \`HEALTHCHECK\` in \`${f.backend.dockerfile}\` or \`healthcheck:\` in \`${composeFileOf(f)}\`: \`interval\`, \`timeout\` and \`retries\` decide when it turns healthy.`,
      `Type \`healthcheck\` under a service and take the completion; \`test: ["CMD", ...]\` runs a program the image has.`,
      `Start it again (\`docker compose up -d\`), wait one interval, and \`docker ps\` shows \`(healthy)\` in its STATUS.`,
    ],
    files: (f) => [f.backend.dockerfile, composeFileOf(f)],
    probes: (a) => [probe.ps(a.docker)],
    check: (a) => {
      const app = appContainers(a);
      if (app.some((r) => r.status.includes('(healthy)'))) return done;
      const failing = app.find((r) => r.status.includes('(unhealthy)'));
      if (failing) return notYet(`the healthcheck of \`${nameOf(failing)}\` fails: \`docker inspect --format "{{json .State.Health}}" ${nameOf(failing)}\` shows its last answers`);
      const starting = app.find((r) => r.status.includes('health: starting'));
      if (starting) return notYet(`\`${nameOf(starting)}\` has a healthcheck that has not passed yet: wait one interval and check again`);
      return notYet(app.length ? 'no running container of the app has a healthcheck: add `HEALTHCHECK` to a Dockerfile or `healthcheck:` to a service, and start it again' : 'no container of the app is running: start it first');
    },
  },
];

