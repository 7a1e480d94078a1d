// SPDX-License-Identifier: MIT
// What the walkthrough's steps follow, decided here so the adapter only listens: which folders a new Dockerfile
// may go to (and the starter snippet for each), and the order the starters are offered in. Its docker steps
// follow the exercises instead (practice/walkthroughLink.ts).
import * as path from 'path';

/** The files that say what a folder holds, and the starter snippet that fits it. */
const appMarkers: { file: string; language: string; starter: string }[] = [
  { file: 'requirements.txt', language: 'Python', starter: 'df-flask' },
  { file: 'pyproject.toml', language: 'Python', starter: 'df-flask' },
  { file: 'app.py', language: 'Python', starter: 'df-flask' },
  { file: 'package.json', language: 'Node.js', starter: 'df-node' },
];

/** The glob the adapter searches with for the files above (node_modules left out by the adapter). */
export const appMarkerGlob = `**/{${appMarkers.map((m) => m.file).join(',')}}`;

/** One place a new Dockerfile may go. */
export interface DockerfileFolder {
  /** Absolute folder. */
  folder: string;
  /** As shown: the path from the workspace folder (`backend-flask`), or `.` for the workspace folder itself. */
  label: string;
  /** What was found there: `Python (requirements.txt)`, `has a Dockerfile already`. */
  description?: string;
  /** The starter snippet that fits (`df-flask`, `df-node`), when the folder says. */
  starter?: string;
  hasDockerfile: boolean;
}

/**
 * The folders to offer for a new Dockerfile: those holding app files (requirements.txt, package.json...)
 * first, in path order, those without a Dockerfile before those with one, then the workspace folder itself.
 * `markers` and `dockerfiles` are absolute paths the adapter found under `root`; `reactApps`, those of the
 * package.json files among `markers` of Create React App apps (`usesReactScripts`).
 */
export function dockerfileFolders(root: string, markers: readonly string[], dockerfiles: readonly string[], reactApps: ReadonlySet<string> = new Set()): DockerfileFolder[] {
  const withDockerfile = new Set(dockerfiles.map((f) => path.dirname(path.normalize(f))));
  const byFolder = new Map<string, { language: string; file: string; starter: string }>();
  for (const m of markers) {
    const normal = path.normalize(m);
    const marker = appMarkers.find((a) => a.file === path.basename(normal));
    const dir = path.dirname(normal);
    if (!marker || byFolder.has(dir) || /[\\/]node_modules[\\/]/.test(normal)) continue;
    // A Create React App package.json gets the React starter (its dev server's port and `npm start`).
    const react = marker.file === 'package.json' && reactApps.has(m);
    byFolder.set(dir, react ? { language: 'React', file: marker.file, starter: 'df-react' } : { language: marker.language, file: marker.file, starter: marker.starter });
  }
  const normalRoot = path.normalize(root);
  const entry = (folder: string): DockerfileFolder => {
    const found = byFolder.get(folder);
    const hasDockerfile = withDockerfile.has(folder);
    const notes = [found && `${found.language} (${found.file})`, hasDockerfile && 'has a Dockerfile already'].filter((n): n is string => !!n);
    return { folder, label: path.relative(normalRoot, folder) || '.', description: notes.join(', ') || undefined, starter: found?.starter, hasDockerfile };
  };
  const apps = [...byFolder.keys()].filter((f) => f !== normalRoot && !path.relative(normalRoot, f).startsWith('..')).sort().map(entry);
  apps.sort((a, b) => Number(a.hasDockerfile) - Number(b.hasDockerfile));
  return [...apps, entry(normalRoot)];
}

/**
 * Whether a package.json's text lists `react-scripts` (Create React App) among its dependencies: what the React
 * starter fits, with `npm start` serving on port 3000. A Vite or Next.js app gets the Node starter. Broken JSON
 * is not such an app.
 */
export function usesReactScripts(packageJson: string): boolean {
  try {
    const pkg = JSON.parse(packageJson) as { dependencies?: unknown; devDependencies?: unknown } | null;
    return [pkg?.dependencies, pkg?.devDependencies].some((deps) => !!deps && typeof deps === 'object' && Object.hasOwn(deps, 'react-scripts'));
  } catch {
    return false;
  }
}

/** The whole-file starters, in the order New Dockerfile offers them: the one that fits the folder first, then df-flask and df-node. */
export function starterOrder(fits?: string): string[] {
  const starters = ['df-flask', 'df-node', 'df-react', 'df-multistage'];
  return fits && starters.includes(fits) ? [fits, ...starters.filter((s) => s !== fits)] : starters;
}

/**
 * Whether the walkthrough opens by itself now: not offered before (remembered for the installation), the
 * workspace has a Dockerfile or compose file, and the user has not turned start pages off
 * (`workbench.startupEditor: none` asks VS Code to open nothing at start; the Get started view still offers it).
 */
export function shouldOfferWalkthrough(offered: boolean, startupEditor: unknown, hasDockerFiles: boolean): boolean {
  return !offered && hasDockerFiles && startupEditor !== 'none';
}
