// SPDX-License-Identifier: MIT
// The ten container security practices of issue 27, as data: what each one asks, why (in our own words,
// each sentence with its source beside it), which rules of the diagnostics table find a break of it,
// what the review counts as one subject (a Dockerfile, a compose service), and what to run to go further.
// The rules and their fixes live in src/core/diagnostics; this table only names their codes.
import type { PracticeCheck } from './types';

/**
 * What one practice is judged on: `image` = each Dockerfile (its final image), `service` = each compose
 * service, `both` = all of them. `runtime` practices are about how containers are started, which only a
 * compose file shows here: without one the status is "cannot tell from the files".
 */
export type PracticeScope = 'image' | 'service' | 'both' | 'runtime' | 'scan';

export interface PracticeDoc {
  id: string;
  title: string;
  why: string;
  /** The rule codes whose findings break this practice. */
  codes: readonly string[];
  scope: PracticeScope;
  /**
   * Which compose services count, when not all: `sets-user` = those with `user:` (the others run as their
   * image says, which only the Dockerfile shows), `pulls` = those that pull an image rather than build one,
   * `publishes` = those with `ports:` or the host's network.
   */
  services?: 'sets-user' | 'pulls' | 'publishes';
  /** One finding anywhere breaks the practice: one leaked secret or one key to the host is enough. */
  oneBreaks?: boolean;
  check: readonly PracticeCheck[];
}

const sentences = (...parts: string[]): string => parts.join(' ');

export const practiceDocs: readonly PracticeDoc[] = [
  {
    id: 'non-root-user',
    title: 'Run as a user that is not root',
    why: sentences(
      // buildkit-dockerfile-docs/reference.md, "USER": the user applies to RUN, CMD and ENTRYPOINT after it.
      'Without a `USER` line (in the Dockerfile or its base image) or a compose `user:`, the program in the container runs as root.',
      // compose-spec-docs/05-services.md, "user": compose overrides the image's USER; root when neither sets one.
      'A compose `user:` wins over the image, so `user: root` undoes a good Dockerfile.',
      // Docker's security docs, https://docs.docker.com/engine/security/#linux-kernel-capabilities (root in a container is still root).
      'Whoever breaks into a program that runs as root is root inside the container, one step closer to the host.',
    ),
    codes: ['RootUser', 'ServiceUserRoot'],
    scope: 'both',
    services: 'sets-user',
    check: [
      { title: 'Which user an image starts as (empty means root)', command: 'docker image inspect --format "{{.Config.User}}" <image>' },
      { title: 'Which user a running service is', command: 'docker compose exec <service> id' },
    ],
  },
  {
    id: 'pinned-base-images',
    title: 'Small, trusted, pinned base images',
    why: sentences(
      // buildkit-dockerfile-docs/reference.md, "FROM": without a tag or digest the builder assumes `latest`.
      'An image named without a tag means `latest`, which points at a different image whenever the publisher pushes a new one.',
      // buildkit-dockerfile-docs/reference.md, "FROM" (`<image>@<digest>`): a digest names exactly one image.
      'A version tag keeps upgrades on purpose, and a digest (`@sha256:…`) pins exactly the image that ships.',
      // Docker's security docs, https://docs.docker.com/build/building/best-practices/#choose-the-right-base-image
      'Official images in a slim or distroless variant carry fewer programs, so fewer of them can have holes.',
    ),
    codes: ['UnpinnedBaseImage', 'UnpinnedImage'],
    scope: 'both',
    services: 'pulls',
    check: [
      { title: 'The digest of the image you use', command: 'docker image ls --digests <image>' },
      { title: 'How big and how old the base is, and what to move to', command: 'docker scout recommendations <image>' },
    ],
  },
  {
    id: 'no-secrets',
    title: 'No secrets in the image or in the compose file',
    why: sentences(
      // buildkit-dockerfile-docs/rules-secrets-used-in-arg-or-env.md: ENV and ARG values persist in the final image.
      'Values set with `ENV` or `ARG` stay in the image, and so does any file `COPY` puts there, even if a later step deletes it.',
      // buildkit-dockerfile-docs/reference.md, "RUN --mount=type=secret" and ".dockerignore file".
      'A secret mount gives a build step a secret without storing it, and `.dockerignore` keeps `.env` and key files out of the build context.',
      // compose-spec-docs/09-secrets.md and 05-services.md, "secrets": the file is mounted under /run/secrets/.
      'At run time, compose `secrets:` hand a password to the container as a file instead of a value written in `environment:`.',
    ),
    codes: ['SecretsUsedInArgOrEnv', 'SecretCopied', 'ContextSecretsNotIgnored', 'SecretInEnvironment'],
    scope: 'both',
    oneBreaks: true,
    check: [
      { title: 'What each layer of an image was built with, ENV and ARG values included', command: 'docker history --no-trunc <image>' },
      { title: 'Docker\'s own checks of a Dockerfile, SecretsUsedInArgOrEnv among them', command: 'docker build --check .' },
    ],
  },
  {
    id: 'no-host-keys',
    title: 'No keys to the host',
    why: sentences(
      // docker-cli-docs/container_run.md, "--privileged": all capabilities, all devices; can get a root shell on the host.
      'A privileged container can do almost everything the host can, and can get a root shell on it.',
      // Docker's security docs, https://docs.docker.com/engine/security/#docker-daemon-attack-surface (the socket controls the daemon).
      'The Docker socket controls the engine, so a container that has it can start another one that mounts the whole disk.',
      // compose-spec-docs/05-services.md, "network_mode", "pid", "volumes".
      '`network_mode: host`, `pid: host` and a bind mount of `/` or `/etc` each take down a wall between the container and the machine.',
    ),
    codes: ['PrivilegedService', 'PrivilegedRun', 'DockerSocketMounted', 'HostNetworkMode', 'HostNamespaceShared', 'HostPathMounted'],
    scope: 'runtime',
    oneBreaks: true,
    check: [
      { title: 'Whether a running container is privileged', command: 'docker inspect --format "{{.HostConfig.Privileged}}" <container>' },
      { title: 'The whole configuration Compose will use, after merges and variables', command: 'docker compose config' },
    ],
  },
  {
    id: 'drop-privileges',
    title: 'Drop what is not needed',
    why: sentences(
      // compose-spec-docs/05-services.md, "cap_drop" and "cap_add"; Docker's security docs, https://docs.docker.com/engine/security/#linux-kernel-capabilities
      'Docker gives each container a set of Linux capabilities; `cap_drop: [ALL]` removes them and `cap_add:` gives back only the ones the app needs.',
      // docker-cli-docs/container_run.md, "--security-opt=no-new-privileges": processes cannot gain new privileges.
      '`security_opt: [no-new-privileges:true]` stops a program from gaining rights through setuid files.',
      // docker-cli-docs/container_run.md, "--read-only"; compose-spec-docs/05-services.md, "read_only" and "tmpfs".
      '`read_only: true` makes the container\'s own files unchangeable, with `tmpfs:` for the folders it must write.',
    ),
    codes: ['PrivilegesNotDropped'],
    scope: 'runtime',
    check: [
      { title: 'What a running container keeps', command: 'docker inspect --format "{{.HostConfig.CapDrop}} {{.HostConfig.SecurityOpt}} {{.HostConfig.ReadonlyRootfs}}" <container>' },
    ],
  },
  {
    id: 'limit-resources',
    title: 'Limit resources',
    why: sentences(
      // compose-spec-docs/05-services.md, "mem_limit", "cpus", "pids_limit"; compose-spec-docs/deploy.md, "resources".
      'Without limits, one container can take all the memory, CPU time or process slots of the machine.',
      // Docker's security docs, https://docs.docker.com/engine/security/#control-groups (cgroups limit what one container uses).
      'A leak, a loop or an attack in one service then slows or stops all the others; `mem_limit`, `cpus` and `pids_limit` put a ceiling on each.',
    ),
    codes: ['ResourceLimitsMissing'],
    scope: 'runtime',
    check: [
      { title: 'What each container uses right now, against its limit', command: 'docker stats --no-stream' },
    ],
  },
  {
    id: 'publish-only-needed',
    title: 'Publish only what must be reached',
    why: sentences(
      // compose-spec-docs/05-services.md, "ports": a host IP in the mapping binds to that address only.
      'A published port opens on every network the machine is on unless the mapping names an address such as `127.0.0.1`.',
      // compose-spec-docs/06-networks.md, "internal", and 05-services.md, "expose": services reach each other without ports.
      'Services reach each other over their Compose network without `ports:`, and an `internal: true` network has no way out at all.',
      // buildkit-dockerfile-docs/reference.md, "EXPOSE": it documents a port, it does not publish it.
      '`EXPOSE` only documents a port; what `ports:` or `docker run -p` publishes is what others can reach.',
    ),
    codes: ['DatabasePortPublished', 'HostNetworkMode'],
    scope: 'runtime',
    services: 'publishes',
    check: [
      { title: 'Which ports each running service publishes, and on which address', command: 'docker compose ps' },
    ],
  },
  {
    id: 'lean-build',
    title: 'Build lean',
    why: sentences(
      // buildkit-dockerfile-docs/reference.md, "FROM" (multi-stage: only the last stage is the image) and "COPY --from".
      'A multi-stage build compiles in one stage and copies only the result into the last, so compilers and build tools never ship.',
      // Docker's security docs, https://docs.docker.com/build/building/best-practices/#apt-get
      'Fewer packages (`--no-install-recommends`) and no leftover caches mean fewer programs that can have holes.',
      // Docker's security docs, https://docs.docker.com/build/building/best-practices/ ("ADD or COPY", downloads you can check).
      'A script piped from `curl` into `sh` runs whatever the server sends that day, unchecked.',
    ),
    codes: ['CurlPipeShell', 'AptGetRecommends', 'AptListsNotCleaned', 'ApkAddWithoutNoCache', 'PipCacheNotDisabled', 'YarnCacheNotCleaned', 'RpmCacheNotCleaned'],
    scope: 'image',
    check: [
      { title: 'Docker\'s own checks of a Dockerfile', command: 'docker build --check .' },
      { title: 'The size each step added to an image', command: 'docker history <image>' },
    ],
  },
  {
    id: 'health-and-restarts',
    title: 'Health and restarts',
    why: sentences(
      // buildkit-dockerfile-docs/reference.md, "HEALTHCHECK": detects a server stuck while its process still runs.
      'A `HEALTHCHECK` (or compose `healthcheck:`) tells Docker whether the program still answers, not only whether it runs.',
      // compose-spec-docs/05-services.md, "depends_on" (`condition: service_healthy`).
      'With it, `depends_on` with `condition: service_healthy` waits until a service is ready instead of merely started.',
      // compose-spec-docs/05-services.md, "restart": `no` is the default policy.
      'Compose restarts nothing by default, so a `restart:` policy is what brings a crashed service back.',
    ),
    codes: ['ImageWithoutHealthcheck', 'ServiceWithoutHealthcheck', 'HealthyWithoutHealthcheck', 'RestartPolicyMissing'],
    scope: 'both',
    check: [
      { title: 'The health of each service', command: 'docker compose ps' },
      { title: 'The last health check results of a container', command: 'docker inspect --format "{{json .State.Health}}" <container>' },
    ],
  },
  {
    id: 'scan-and-update',
    title: 'Scan and update',
    why: sentences(
      // Docker's security docs, https://docs.docker.com/scout/ (image analysis lists known vulnerabilities by package).
      'A scanner compares the packages in an image with lists of known vulnerabilities.',
      // Docker's security docs, https://docs.docker.com/build/building/best-practices/#rebuild-your-images-often
      'New holes are found every week, so an image is only as safe as its last rebuild: `--pull` fetches the newest base before building.',
    ),
    codes: ['ScanResult'],
    scope: 'scan',
    check: [
      { title: 'Known vulnerabilities in an image (Docker Scout)', command: 'docker scout cves <image>' },
      { title: 'The same with Trivy', command: 'trivy image <image>' },
      { title: 'Rebuild on the newest base images', command: 'docker compose build --pull' },
    ],
  },
];
