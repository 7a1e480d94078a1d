// Bundles the extension into one CommonJS file. `--production` minifies and drops source maps.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');

await esbuild.build({
  entryPoints: ['src/extension.ts'],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  outfile: 'dist/extension.js',
  external: ['vscode'],
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
