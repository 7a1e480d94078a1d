// SPDX-License-Identifier: MIT
// `npm run test:electron`: the same test/integration suite under @vscode/test-electron, which downloads
// desktop VS Code into .vscode-test/ (needs update.code.visualstudio.com; `npm test` uses code-server instead).
// VSCODE_VERSION picks the build, e.g. VSCODE_VERSION=1.139.1 npm run test:electron; VSCODE_EXECUTABLE
// uses a desktop VS Code that is already installed instead of downloading one.
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  label: 'integration',
  files: 'out/test/integration/**/*.test.js',
  version: process.env.VSCODE_VERSION ?? 'stable',
  workspaceFolder: './samples',
  // Only Docker Coach, and no trust prompt: lenses and commands exist only in trusted workspaces.
  launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
  mocha: { ui: 'tdd', timeout: 20000 },
  ...(process.env.VSCODE_EXECUTABLE ? { useInstallation: { fromPath: process.env.VSCODE_EXECUTABLE } } : {}),
});
