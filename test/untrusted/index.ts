// SPDX-License-Identifier: MIT
// The mocha runner for the untrusted-workspace run (`npm run test:trust`): the same runner as
// test/integration, on this folder's suites only, which expect an untrusted copy of samples/.
import { runTests } from '../integration/index';

export function run(): Promise<void> {
  return runTests(__dirname);
}
