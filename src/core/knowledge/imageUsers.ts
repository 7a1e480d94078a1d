// SPDX-License-Identifier: MIT
// Which user a few well-known images start their program as, for RootUser. Without a USER line a
// Dockerfile inherits its base image's user (buildkit-dockerfile-docs/reference.md, "USER"), so a
// rule that only reads this file cannot see it; these images are the ones it would otherwise misjudge.
// Kept small on purpose: each entry names where the fact comes from.

export type ImageUserKind =
  /** The image sets a non-root USER itself: nothing to warn about. */
  | 'non-root'
  /** Starts as root on purpose; its entrypoint switches to a service user (gosu) before the program runs. */
  | 'steps-down'
  /** A daemon that must start as root and hands work to a service account itself; a USER line breaks it. */
  | 'root-daemon';

export interface ImageUserFact {
  /** The repository without registry, tag or digest: `grafana/grafana`; official images without `library/`. */
  image: string;
  kind: ImageUserKind;
  /** For `root-daemon`: what the learner can do instead, one sentence. */
  instead?: string;
  /** Where the fact comes from. */
  source: string;
}

export const imageUsers: readonly ImageUserFact[] = [
  { image: 'grafana/grafana', kind: 'non-root', source: 'grafana/grafana packaging/docker/Dockerfile: `USER grafana` (uid 472)' },
  { image: 'grafana/grafana-oss', kind: 'non-root', source: 'grafana/grafana packaging/docker/Dockerfile: `USER grafana` (uid 472)' },
  { image: 'grafana/grafana-enterprise', kind: 'non-root', source: 'grafana/grafana packaging/docker/Dockerfile: `USER grafana` (uid 472)' },
  { image: 'grafana/k6', kind: 'non-root', source: 'grafana/k6 Dockerfile: `USER 12345` (user k6)' },
  { image: 'nginxinc/nginx-unprivileged', kind: 'non-root', source: 'nginxinc/docker-nginx-unprivileged mainline/debian/Dockerfile: `USER $UID` (101)' },
  { image: 'postgres', kind: 'steps-down', source: 'docker-library/postgres: gosu in the Dockerfile, `exec gosu postgres` in docker-entrypoint.sh' },
  { image: 'mysql', kind: 'steps-down', source: 'docker-library/mysql docker-entrypoint.sh: `exec gosu mysql "$BASH_SOURCE" "$@"`' },
  { image: 'mariadb', kind: 'steps-down', source: 'MariaDB/mariadb-docker docker-entrypoint.sh: `exec gosu mysql "$BASH_SOURCE" "$@"`' },
  { image: 'redis', kind: 'steps-down', source: 'docker-library/redis: gosu in the Dockerfile, `exec gosu redis` in docker-entrypoint.sh' },
  { image: 'mongo', kind: 'steps-down', source: 'docker-library/mongo: gosu in the Dockerfile, `exec gosu mongodb` in docker-entrypoint.sh' },
  { image: 'rabbitmq', kind: 'steps-down', source: 'docker-library/rabbitmq: gosu in the Dockerfile, used by docker-entrypoint.sh' },
  {
    image: 'nginx', kind: 'root-daemon',
    instead: 'nginx starts as root and runs its workers as the `nginx` user; for an nginx that starts as non-root, build `FROM nginxinc/nginx-unprivileged` (it listens on 8080).',
    source: 'nginxinc/docker-nginx (no USER; `user nginx;` in nginx.conf) and nginxinc/docker-nginx-unprivileged, which exists for this',
  },
  {
    image: 'httpd', kind: 'root-daemon',
    instead: 'Apache starts as root and serves requests as its `User` from httpd.conf; a USER line in this file would stop it from starting.',
    source: 'docker-library/httpd (no USER; `User daemon` in the shipped httpd.conf)',
  },
];

/**
 * Accounts that a daemon switches to after starting as root. A Dockerfile that creates one of these
 * is packaging that daemon, so switching the whole container to it breaks the start.
 */
export const serviceAccounts: ReadonlySet<string> = new Set([
  'nginx', 'www-data', 'apache', 'daemon', 'dockremap', 'nobody', 'postgres', 'mysql', 'redis',
  'mongodb', 'rabbitmq', 'memcache', 'messagebus', '_apt',
]);

/** What is known about the user of `repository` (no registry, tag or digest; `library/` dropped). */
export function imageUserFact(repository: string): ImageUserFact | undefined {
  const name = repository.replace(/^library\//, '');
  return imageUsers.find(f => f.image === name);
}
