// SPDX-License-Identifier: MIT
// How to get Compose, per platform: the one place the lens refusal, the Get started view and the terminal
// coach read it from. Docker Desktop (macOS, Windows, Linux) ships the v2 plugin; on a Linux engine without
// Desktop it is the `docker-compose-plugin` package from Docker's own apt/dnf repository (Ubuntu's archive
// calls it `docker-compose-v2`). Reference: https://docs.docker.com/compose/install/

/** The install page, per platform: Linux has its own page for the plugin. */
export function composeInstallUrl(platform?: string): string {
  return platform === 'linux' ? 'https://docs.docker.com/compose/install/linux/' : 'https://docs.docker.com/compose/install/';
}

/**
 * `platform` is Node's `process.platform` name (linux, darwin, win32); any other gets the advice for all.
 * One or two plain sentences (no markdown: they also show in tooltips and messages) that say how to get
 * Compose on `platform`, ending with how to tell it worked.
 */
export function composeInstallAdvice(platform?: string): string {
  const check = 'Then "docker compose version" answers.';
  switch (platform) {
    case 'linux':
      return `On Linux, install the Compose plugin: the docker-compose-plugin package from Docker's apt or dnf repository (docker-compose-v2 in Ubuntu's own archive), or Docker Desktop, which includes it. ${check}`;
    case 'darwin':
      return `On macOS, install Docker Desktop: it includes Compose. ${check}`;
    case 'win32':
      return `On Windows, install Docker Desktop: it includes Compose. ${check}`;
    default:
      return `Docker Desktop (macOS, Windows, Linux) includes Compose; on Linux without it, install the docker-compose-plugin package from Docker's repository. ${check}`;
  }
}
