// Bundles the extension (CommonJS files, described below), the language server and the webviews' scripts.
// `--production` minifies and drops source maps.
import * as esbuild from 'esbuild';
import { createRequire } from 'module';

const production = process.argv.includes('--production');
const common = { bundle: true, format: 'cjs', platform: 'node', target: 'node18', minify: production, sourcemap: !production, sourcesContent: false, logLevel: 'warning' };

// What the extension loads, and when (issue 29). VS Code activates the extension in every window, so
// dist/extension.js holds only the registrations and what the terminal coach needs to notice a docker
// command: the VS Code adapters (src/vscode). Everything they call in src/core/index.ts is dist/core.js,
// loaded with `require` on the first hover, check, lens, completion or command that asks for it. Inside the
// core, two large tables wait longer still: the compose schema validator (dist/composeValidator.js, on the
// first compose file checked) and the docker CLI tables (dist/cliTables.js, on the first shell script,
// Makefile, markdown fence or terminal explanation). Each lazy file is reached by one `require` in one
// place: the lazy-core plugin below, src/core/diagnostics/compose/schemaCheck.ts, src/core/knowledge/cliAccess.ts.
// The language server keeps everything inside dist/server.js, so its npm package stays one file.
const lazyRequire = (filter, file) => ({
  name: `lazy-${file}`,
  setup(build) {
    build.onResolve({ filter }, args => (args.kind === 'require-call' ? { path: `./${file}`, external: true } : undefined));
  },
});
const lazyCliTables = lazyRequire(/\/cli\/cliTables$/, 'cliTables.js');
const lazyComposeValidator = lazyRequire(/\/generated\/composeValidator$/, 'composeValidator.js');

await esbuild.build({ ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js', plugins: [lazyCliTables, lazyComposeValidator] });
await esbuild.build({ ...common, entryPoints: ['src/core/diagnostics/compose/generated/composeValidator.ts'], outfile: 'dist/composeValidator.js' });
await esbuild.build({ ...common, entryPoints: ['src/core/knowledge/cli/cliTables.ts'], outfile: 'dist/cliTables.js' });

// The core's export names, read from the bundle just built (the core is pure: loading it here runs nothing).
const coreExports = Object.keys(createRequire(import.meta.url)('./dist/core.js')).filter(name => name !== '__esModule');

/**
 * The adapters' `import { … } from '../core/index'` becomes this module: one getter per export, each loading
 * dist/core.js on its first call. Imports stay typed and read as before; what an adapter calls at module
 * level or in activate() would load the core at once, which test/unit/core/activationBundle.test.ts refuses.
 */
const lazyCore = {
  name: 'lazy-core',
  setup(build) {
    build.onResolve({ filter: /\/core\/index$/ }, args => (/[\\/]src[\\/](vscode[\\/]|worker[\\/]|extension\.ts$)/.test(args.importer) ? { path: 'core', namespace: 'lazy-core' } : undefined));
    build.onResolve({ filter: /^\.\/core\.js$/, namespace: 'lazy-core' }, () => ({ path: './core.js', external: true }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-core' }, () => ({
      loader: 'js',
      contents: `let core;\nconst load = () => (core ??= require('./core.js'));\nObject.defineProperty(exports, '__esModule', { value: true });\nfor (const name of ${JSON.stringify(coreExports)}) Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });\n`,
    }));
  },
};

await esbuild.build({ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [lazyCore] });
// The worker thread the extension starts for large documents (src/worker/checkWorker.ts): a few KB that load
// dist/core.js, whose parses and caches then live in that thread.
await esbuild.build({ ...common, entryPoints: ['src/worker/main.ts'], outfile: 'dist/coachWorker.js', plugins: [lazyCore] });
// The thread that starts programs (src/vscode/dockerProcess.ts): no core.
await esbuild.build({ ...common, entryPoints: ['src/vscode/programWorker.ts'], outfile: 'dist/programWorker.js' });

// The language server for other editors (issue 18): a second, separate bundle with its dependencies
// inside, so the npm package in server/ needs nothing else. The .vsix never carries it (.vscodeignore).
await esbuild.build({
  entryPoints: ['src/server/main.ts'],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  outfile: 'dist/server.js',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
});

// The Explain view's script (issue 17): runs in the webview, never in the extension host, so it is a
// bundle of its own (dagre included) beside the view's stylesheet, the only folder the webview may load.
await esbuild.build({
  entryPoints: ['src/webview/main.ts'],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  outfile: 'media/explain/explain.js',
  minify: production,
  sourcemap: false,
  logLevel: 'warning',
});

// The Security review view's script (issue 27): a bundle of its own, like the Explain view's.
await esbuild.build({
  entryPoints: ['src/webview/security.ts'],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  outfile: 'media/security/security.js',
  minify: production,
  sourcemap: false,
  logLevel: 'warning',
});
