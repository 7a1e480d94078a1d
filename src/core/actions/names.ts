// SPDX-License-Identifier: MIT
// Grammars for the names a lens puts on a command line, and the sanitising that builds them from a
// folder name. A name that fails here is refused with a message; it never reaches a shell.

// Image references, after distribution/reference's grammar (reference.go and regexp.go in
// https://github.com/distribution/reference), the parser `docker build -t` uses:
//   reference      := name [ ":" tag ]            (a digest makes no sense for -t)
//   name           := [domain "/"] path-component ("/" path-component)*
//   domain         := host [":" port]; host := domain-component ("." domain-component)* | "[" ipv6 "]"
//   domain-component := [a-zA-Z0-9] | [a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]
//   path-component := [a-z0-9]+ (separator [a-z0-9]+)*;  separator := [_.] | "__" | "-"+
//   tag            := [\w][\w.-]{0,127}
// The first part is a domain only when it holds "." or ":" or is "localhost"; the whole name is
// at most 255 characters.
const pathComponent = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domain = new RegExp(`^(?:${domainComponent}(?:\\.${domainComponent})*|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]+)?$`);
const tagPart = /^[\w][\w.-]{0,127}$/;

/** Why `ref` is not a valid image reference for `docker build -t`, or undefined when it is. */
export function imageReferenceProblem(ref: string): string | undefined {
  if (ref === '') return 'the image tag is empty';
  if (ref.startsWith('-')) return `the image tag "${ref}" starts with "-", so docker would read it as an option`;
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  const name = colon > slash ? ref.slice(0, colon) : ref;
  const tag = colon > slash ? ref.slice(colon + 1) : undefined;
  const invalid = `"${ref}" is not a valid image name: use lowercase letters and digits, separated by ".", "_" or "-", then ":" and a tag`;
  if (tag !== undefined && !tagPart.test(tag)) return invalid;
  if (name.length > 255) return `the image name in "${ref}" is longer than 255 characters`;
  const parts = name.split('/');
  const first = parts[0];
  const hasDomain = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (hasDomain && !domain.test(first)) return invalid;
  const path = hasDomain ? parts.slice(1) : parts;
  if (path.length === 0 || !path.every((p) => pathComponent.test(p))) return invalid;
  return undefined;
}

/**
 * A folder name made into one valid image path component: lowercase, every run of other
 * characters turned into one "-", no separator at either end. Falls back to "image".
 */
export function sanitizeImageName(folder: string): string {
  const name = folder
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    // Separators may only be ".", "_", "__" or a run of "-": fold any other mix into one "-".
    .replace(/[._-]{2,}/g, (run) => (/^-+$/.test(run) || run === '__' ? run : '-'))
    .replace(/^[._-]+|[._-]+$/g, '');
  return name === '' ? 'image' : name;
}

// Container names, as the Docker daemon checks them (moby daemon/names: `[a-zA-Z0-9][a-zA-Z0-9_.-]`,
// the same pattern the compose spec gives for `container_name`).
const containerNamePattern = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

/** A container name derived from an image tag: `backend-flask:dev` gives `backend-flask-dev`. */
export function containerNameFor(tag: string): string {
  return tag.replace(/[^a-zA-Z0-9_.-]+/g, '-').replace(/^[^a-zA-Z0-9]+/, '');
}

/** Why `name` is not a valid container name, or undefined when it is. */
export function containerNameProblem(name: string): string | undefined {
  if (name.startsWith('-')) return `the container name "${name}" starts with "-", so docker would read it as an option`;
  if (!containerNamePattern.test(name)) return `"${name}" is not a valid container name: start with a letter or digit, then letters, digits, "_", "." or "-"`;
  return undefined;
}

// Compose service names: the compose-spec schema's `services` keys, `^[a-zA-Z0-9._-]+$`
// (reference/compose-spec.json). A leading "-" is refused as well, since it would read as an option.
const serviceNamePattern = /^[a-zA-Z0-9._-]+$/;

/** Why `name` cannot be passed as a compose service, or undefined when it can. */
export function serviceNameProblem(name: string): string | undefined {
  if (name.startsWith('-')) return `the service name "${name}" starts with "-", so compose would read it as an option`;
  if (!serviceNamePattern.test(name)) return `"${name}" is not a valid service name: use letters, digits, ".", "_" or "-"`;
  return undefined;
}

// Build stage names, as BuildKit checks `FROM ... AS <name>` (frontend/dockerfile/instructions/parse.go
// in https://github.com/moby/buildkit: `^[a-z][a-z0-9-_\.]*$`, compared in lowercase).
const stageNamePattern = /^[a-z][a-z0-9_.-]*$/;

/** Why `name` is not a valid build stage name, or undefined when it is. */
export function stageNameProblem(name: string): string | undefined {
  if (name.startsWith('-')) return `the stage name "${name}" starts with "-", so docker would read it as an option`;
  if (!stageNamePattern.test(name.toLowerCase())) return `"${name}" is not a valid stage name: start with a letter, then letters, digits, "_", "." or "-"`;
  return undefined;
}
