// SPDX-License-Identifier: MIT
// Docker Coach's own Dockerfile rules: container security and good practice, one module each.
// Multiple CMD/ENTRYPOINT/HEALTHCHECK in a stage is BuildKit's MultipleInstructionsDisallowed, so it
// has no rule here; MalformedExecForm and ShellEntrypointIgnoresCmd say what JSONArgsRecommended does not.
import type { DockerfileRule } from '../types';
import { addInsteadOfCopy } from './practice/addInsteadOfCopy';
import { apkAddWithoutNoCache } from './practice/apkAddNoCache';
import { aptGetMissingYes } from './practice/aptGetMissingYes';
import { aptGetRecommends } from './practice/aptGetRecommends';
import { aptGetUpgrade } from './practice/aptGetUpgrade';
import { aptInScript } from './practice/aptInScript';
import { aptListsNotCleaned } from './practice/aptListsNotCleaned';
import { contextSecretsNotIgnored } from './practice/contextSecretsNotIgnored';
import { binShReplaced } from './practice/binShReplaced';
import { cdInRun } from './practice/cdInRun';
import { copyAllBeforeInstall } from './practice/copyAllBeforeInstall';
import { copyRelativeWithoutWorkdir } from './practice/copyRelativeWithoutWorkdir';
import { copyFromUnknownStage } from './practice/copyFromUnknownStage';
import { curlPipeShell } from './practice/curlPipeShell';
import { envUsesItsOwnName } from './practice/envUsesItsOwnName';
import { exposePortOutOfRange } from './practice/exposePortOutOfRange';
import { imageWithoutHealthcheck } from './practice/imageWithoutHealthcheck';
import { malformedExecForm } from './practice/malformedExecForm';
import { npmInstallWithLock } from './practice/npmInstallWithLock';
import { pipCacheNotDisabled } from './practice/pipCacheNotDisabled';
import { pipeWithoutPipefail } from './practice/pipeWithoutPipefail';
import { privilegedRun } from './practice/privilegedRun';
import { rootUser } from './practice/rootUser';
import { rpmCacheNotCleaned } from './practice/rpmCacheNotCleaned';
import { rpmInstallMissingYes } from './practice/rpmInstallMissingYes';
import { secretCopied } from './practice/secretCopied';
import { serviceStartInRun } from './practice/serviceStartInRun';
import { shellEntrypointIgnoresCmd } from './practice/shellEntrypointIgnoresCmd';
import { sudoInRun } from './practice/sudoInRun';
import { unpinnedBaseImage } from './practice/unpinnedBaseImage';
import { useraddHighUid } from './practice/useraddHighUid';
import { yarnCacheNotCleaned } from './practice/yarnCacheNotCleaned';
import { zypperMissingNonInteractive } from './practice/zypperMissingNonInteractive';

export const practiceRules: readonly DockerfileRule[] = [
  // User and base image
  rootUser,
  useraddHighUid,
  unpinnedBaseImage,
  privilegedRun,
  // Secrets and downloads
  secretCopied,
  contextSecretsNotIgnored,
  addInsteadOfCopy,
  curlPipeShell,
  // Packages
  aptGetMissingYes,
  aptGetRecommends,
  aptListsNotCleaned,
  aptGetUpgrade,
  aptInScript,
  sudoInRun,
  pipCacheNotDisabled,
  npmInstallWithLock,
  yarnCacheNotCleaned,
  apkAddWithoutNoCache,
  rpmInstallMissingYes,
  rpmCacheNotCleaned,
  zypperMissingNonInteractive,
  pipeWithoutPipefail,
  // Forms and paths
  cdInRun,
  binShReplaced,
  malformedExecForm,
  shellEntrypointIgnoresCmd,
  serviceStartInRun,
  exposePortOutOfRange,
  envUsesItsOwnName,
  copyFromUnknownStage,
  copyAllBeforeInstall,
  copyRelativeWithoutWorkdir,
  // Read by the security review (off by default in the editor)
  imageWithoutHealthcheck,
];
