// SPDX-License-Identifier: MIT
// The `docker` commands outside a first month (Swarm, plugins, manifests, checkpoints): a hover each, flags not listed. Names, aliases, flags, types and defaults from
// shared/reference/docker-cli-docs/ (checked by test/unit/shell/cliReference.test.ts); the sentences are ours.
import type { CliEntry } from './catalogTypes';

export const dockerLaterCatalog: Readonly<Record<string, CliEntry>> = {
  checkpoint: {
    what: 'Saves and restores the memory of running containers (an experimental feature built on CRIU). Outside a first month of Docker.', tags: ['experimental'], page: 'checkpoint', later: true,
  },
  'checkpoint create': {
    what: 'Saves a running container\'s state to a checkpoint. Experimental; outside a first month of Docker.', tags: ['experimental'], page: 'checkpoint/create', later: true,
  },
  'checkpoint ls': {
    what: 'Lists the container\'s checkpointss. Experimental; outside a first month of Docker.', tags: ['experimental'], aka: ['checkpoint list'], page: 'checkpoint/ls', later: true,
  },
  'checkpoint rm': {
    what: 'Deletes a checkpoint. Experimental; outside a first month of Docker.', tags: ['experimental'], aka: ['checkpoint remove'], page: 'checkpoint/rm', later: true,
  },
  config: {
    what: 'Manages Swarm configs: non-secret files handed to Swarm services. Swarm is outside a first month of Docker; Compose files have their own `configs:`.', tags: ['Swarm'], page: 'config', later: true,
  },
  'config create': {
    what: 'Creates a Swarm config. Part of Swarm, outside a first month of Docker.', page: 'config/create', later: true,
  },
  'config inspect': {
    what: 'Shows the details of a Swarm config. Part of Swarm, outside a first month of Docker.', page: 'config/inspect', later: true,
  },
  'config ls': {
    what: 'Lists the Swarm configs. Part of Swarm, outside a first month of Docker.', aka: ['config list'], page: 'config/ls', later: true,
  },
  'config rm': {
    what: 'Deletes a Swarm config. Part of Swarm, outside a first month of Docker.', aka: ['config remove'], page: 'config/rm', later: true,
  },
  manifest: {
    what: 'Reads and writes manifest lists: the index that lets one image name serve several platforms. `docker buildx build --platform` does this for you; outside a first month of Docker.', tags: ['multi-platform'], page: 'manifest', later: true,
  },
  'manifest annotate': {
    what: 'Annotates a manifest list. Part of multi-platform publishing, outside a first month of Docker.', page: 'manifest/annotate', later: true,
  },
  'manifest create': {
    what: 'Creates a manifest list. Part of multi-platform publishing, outside a first month of Docker.', page: 'manifest/create', later: true,
  },
  'manifest inspect': {
    what: 'Shows the details of a manifest list. Part of multi-platform publishing, outside a first month of Docker.', page: 'manifest/inspect', later: true,
  },
  'manifest push': {
    what: 'Pushes a manifest list. Part of multi-platform publishing, outside a first month of Docker.', page: 'manifest/push', later: true,
  },
  'manifest rm': {
    what: 'Deletes a manifest list. Part of multi-platform publishing, outside a first month of Docker.', page: 'manifest/rm', later: true,
  },
  node: {
    what: 'Manages the machines of a Swarm cluster. Swarm is outside a first month of Docker.', tags: ['Swarm'], page: 'node', later: true,
  },
  'node demote': {
    what: 'Demotes a Swarm node. Part of Swarm, outside a first month of Docker.', page: 'node/demote', later: true,
  },
  'node inspect': {
    what: 'Shows the details of a Swarm node. Part of Swarm, outside a first month of Docker.', page: 'node/inspect', later: true,
  },
  'node ls': {
    what: 'Lists the Swarm nodes. Part of Swarm, outside a first month of Docker.', aka: ['node list'], page: 'node/ls', later: true,
  },
  'node promote': {
    what: 'Promotes a Swarm node. Part of Swarm, outside a first month of Docker.', page: 'node/promote', later: true,
  },
  'node ps': {
    what: 'Lists the tasks of a Swarm node. Part of Swarm, outside a first month of Docker.', page: 'node/ps', later: true,
  },
  'node rm': {
    what: 'Deletes a Swarm node. Part of Swarm, outside a first month of Docker.', aka: ['node remove'], page: 'node/rm', later: true,
  },
  'node update': {
    what: 'Changes a Swarm node. Part of Swarm, outside a first month of Docker.', page: 'node/update', later: true,
  },
  plugin: {
    what: 'Installs and manages engine plugins (extra volume or network drivers). Outside a first month of Docker.', tags: ['plugins'], page: 'plugin', later: true,
  },
  'plugin create': {
    what: 'Creates an engine plugin. Part of engine plugins, outside a first month of Docker.', page: 'plugin/create', later: true,
  },
  'plugin disable': {
    what: 'Disables an engine plugin. Part of engine plugins, outside a first month of Docker.', page: 'plugin/disable', later: true,
  },
  'plugin enable': {
    what: 'Enables an engine plugin. Part of engine plugins, outside a first month of Docker.', page: 'plugin/enable', later: true,
  },
  'plugin inspect': {
    what: 'Shows the details of an engine plugin. Part of engine plugins, outside a first month of Docker.', page: 'plugin/inspect', later: true,
  },
  'plugin install': {
    what: 'Installs an engine plugin. Part of engine plugins, outside a first month of Docker.', page: 'plugin/install', later: true,
  },
  'plugin ls': {
    what: 'Lists the engine plugins. Part of engine plugins, outside a first month of Docker.', aka: ['plugin list'], page: 'plugin/ls', later: true,
  },
  'plugin push': {
    what: 'Pushes an engine plugin. Part of engine plugins, outside a first month of Docker.', page: 'plugin/push', later: true,
  },
  'plugin rm': {
    what: 'Deletes an engine plugin. Part of engine plugins, outside a first month of Docker.', aka: ['plugin remove'], page: 'plugin/rm', later: true,
  },
  'plugin set': {
    what: 'Changes the settings of an engine plugin. Part of engine plugins, outside a first month of Docker.', page: 'plugin/set', later: true,
  },
  'plugin upgrade': {
    what: 'Upgrades an engine plugin. Part of engine plugins, outside a first month of Docker.', page: 'plugin/upgrade', later: true,
  },
  secret: {
    what: 'Manages Swarm secrets: passwords and keys handed to Swarm services as files. Swarm is outside a first month of Docker; Compose files have their own `secrets:`.', tags: ['Swarm'], page: 'secret', later: true,
  },
  'secret create': {
    what: 'Creates a Swarm secret. Part of Swarm, outside a first month of Docker.', page: 'secret/create', later: true,
  },
  'secret inspect': {
    what: 'Shows the details of a Swarm secret. Part of Swarm, outside a first month of Docker.', page: 'secret/inspect', later: true,
  },
  'secret ls': {
    what: 'Lists the Swarm secrets. Part of Swarm, outside a first month of Docker.', aka: ['secret list'], page: 'secret/ls', later: true,
  },
  'secret rm': {
    what: 'Deletes a Swarm secret. Part of Swarm, outside a first month of Docker.', aka: ['secret remove'], page: 'secret/rm', later: true,
  },
  service: {
    what: 'Manages Swarm services: containers that Swarm keeps running across machines. Swarm is outside a first month of Docker; on one machine, Compose does this job.', tags: ['Swarm'], page: 'service', later: true,
  },
  'service create': {
    what: 'Creates a Swarm service. Part of Swarm, outside a first month of Docker.', page: 'service/create', later: true,
  },
  'service inspect': {
    what: 'Shows the details of a Swarm service. Part of Swarm, outside a first month of Docker.', page: 'service/inspect', later: true,
  },
  'service logs': {
    what: 'Shows the output of a Swarm service. Part of Swarm, outside a first month of Docker.', page: 'service/logs', later: true,
  },
  'service ls': {
    what: 'Lists the Swarm services. Part of Swarm, outside a first month of Docker.', aka: ['service list'], page: 'service/ls', later: true,
  },
  'service ps': {
    what: 'Lists the tasks of a Swarm service. Part of Swarm, outside a first month of Docker.', page: 'service/ps', later: true,
  },
  'service rm': {
    what: 'Deletes a Swarm service. Part of Swarm, outside a first month of Docker.', aka: ['service remove'], page: 'service/rm', later: true,
  },
  'service rollback': {
    what: 'Rolls back a Swarm service. Part of Swarm, outside a first month of Docker.', page: 'service/rollback', later: true,
  },
  'service scale': {
    what: 'Sets the replica count of a Swarm service. Part of Swarm, outside a first month of Docker.', page: 'service/scale', later: true,
  },
  'service update': {
    what: 'Changes a Swarm service. Part of Swarm, outside a first month of Docker.', page: 'service/update', later: true,
  },
  stack: {
    what: 'Deploys a whole Compose file to a Swarm cluster as a stack of services. Swarm is outside a first month of Docker; locally, `docker compose up` is the tool.', tags: ['Swarm'], page: 'stack', later: true,
  },
  'stack config': {
    what: 'Manages a Swarm stack. Part of Swarm, outside a first month of Docker.', page: 'stack/config', later: true,
  },
  'stack up': {
    what: 'Manages a Swarm stack. Part of Swarm, outside a first month of Docker.', aka: ['stack deploy'], page: 'stack/deploy', later: true,
  },
  'stack ls': {
    what: 'Lists the Swarm stacks. Part of Swarm, outside a first month of Docker.', aka: ['stack list'], page: 'stack/ls', later: true,
  },
  'stack ps': {
    what: 'Lists the tasks of a Swarm stack. Part of Swarm, outside a first month of Docker.', page: 'stack/ps', later: true,
  },
  'stack rm': {
    what: 'Deletes a Swarm stack. Part of Swarm, outside a first month of Docker.', aka: ['stack down', 'stack remove'], page: 'stack/rm', later: true,
  },
  'stack services': {
    what: 'Lists the services of a Swarm stack. Part of Swarm, outside a first month of Docker.', page: 'stack/services', later: true,
  },
  swarm: {
    what: 'Turns the engine into a Swarm cluster (or joins one), for running services across several machines. Outside a first month of Docker.', tags: ['Swarm'], page: 'swarm', later: true,
  },
  'swarm ca': {
    what: 'Manages the certificate authority of the Swarm cluster. Part of Swarm, outside a first month of Docker.', page: 'swarm/ca', later: true,
  },
  'swarm init': {
    what: 'Creates the Swarm cluster. Part of Swarm, outside a first month of Docker.', page: 'swarm/init', later: true,
  },
  'swarm join-token': {
    what: 'Prints the join token of the Swarm cluster. Part of Swarm, outside a first month of Docker.', page: 'swarm/join-token', later: true,
  },
  'swarm join': {
    what: 'Joins the Swarm cluster. Part of Swarm, outside a first month of Docker.', page: 'swarm/join', later: true,
  },
  'swarm leave': {
    what: 'Leaves the Swarm cluster. Part of Swarm, outside a first month of Docker.', page: 'swarm/leave', later: true,
  },
  'swarm unlock-key': {
    what: 'Manages the unlock key of the Swarm cluster. Part of Swarm, outside a first month of Docker.', page: 'swarm/unlock-key', later: true,
  },
  'swarm unlock': {
    what: 'Unlocks the Swarm cluster. Part of Swarm, outside a first month of Docker.', page: 'swarm/unlock', later: true,
  },
  'swarm update': {
    what: 'Changes the Swarm cluster. Part of Swarm, outside a first month of Docker.', page: 'swarm/update', later: true,
  },
};
