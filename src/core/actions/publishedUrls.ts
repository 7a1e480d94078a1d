// SPDX-License-Identifier: MIT
// The addresses a `docker run` makes reachable from this machine: one per `-p HOST:CONTAINER` (TCP), so the
// Run lens can say which URL to open. A `-p CONTAINER` alone gets a host port Docker picks, known only once
// the container runs (see failures/randomPorts.ts), and UDP ports are no web addresses.

/** `http://localhost:4567` for each `-p 4567:4567` of `argv` (a literal argv, as the lenses build it). */
export function publishedUrls(argv: readonly string[]): string[] {
  const urls: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    // Words after the image are the container's own; the lenses put every flag before it.
    let value: string | undefined;
    if (a === '-p' || a === '--publish') value = argv[++i];
    else if (a.startsWith('--publish=')) value = a.slice('--publish='.length);
    else if (/^-p\S/.test(a)) value = a.slice(2);
    if (!value || /\/(udp|sctp)$/i.test(value)) continue;
    const parts = value.replace(/\/tcp$/i, '').split(':');
    if (parts.length < 2) continue;
    const host = parts[parts.length - 2];
    const ip = parts.length > 2 ? parts.slice(0, -2).join(':').replace(/^\[|\]$/g, '') : '';
    if (!/^\d+$/.test(host)) continue;
    const name = !ip || ip === '0.0.0.0' || ip === '::' ? 'localhost' : ip.includes(':') ? `[${ip}]` : ip;
    const url = `http://${name}:${host}`;
    if (!urls.includes(url)) urls.push(url);
  }
  return urls;
}
