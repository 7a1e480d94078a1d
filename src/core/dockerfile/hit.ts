// SPDX-License-Identifier: MIT
// What a Dockerfile explainer finds before it is rendered: the span, the content, and the topics
// that the learner's notes may mention.
import type { HoverContent } from '../render';
import type { Range } from '../text';

export interface DockerfileHit {
  range: Range;
  content: HoverContent;
  /** Note topics such as `instruction:RUN`; see `notes/topics.ts`. */
  topics?: readonly string[];
}
