// SPDX-License-Identifier: MIT
// explainDockerfile: being written now (issue 2).
import type { Explanation } from '../types';
import type { Position } from '../text';

export function explainDockerfile(_text: string, _position: Position): Explanation | undefined {
  return undefined;
}
