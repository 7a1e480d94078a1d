// Bundles the extension into one CommonJS file. `--production` minifies and drops source maps.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');

// The docker CLI tables (issue 25) are large and only shell scripts, Makefiles, markdown and the terminal
// coach need them: the extension reaches them with `require('./cli/cliTables')` in
// src/core/knowledge/cliAccess.ts, which this turns into dist/cliTables.js, a bundle of its own loaded on
// first need. The language server keeps them inside dist/server.js, so its package stays one file.
const lazyCliTables = {
  name: 'lazy-cli-tables',
  setup(build) {
    build.onResolve({ filter: /\/cli\/cliTables$/ }, args => (args.kind === 'require-call' ? { path: './cliTables.js', external: true } : undefined));
  },
};

await esbuild.build({
  entryPoints: ['src/extension.ts'],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  outfile: 'dist/extension.js',
  external: ['vscode'],
  plugins: [lazyCliTables],
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
});

await esbuild.build({
  entryPoints: ['src/core/knowledge/cli/cliTables.ts'],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  outfile: 'dist/cliTables.js',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
});

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
