// SPDX-License-Identifier: MIT
// Reads a terminal command's output stream to its end, keeping only the last part. No `vscode` import, so
// unit tests run it on plain async iterables.

/** Reads `stream` to its end and returns its last `max` characters; a stream that fails gives what came before. */
export async function readTail(stream: AsyncIterable<string>, max: number, onError?: (err: unknown) => void): Promise<string> {
  let text = '';
  try {
    for await (const chunk of stream) {
      text += chunk;
      // Trim now and then, not on every chunk: a long build prints many small ones.
      if (text.length > max * 2) text = text.slice(-max);
    }
  } catch (err) {
    onError?.(err);
  }
  return text.slice(-max);
}
