// SPDX-License-Identifier: MIT
// What the exercises need from the learner's files: which Dockerfile is the backend and which the frontend, the
// image name a build gives each (the folder name, as the Build lens and the notes' `docker build -t` use), the
// port each exposes, and the compose file's services, project, volumes and networks. Bad files give less, never a throw.
import * as path from 'path';
import { isMap, isScalar } from 'yaml';
import { composeModel } from '../compose/composeDocument';
import { dockerfileModel } from '../dockerfile/model';
import { isTooLarge } from '../largeFile';
import { exposedPorts } from '../actions/ports';
import { sanitizeImageName } from '../actions/names';
import type { PracticeContext, PracticeFile } from './types';

/** One part of the app: its Dockerfile, folder, image repository, the port it listens on, its compose service. */
export interface AppPart { dockerfile: string; dir: string; repo: string; port: number; service?: string }

export interface ComposeFacts {
  path: string;
  services: string[];
  /** The compose project: `name:` or the folder's name, as compose writes it in the `com.docker.compose.project` label. */
  project?: string;
  namedVolumes: string[];
  /** Each service's build folder, relative to the workspace ('' for a service without `build`). */
  builds: Record<string, string>;
  /** Why the file does not parse, when it does not. */
  error?: string;
}

export interface WorkspaceFacts { backend: AppPart; frontend: AppPart; compose?: ComposeFacts; multiStage?: string }

const dockerfileName = /(^|\/)(Dockerfile|[^/]*\.Dockerfile|Dockerfile\.[^/]+)$/;
const composeName = /(^|\/)(compose|docker-compose)\.ya?ml$/;

/** The files practice reads, as a glob for the editors' file search. */
export const practiceFileGlob = '**/{Dockerfile,Dockerfile.*,*.Dockerfile,compose.yaml,compose.yml,docker-compose.yaml,docker-compose.yml}';

/** Whether a workspace-relative path is one practice reads (a Dockerfile or a compose file). */
export function isPracticeFile(relativePath: string): boolean {
  return dockerfileName.test(relativePath) || composeName.test(relativePath);
}

/** Recent Dockerfile answers by text: one check asks about the same files many times. */
const dockerfileCache = new Map<string, { ports: number[]; froms: number }>();
const cacheSize = 32;

/**
 * The ports of the last stage's EXPOSE lines, and how many FROM lines the file has; nothing for a file that breaks
 * the parser, or one past the size limit (never parsed whole, as everywhere else).
 */
function readDockerfile(text: string): { ports: number[]; froms: number } {
  if (isTooLarge(text)) return { ports: [], froms: 0 };
  const known = dockerfileCache.get(text);
  if (known) return known;
  const read = parseDockerfile(text);
  if (dockerfileCache.size >= cacheSize) dockerfileCache.delete(dockerfileCache.keys().next().value as string);
  dockerfileCache.set(text, read);
  return read;
}

function parseDockerfile(text: string): { ports: number[]; froms: number } {
  try {
    // The hovers' and checks' cached parse: an open Dockerfile is not parsed again.
    const model = dockerfileModel(text).ast;
    const froms = model.getFROMs();
    const lastFrom = froms.length ? froms[froms.length - 1].getRange().start.line : -1;
    const exposes = model.getInstructions().filter((i) => i.getKeyword() === 'EXPOSE' && i.getRange().start.line > lastFrom);
    return { ports: exposedPorts(exposes).map((p) => p.first), froms: froms.length };
  } catch {
    return { ports: [], froms: 0 };
  }
}

/** Compose's own normalisation of a project name: lowercase, only letters, digits, `-` and `_`, starting with a letter or digit. */
function projectName(raw: string): string | undefined {
  const name = raw.toLowerCase().replace(/[^a-z0-9_-]/g, '').replace(/^[^a-z0-9]+/, '');
  return name === '' ? undefined : name;
}

/** The value under `key` in a YAML map node, or undefined. */
function valueAt(node: unknown, key: string): unknown {
  return isMap(node) ? node.items.find((p) => isScalar(p.key) && String(p.key.value) === key)?.value : undefined;
}

/** The keys of a YAML map node, as text. */
function keysOf(node: unknown): string[] {
  return isMap(node) ? node.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')).filter((k) => k !== '') : [];
}

function scalarText(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

function readCompose(file: PracticeFile, workspaceFolder: string | undefined): ComposeFacts {
  const folder = path.posix.dirname(file.path);
  const dirName = folder === '.' ? (workspaceFolder ? path.basename(workspaceFolder) : '') : path.posix.basename(folder);
  let root: unknown;
  let error: string | undefined;
  try {
    if (isTooLarge(file.text)) throw new Error('this compose file is past the size limit, so it is not read');
    // The hovers' and checks' cached parse: an open compose file is not parsed again.
    const doc = composeModel(file.text).doc;
    if (doc.errors.length) error = doc.errors[0].message.split('\n')[0];
    root = doc.contents;
  } catch (e) {
    error = String((e as Error).message ?? e).split('\n')[0];
  }
  const services = valueAt(root, 'services');
  const names = keysOf(services);
  // Each name's first entry, as valueAt finds it, from one pass: a search per name cost 0.8 s on 64 KB of services.
  const entries = new Map<string, unknown>();
  if (isMap(services)) for (const p of services.items) if (isScalar(p.key) && !entries.has(String(p.key.value))) entries.set(String(p.key.value), p.value);
  const builds = Object.fromEntries(names.map((name) => {
    const service = entries.get(name);
    const build = service === undefined ? undefined : valueAt(service, 'build');
    const ctx = scalarText(build) ?? scalarText(valueAt(build, 'context'));
    return [name, ctx === undefined ? '' : path.posix.normalize(path.posix.join(folder, ctx))];
  }));
  return {
    path: file.path, services: names, namedVolumes: keysOf(valueAt(root, 'volumes')), builds,
    project: projectName(scalarText(valueAt(root, 'name')) ?? dirName), ...(error ? { error } : {}),
  };
}

function part(file: PracticeFile | undefined, fallbackDir: string, fallbackPort: number, compose: ComposeFacts | undefined): AppPart {
  const dir = file ? path.posix.dirname(file.path) : fallbackDir;
  const ports = file ? readDockerfile(file.text).ports : [];
  const builds = compose?.builds ?? {};
  const folderName = dir === '.' ? fallbackDir : path.posix.basename(dir);
  const service = Object.keys(builds).find((s) => builds[s] === dir) ?? compose?.services.find((s) => s === folderName);
  return { dockerfile: file?.path ?? `${fallbackDir}/Dockerfile`, dir, repo: sanitizeImageName(folderName), port: ports[0] ?? fallbackPort, service };
}

/**
 * Reads the workspace: the backend is the Dockerfile in a folder named like `backend` (or exposing 4567), the
 * frontend one named like `front` (or exposing 3000); without them, the notes' `backend-flask` and `frontend-react-js`.
 */
export function workspaceFacts(context: PracticeContext): WorkspaceFacts {
  // One context is asked about many times in one check (probes round by round, then the verdict).
  const known = factsCache.get(context);
  if (known) return known;
  const facts = readWorkspace(context);
  factsCache.set(context, facts);
  return facts;
}

const factsCache = new WeakMap<PracticeContext, WorkspaceFacts>();

function readWorkspace(context: PracticeContext): WorkspaceFacts {
  const files = Array.isArray(context.files) ? context.files.filter((f) => f && typeof f.path === 'string' && typeof f.text === 'string') : [];
  const dockerfiles = files.filter((f) => dockerfileName.test(f.path) && !/(^|\/)Dockerfile\.[^/]+$/.test(f.path));
  const composeFile = files.filter((f) => composeName.test(f.path)).sort((a, b) => a.path.split('/').length - b.path.split('/').length)[0];
  const compose = composeFile ? readCompose(composeFile, context.workspaceFolder) : undefined;
  const named = (re: RegExp, port: number) => dockerfiles.find((f) => re.test(path.posix.dirname(f.path))) ?? dockerfiles.find((f) => readDockerfile(f.text).ports.includes(port));
  const backend = part(named(/back|api|server/i, 4567), 'backend-flask', 4567, compose);
  const frontend = part(named(/front|web|client|ui/i, 3000), 'frontend-react-js', 3000, compose);
  // A multi-stage Dockerfile of the backend (any name in its folder, such as Dockerfile.multi), or anywhere.
  const multi = files.filter((f) => /(^|\/)[^/]*Dockerfile[^/]*$/.test(f.path) && readDockerfile(f.text).froms >= 2);
  const multiStage = (multi.find((f) => path.posix.dirname(f.path) === backend.dir) ?? multi[0])?.path;
  return { backend, frontend, compose, multiStage };
}
