// SPDX-License-Identifier: MIT
// The two existing language services we measure against, called as their own servers call them.
import { DockerfileLanguageServiceFactory } from 'dockerfile-language-service';
import { ComposeDocument } from '@microsoft/compose-language-service/lib/service/ComposeDocument';
import { KeyHoverProvider } from '@microsoft/compose-language-service/lib/service/providers/KeyHoverProvider';
import { runWithContext, type ActionContext } from '@microsoft/compose-language-service/lib/service/utils/ActionContext';

type Pos = { line: number; character: number };

/** dockerfile-language-service's hover: it parses the content on every call, as its server does. */
export function dockerfileAnchor(): (text: string, pos: Pos) => unknown {
  const service = DockerfileLanguageServiceFactory.createLanguageService();
  return (text, pos) => service.computeHover(text, pos);
}

/**
 * compose-language-service's key hover. Its server keeps one ComposeDocument per document version
 * (the YAML parse is lazy and cached on it), so we keep one per text the same way.
 */
export function composeAnchor(): (text: string, pos: Pos) => Promise<unknown> {
  const provider = new KeyHoverProvider();
  const context = {
    clientCapabilities: { textDocument: { hover: { contentFormat: ['markdown'] } } },
    connection: {},
    telemetry: { eventName: 'hover', properties: {}, measurements: {}, groupingStrategy: 'eventName' },
  } as unknown as ActionContext;
  const token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() { /* none */ } }) };
  let last: { text: string; doc: ComposeDocument } | undefined;
  let version = 0;
  return (text, pos) => {
    if (!last || last.text !== text) {
      last = { text, doc: ComposeDocument.DocumentManagerConfig.create('file:///bench/compose.yaml', 'dockercompose', ++version, text) };
    }
    const doc = last.doc;
    return runWithContext(context, () => Promise.resolve(provider.on({ document: doc, position: pos, textDocument: doc.id } as never, token as never)));
  };
}
