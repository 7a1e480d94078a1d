// SPDX-License-Identifier: MIT
// Whether a string is an image reference Docker accepts (the grammar of distribution/reference, as
// ParseNormalizedNamed applies it): [domain/]path[:tag][@digest], lower-case path components.
const component = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const domainPart = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domain = `(?:${domainPart}(?:\\.${domainPart})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?`;
const tag = '[\\w][\\w.-]{0,127}';
const digest = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const pathRe = new RegExp(`^${component}(?:/${component})*$`);
const domainRe = new RegExp(`^${domain}$`);
const tagRe = new RegExp(`^${tag}$`);
const digestRe = new RegExp(`^${digest}$`);

export function isValidImageReference(ref: string): boolean {
  if (!ref) return false;
  let rest = ref;
  const at = rest.indexOf('@');
  if (at >= 0) {
    if (!digestRe.test(rest.slice(at + 1))) return false;
    rest = rest.slice(0, at);
  }
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) {
    if (!tagRe.test(rest.slice(colon + 1))) return false;
    rest = rest.slice(0, colon);
  }
  let name = rest;
  const first = rest.indexOf('/');
  // The first part is a registry only when it looks like a host: a dot, a port, `localhost`, or capitals.
  if (first >= 0) {
    const head = rest.slice(0, first);
    if (/[.:]/.test(head) || head === 'localhost' || head !== head.toLowerCase()) {
      if (!domainRe.test(head)) return false;
      name = rest.slice(first + 1);
    }
  }
  if (name.length > 255 || /^[a-f0-9]{64}$/.test(name)) return false;
  return pathRe.test(name);
}
