// SPDX-License-Identifier: MIT
// One predicate for "host folder or volume name", checked against compose-spec/compose-go format/volume.go
// isFilePath (e70e961, lines 180-199): `.`, `/`, `~`, a `\\` named pipe, or a drive letter and colon; plus the
// coach's own choice that a leading variable is a path.
import * as assert from 'assert';
import { isHostPath } from '../../../src/core/hostPath';

describe('isHostPath', () => {
  it('reads as a folder what compose-go and the docker CLI read as one', () => {
    for (const p of ['./data', '../shared', '.env', '/var/log', '~/cache', '\\\\.\\pipe\\docker_engine', 'C:\\data', 'c:/data', '${DATA_DIR}', '$HOME/x']) {
      assert.strictEqual(isHostPath(p), true, p);
    }
  });

  it('reads as a volume name anything else, a folder written without ./ included', () => {
    for (const p of ['data', 'data/x', 'my-volume_1', 'db.data', '\\data', '', 'CC:/x']) assert.strictEqual(isHostPath(p), false, p);
  });
});
