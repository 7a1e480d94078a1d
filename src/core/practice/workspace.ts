// SPDX-License-Identifier: MIT
// What the exercises need from the learner's files: which Dockerfile is the backend and which the frontend, the
// image name a build gives each (the folder name, as the Build lens and the notes' `docker build -t` use), the
// port each exposes, and the compose file's services, project, volumes and networks. Bad files give less, never a throw.
import * as path from 'path';
import { DockerfileParser } from 'dockerfile-ast';
import { parseDocument } from 'yaml';
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

/** The ports of the last stage's EXPOSE lines, and how many FROM lines the file has; nothing for a file that breaks the parser. */
function readDockerfile(text: string): { ports: number[]; froms: number } {
  try {
    const model = DockerfileParser.parse(text);
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

function readCompose(file: PracticeFile, workspaceFolder: string | undefined): ComposeFacts {
  const facts: ComposeFacts = { path: file.path, services: [], namedVolumes: [], builds: {} };
  const folder = path.posix.dirname(file.path);
  const dirName = folder === '.' ? (workspaceFolder ? path.basename(workspaceFolder) : '') : path.posix.basename(folder);
  let data: unknown;
  try {
    const doc = parseDocument(file.text);
    if (doc.errors.length) facts.error = doc.errors[0].message.split('\n')[0];
    data = doc.toJS();
  } catch (e) {
    facts.error = String((e as Error).message ?? e).split('\n')[0];
  }
  const top = data && typeof data === 'object' ? data as Record<string, unknown> : {};
  const services = top.services && typeof top.services === 'object' ? top.services as Record<string, unknown> : {};
  facts.services = Object.keys(services);
  facts.namedVolumes = top.volumes && typeof top.volumes === 'object' ? Object.keys(top.volumes as object) : [];
  facts.project = projectName(typeof top.name === 'string' ? top.name : dirName);
  facts.builds = Object.fromEntries(Object.entries(services).map(([name, svc]) => {
    const build = svc && typeof svc === 'object' ? (svc as Record<string, unknown>).build : undefined;
    const ctx = typeof build === 'string' ? build : build && typeof build === 'object' ? (build as Record<string, unknown>).context : undefined;
    return [name, typeof ctx === 'string' ? path.posix.normalize(path.posix.join(folder, ctx)) : ''];
  }));
  return facts;
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
