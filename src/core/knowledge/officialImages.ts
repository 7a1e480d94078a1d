// SPDX-License-Identifier: MIT
// The names of Docker Official Images: the repositories in Docker Hub's `library/` namespace, which a name
// without a registry or namespace (`nginx`, `python:3.12`) stands for. A learner's own image built under one
// of these names hides the official one from every later `docker run`, so no fix ever proposes it.
// Source: docker-library/official-images, the files under library/ (snapshot of 2026-08-21), plus a few
// deprecated official images that Docker Hub still serves (centos, jenkins, java...).

export const officialImageNames: ReadonlySet<string> = new Set([
  'adminer', 'aerospike', 'almalinux', 'alpine', 'alt', 'amazoncorretto', 'amazonlinux', 'api-firewall', 'arangodb', 'archlinux',
  'azul-zulu', 'backdrop', 'bash', 'bonita', 'buildpack-deps', 'busybox', 'caddy', 'cassandra', 'centos', 'chronograf',
  'cirros', 'clearlinux', 'clefos', 'clickhouse', 'clojure', 'composer', 'consul', 'convertigo', 'couchbase', 'couchdb',
  'crate', 'dart', 'debian', 'django', 'docker', 'drupal', 'eclipse-mosquitto', 'eclipse-temurin', 'eggdrop', 'elasticsearch',
  'elixir', 'emqx', 'erlang', 'espocrm', 'fedora', 'flink', 'fluentd', 'friendica', 'gazebo', 'gcc',
  'geonetwork', 'ghost', 'golang', 'gradle', 'groovy', 'haproxy', 'haskell', 'haxe', 'hello-world', 'hitch',
  'httpd', 'hylang', 'ibm-semeru-runtimes', 'ibmjava', 'influxdb', 'irssi', 'java', 'jenkins', 'jetty', 'joomla',
  'jruby', 'julia', 'kapacitor', 'kibana', 'kong', 'krakend', 'lightstreamer', 'liquibase', 'logstash', 'mageia',
  'mariadb', 'matomo', 'maven', 'mediawiki', 'memcached', 'mongo', 'mongo-express', 'monica', 'mysql', 'nats',
  'neo4j', 'neurodebian', 'nextcloud', 'nginx', 'nim', 'node', 'notary', 'odoo', 'open-liberty', 'openjdk',
  'oraclelinux', 'orientdb', 'owncloud', 'percona', 'perl', 'photon', 'php', 'php-zendserver', 'phpmyadmin', 'plone',
  'postfixadmin', 'postgres', 'pypy', 'python', 'r-base', 'rabbitmq', 'rails', 'rakudo-star', 'redis', 'redmine',
  'registry', 'rethinkdb', 'rocket.chat', 'rockylinux', 'ros', 'ruby', 'rust', 'sapmachine', 'satosa', 'sentry',
  'silverpeas', 'solr', 'sonarqube', 'spark', 'spiped', 'storm', 'swift', 'swipl', 'teamspeak', 'telegraf',
  'tomcat', 'tomee', 'traefik', 'ubuntu', 'unit', 'varnish', 'vault', 'websphere-liberty', 'wordpress', 'xwiki',
  'yourls', 'znc', 'zookeeper',
]);

/**
 * True when `ref` names a Docker Official Image: `nginx`, `nginx:1.27`, `library/nginx` or
 * `docker.io/library/nginx@sha256:...`; false for `myorg/nginx` or `ghcr.io/x/nginx`.
 */
export function isOfficialImage(ref: string): boolean {
  const name = ref.replace(/@.*$/, '').replace(/:[^/:]*$/, '').toLowerCase()
    .replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '').replace(/^library\//, '');
  return !name.includes('/') && officialImageNames.has(name);
}
