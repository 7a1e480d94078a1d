// SPDX-License-Identifier: MIT
// The order compose keys are offered in: what a learner writing their first compose files needs first,
// level by level. Keys not listed follow in alphabetical order; obsolete and deprecated keys (their
// tags in composeKeys) come last. Only the levels where the order clearly matters are listed.

/** Spec path of the parent mapping ('' for the top level) -> its keys, most needed first. */
export const composeKeyOrder: Readonly<Record<string, readonly string[]>> = {
  '': ['services', 'volumes', 'networks', 'name', 'secrets', 'configs', 'include'],
  'services/*': [
    'image', 'build', 'ports', 'environment', 'volumes', 'depends_on', 'command', 'restart', 'networks', 'env_file',
    'healthcheck', 'container_name', 'working_dir', 'entrypoint', 'user', 'expose', 'profiles', 'develop',
  ],
  'services/*/build': ['context', 'dockerfile', 'args', 'target', 'secrets', 'cache_from', 'platforms', 'tags'],
  'services/*/healthcheck': ['test', 'interval', 'timeout', 'retries', 'start_period', 'start_interval', 'disable'],
  'services/*/depends_on/*': ['condition', 'restart', 'required'],
  'services/*/ports': ['target', 'published', 'protocol', 'host_ip'],
  'services/*/volumes': ['type', 'source', 'target', 'read_only'],
  'services/*/deploy': ['resources', 'replicas', 'restart_policy'],
  'volumes/*': ['driver', 'external', 'name'],
  'networks/*': ['driver', 'external', 'name'],
};

/** `names` in the order to offer them under `parent`: the listed ones first, then the rest alphabetically. */
export function orderComposeKeys(parent: string, names: Iterable<string>, isObsolete: (name: string) => boolean): string[] {
  const first = composeKeyOrder[parent] ?? [];
  const rank = (n: string) => (isObsolete(n) ? 2 : first.includes(n) ? 0 : 1);
  return [...names].sort((a, b) => rank(a) - rank(b) || (rank(a) === 0 ? first.indexOf(a) - first.indexOf(b) : a.localeCompare(b)));
}
