// SPDX-License-Identifier: MIT
// The one answer to "is this volume source a folder on the host, or the name of a volume?", shared by the
// compose hovers, graph and Problems and the hovers of `docker run -v`. It imports nothing, so both sides can
// use it without a cycle.

/**
 * True when Docker reads `source` as a host path: it starts with `.`, `/` or `~`, is a Windows named pipe
 * (`\\`), or starts with a drive letter and a colon (compose-spec/compose-go format/volume.go isFilePath; the
 * docker CLI reads `-v` the same way since Docker 23, after the shell expanded `~`). A source that starts with a
 * variable (`${DATA}`, `$HOME`) counts as a path too: it is filled in only when the command runs, and it
 * usually holds one. Anything else, such as `data` or `data/x`, is the name of a volume.
 */
export function isHostPath(source: string): boolean {
  return /^[./~$]/.test(source) || source.startsWith('\\\\') || /^[A-Za-z]:/.test(source);
}
