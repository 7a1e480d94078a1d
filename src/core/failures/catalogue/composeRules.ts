// SPDX-License-Identifier: MIT
// Compose's own refusals: what compose-go's loader and validation reject in a compose file (a variable it
// requires, a cycle in depends_on, keys that exclude each other, an unknown key or a value of the wrong shape,
// a missing env_file or compose file), and what Compose says while starting services that wait for others.
import { code } from '../../render';
import type { CommandContext } from '../types';
import { composeFix, dockerFix, validContainer, validService } from '../fixes';
import { composeFileOf, serviceLocation } from '../locate';
import type { Action } from '../../types';
import { messageKind } from './fromMessage';

const composeDocs = 'https://docs.docker.com/reference/compose-file/services/';

/** The logs of a container Compose named, which say why it stopped or failed its check. */
function logsOf(ctx: CommandContext, container: string): Action | undefined {
  const name = validContainer(container);
  return name ? dockerFix(ctx, 'logs', `Show the logs of ${name}`, ['logs', '--tail', '50', name]) : undefined;
}

const located = (ctx: CommandContext, service: string) => (validService(service) ? serviceLocation(composeFileOf(ctx), service) : undefined);

export const requiredVariable = messageKind({
  code: 'ComposeRequiredVariable',
  title: 'A required variable is not set',
  message: 'requiredVariable',
  commands: ['compose'],
  docsUrl: 'https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/',
  topics: ['key:environment'],
  explain: (_ctx, m) => ({
    lead: `${code(m[1])} is not set${m[2] ? ` (the file says: ${m[2].trim()})` : ''}.`,
    why: ['Compose fills `${...}` from your shell\'s environment and from a `.env` file next to the compose file; the variables of `env_file:` reach the container only, not the compose file.'],
    todo: [`Set it: add ${code(`${m[1]}=...`)} to \`.env\` next to the compose file, or run \`${m[1]}=... docker compose up\`.`],
  }),
});

export const noHealthcheck = messageKind({
  code: 'ComposeNoHealthcheck',
  title: 'Waiting for health of a service that has no check',
  message: 'noHealthcheck',
  commands: ['compose'],
  docsUrl: 'https://docs.docker.com/compose/how-tos/startup-order/',
  topics: ['key:depends_on', 'key:healthcheck'],
  explain: (_ctx, m) => ({
    lead: `${code(m[1])} has no health check.`,
    why: ['A health check comes from `healthcheck:` in the compose file or `HEALTHCHECK` in the image; most official images (postgres, redis, mysql) have none.'],
    todo: ['Add a `healthcheck:` to that service (for postgres: `test: ["CMD-SHELL", "pg_isready -U postgres"]`), or wait with `condition: service_started`.'],
  }),
});

export const dependencyUnhealthy = messageKind({
  code: 'ComposeDependencyUnhealthy',
  title: 'A service it waits for is unhealthy',
  message: 'unhealthy',
  commands: ['compose'],
  docsUrl: 'https://docs.docker.com/compose/how-tos/startup-order/',
  topics: ['key:depends_on', 'key:healthcheck'],
  explain: (ctx, m) => ({
    lead: `${code(m[1])} failed its health check.`,
    why: ['Its health check kept failing until its `retries` ran out: the app inside may not have started, or the check\'s command is wrong or missing from the image (`curl` is not in every image).'],
    todo: ['Read its logs, and try its check by hand with `docker exec`; give a slow app a `start_period`.'],
    fixes: [logsOf(ctx, m[1])],
  }),
});

export const dependencyExited = messageKind({
  code: 'ComposeDependencyExited',
  title: 'A service it depends on stopped',
  message: 'dependencyExited',
  commands: ['compose'],
  docsUrl: 'https://docs.docker.com/compose/how-tos/startup-order/',
  topics: ['key:depends_on'],
  explain: (ctx, m) => ({
    lead: `${code(m[1])} exited with code ${m[2]}.`,
    why: ['With `condition: service_healthy` or `service_completed_successfully`, Compose waits for that service, and stops when it fails.'],
    todo: ['Read its logs: they say why it stopped.'],
    fixes: [logsOf(ctx, m[1])],
  }),
});

export const dependencyCycle = messageKind({
  code: 'ComposeDependencyCycle',
  title: 'Services depend on each other in a circle',
  message: 'dependencyCycle',
  commands: ['compose'],
  docsUrl: composeDocs + '#depends_on',
  topics: ['key:depends_on'],
  explain: (ctx, m) => {
    const first = /^([\w.-]+)/.exec(m[1])?.[1];
    return {
      lead: `The circle: ${code(m[1].trim())}.`,
      why: ['`depends_on` means "start after"; two services cannot both start after each other. To let them talk both ways, no `depends_on` is needed: on one network each reaches the other by service name.'],
      todo: ['Remove the `depends_on` entry that closes the circle (often the one from the database back to the app).'],
      location: first ? located(ctx, first) : undefined,
    };
  },
});

export const networkModeAndNetworks = messageKind({
  code: 'ComposeNetworkModeWithNetworks',
  title: 'network_mode and networks together',
  message: 'networkModeAndNetworks',
  commands: ['compose'],
  docsUrl: composeDocs + '#network_mode',
  topics: ['key:network_mode', 'key:networks'],
  explain: (ctx, m) => ({
    lead: `Service ${code(m[1])} sets both.`,
    why: ['`network_mode: host` (or `service:x`) shares another network stack; `networks:` joins networks Compose makes. The two cannot be mixed.'],
    todo: ['Keep `networks:` (what most apps want), or keep `network_mode` and drop `networks:`.'],
    location: located(ctx, m[1]),
  }),
});

export const containerNameWithScale = messageKind({
  code: 'ComposeContainerNameWithScale',
  title: 'container_name with more than one replica',
  message: 'containerNameScale',
  commands: ['compose'],
  docsUrl: composeDocs + '#container_name',
  topics: ['key:container_name', 'key:deploy'],
  explain: (ctx, m) => {
    // compose-go writes its two values swapped: "services.scale: ... and web".
    const service = m[1] === 'scale' || m[1] === 'deploy.replicas' ? m[2] : m[1];
    return {
      lead: `Service ${code(service)} has a \`container_name\` and more than one replica.`,
      why: ['Without `container_name`, Compose numbers the containers itself (`web-1`, `web-2`), so replicas get distinct names.'],
      todo: ['Remove `container_name:`, or keep one replica.'],
      location: located(ctx, service),
    };
  },
});

export const noConfigFile = messageKind({
  code: 'ComposeNoConfigFile',
  title: 'No compose file here',
  message: 'noConfigFile',
  commands: ['compose'],
  docsUrl: 'https://docs.docker.com/compose/intro/compose-application-model/#the-compose-file',
  topics: ['command:docker compose'],
  explain: (ctx) => ({
    why: [`Compose looks for \`compose.yaml\`, \`compose.yml\`, \`docker-compose.yaml\` or \`docker-compose.yml\`${ctx.cwd ? ` in ${code(ctx.cwd)}` : ''} and the folders above it. Other names need \`-f\`.`],
    todo: ['Run the command from the project\'s folder, or name the file with `-f`.'],
  }),
});

export const noImageNoBuild = messageKind({
  code: 'ComposeNoImageOrBuild',
  title: 'A service with neither image nor build',
  message: 'noImageNoBuild',
  commands: ['compose'],
  docsUrl: composeDocs + '#image',
  topics: ['key:image', 'key:build'],
  explain: (ctx, m) => ({
    lead: `Service ${code(m[1])} has no \`image:\` and no \`build:\`.`,
    why: ['Often the key is misspelt or indented under the wrong service, so it does not count for this one.'],
    todo: ['Add `image: NAME` or `build: ./folder` under the service.'],
    location: located(ctx, m[1]),
  }),
});

export const unknownKey = messageKind({
  code: 'ComposeUnknownKey',
  title: 'A key Compose does not know there',
  message: 'unknownKey',
  commands: ['compose'],
  docsUrl: composeDocs,
  topics: ['command:docker compose'],
  explain: (ctx, m) => {
    const service = /^services\.([\w.-]+?)(?:\.|$)/.exec(m[1])?.[1];
    return {
      lead: `Compose does not know ${code(m[2])} under ${code(m[1])}.`,
      why: ['Compose checks every key against the compose file format before it starts anything. An extra two spaces of indentation moves a key under another one.'],
      todo: ['Fix the key\'s spelling or its indentation; the editor marks it too.'],
      location: service && !m[1].slice(9 + service.length) ? located(ctx, service) : undefined,
    };
  },
});

export const wrongType = messageKind({
  code: 'ComposeWrongType',
  title: 'A compose value of the wrong shape',
  message: 'wrongType',
  commands: ['compose'],
  docsUrl: composeDocs,
  topics: ['command:docker compose'],
  explain: (_ctx, m) => ({
    lead: `${code(m[1])} must be a ${m[2]}.`,
    why: ['A list has one item per line starting with `- `; a mapping has `key: value` lines under the key, indented.'],
    todo: ['Rewrite the value in that shape; hover the key for its form.'],
  }),
});

export const badInterpolation = messageKind({
  code: 'ComposeBadInterpolation',
  title: 'A $ that is not a variable',
  message: 'badInterpolation',
  commands: ['compose'],
  docsUrl: 'https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/',
  topics: ['key:environment'],
  explain: (_ctx, m) => ({
    tail: `This one is in ${code(m[1])}.`,
    why: ['Passwords and shell commands often hold a `$`; Compose reads each one as the start of a variable before the container sees it.'],
    todo: ['Write `$$` for a literal `$`, or `${NAME}` for a variable.'],
  }),
});

export const envFileNotFound = messageKind({
  code: 'ComposeEnvFileNotFound',
  title: 'env_file names a missing file',
  message: 'envFileNotFound',
  commands: ['compose'],
  docsUrl: composeDocs + '#env_file',
  topics: ['key:env_file'],
  explain: (_ctx, m) => ({
    lead: `There is no ${code(m[1])}.`,
    why: ['A file such as `.env` is often kept out of git, so a fresh clone lacks it; look for a `.env.example` to copy.'],
    todo: ['Create the file, or mark the entry `required: false` (Compose 2.24 and later).'],
  }),
});

export const serviceNotRunning = messageKind({
  code: 'ComposeServiceNotRunning',
  title: 'The service is not running',
  message: 'serviceNotRunning',
  commands: ['compose'],
  docsUrl: 'https://docs.docker.com/reference/cli/docker/compose/exec/',
  topics: ['command:docker compose exec'],
  explain: (ctx, m) => ({
    lead: `${code(m[1])} has no running container.`,
    why: ['Its container was never started, or it stopped: `docker compose ps -a` shows which, with the exit code.', 'To run a one-off command in a new container instead, use `docker compose run --rm`.'],
    todo: ['Start the service (then `exec` again), or read its logs if it stopped.'],
    fixes: [validService(m[1]) ? composeFix(ctx, 'upService', `Start ${m[1]}`, ['up', '-d', m[1]]) : undefined, composeFix(ctx, 'psAll', 'Show all containers of the project', ['ps', '-a'])],
  }),
});

export const composeRuleKinds = [requiredVariable, noHealthcheck, dependencyExited, dependencyUnhealthy, dependencyCycle, networkModeAndNetworks, containerNameWithScale, noConfigFile, noImageNoBuild, unknownKey, wrongType, badInterpolation, envFileNotFound, serviceNotRunning];
