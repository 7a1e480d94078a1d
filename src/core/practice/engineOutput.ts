// SPDX-License-Identifier: MIT
// Reads what the read-only probes print: `docker ps --format '{{json .}}'` lines, `docker inspect` JSON, and the
// `docker top` table. Output that does not parse gives an empty answer, never a throw.

/** One running container, as a `docker ps` JSON line shows it. */
export interface PsRow { id: string; image: string; names: string; ports: string; labels: Record<string, string>; status: string; networks: string[]; mounts: string[] }

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : {};
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** `a=b,c=d` as docker ps prints labels. */
function labelsOf(text: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const eq = pair.indexOf('=');
    if (eq > 0) labels[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return labels;
}

/** How many lines of a listing are read: far more containers, volumes or networks than a learner's machine holds. */
const maxLines = 500;

/** JSON lines (one object a line), skipping lines that are not JSON objects. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (const line of stdout.split('\n', maxLines)) {
    if (!line.trim().startsWith('{')) continue;
    try { rows.push(record(JSON.parse(line))); } catch { /* a line cut short: skip it */ }
  }
  return rows;
}

export function parsePs(stdout: string): PsRow[] {
  return jsonLines(stdout).map((r) => ({
    id: str(r.ID), image: str(r.Image), names: str(r.Names), ports: str(r.Ports), labels: labelsOf(str(r.Labels)),
    status: str(r.Status), networks: str(r.Networks).split(',').filter(Boolean), mounts: str(r.Mounts).split(',').filter(Boolean),
  })).filter((r) => r.id !== '');
}

/** The JSON array `docker inspect` prints (containers, images, volumes or networks); [] when it does not parse. */
export function parseInspect(stdout: string): Record<string, unknown>[] {
  try {
    const value: unknown = JSON.parse(stdout);
    return Array.isArray(value) ? value.map(record) : [];
  } catch {
    return [];
  }
}

/** A path into nested JSON: `field(c, 'Config', 'User')`. */
export function field(value: unknown, ...keys: string[]): unknown {
  let v = value;
  for (const k of keys) v = record(v)[k];
  return v;
}

/** Whether `ports` (the ps column) publishes container port `port` on the host: `0.0.0.0:4567->4567/tcp`. */
export function publishes(ports: string, port: number): boolean {
  return ports.split(',').some((p) => new RegExp(`->${port}/tcp$`).test(p.trim()));
}

/** The container ports a ps row publishes, for a message. */
export function publishedPorts(ports: string): string[] {
  return [...new Set(ports.split(',').map((p) => /->(\d+)\//.exec(p.trim())?.[1]).filter((p): p is string => !!p))];
}

/** The rows of `docker top`: its UID, PID and CMD columns, in the order docker prints them. */
export function parseTop(stdout: string): { uid: string; pid: string; cmd: string }[] {
  const lines = stdout.split('\n', maxLines).filter((l) => l.trim() !== '');
  if (lines.length < 2) return [];
  const header = lines[0].trim().split(/\s+/);
  const uidAt = header.indexOf('UID'), pidAt = header.indexOf('PID'), cmdAt = header.findIndex((h) => h === 'CMD' || h === 'COMMAND');
  if (uidAt < 0 || pidAt < 0 || cmdAt < 0) return [];
  return lines.slice(1).map((line) => {
    const cols = line.trim().split(/\s+/);
    return { uid: cols[uidAt] ?? '', pid: cols[pidAt] ?? '', cmd: cols.slice(cmdAt).join(' ') };
  });
}
