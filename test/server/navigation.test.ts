// SPDX-License-Identifier: MIT
// Issue 26 over the protocol: the language server announces outline, definition, references,
// highlights, rename with prepareRename, folding and links, and answers each on the files in samples/.
import * as assert from 'assert';
import * as path from 'path';
import {
  DefinitionRequest, DocumentHighlightRequest, DocumentLinkRequest, DocumentSymbolRequest, FoldingRangeRequest, PrepareRenameRequest,
  ReferencesRequest, RenameRequest, type DocumentSymbol, type Location,
} from 'vscode-languageserver-protocol/node';
import { samples, startClient, uriOf, type TestClient } from './lspClient';

const prod = path.join(samples, 'backend-flask', 'Dockerfile.prod');
const composeFile = path.join(samples, 'docker-compose.yml');

describe('language server: outline, definition, references, rename, folding and links (issue 26)', function () {
  this.timeout(30000);
  let client: TestClient;
  afterEach(async () => { await client?.close(); });

  it('announces each capability', async () => {
    client = await startClient();
    const caps = client.initializeResult.capabilities;
    assert.ok(caps.documentSymbolProvider);
    assert.strictEqual(caps.definitionProvider, true);
    assert.strictEqual(caps.referencesProvider, true);
    assert.strictEqual(caps.documentHighlightProvider, true);
    assert.deepStrictEqual(caps.renameProvider, { prepareProvider: true });
    assert.strictEqual(caps.foldingRangeProvider, true);
    assert.deepStrictEqual(caps.documentLinkProvider, { resolveProvider: false });
  });

  it('Dockerfile: outline, go to the stage a --mount from= names, its references, highlights, rename and prepareRename', async () => {
    client = await startClient();
    const uri = client.open(prod, 'dockerfile');
    const doc = { textDocument: { uri } };
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, doc) as DocumentSymbol[];
    assert.deepStrictEqual(symbols.map(s => s.name), ['ARG', 'builder', 'runtime']);
    const fromBuilder = { line: 19, character: 30 }; // `builder` in `from=builder` (line 20 of the file)
    const def = await client.connection.sendRequest(DefinitionRequest.type, { ...doc, position: fromBuilder }) as Location[];
    assert.deepStrictEqual(def, [{ uri, range: { start: { line: 8, character: 44 }, end: { line: 8, character: 51 } } }]);
    const refs = await client.connection.sendRequest(ReferencesRequest.type, { ...doc, position: fromBuilder, context: { includeDeclaration: true } });
    assert.deepStrictEqual(refs?.map(r => r.range.start.line), [8, 19]);
    const lights = await client.connection.sendRequest(DocumentHighlightRequest.type, { ...doc, position: fromBuilder });
    assert.deepStrictEqual(lights?.map(h => h.kind), [3, 2]); // Write on `AS builder`, Read on `from=builder`
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, { ...doc, position: fromBuilder });
    assert.deepStrictEqual(prepared, { range: { start: { line: 19, character: 27 }, end: { line: 19, character: 34 } }, placeholder: 'builder' });
    const edit = await client.connection.sendRequest(RenameRequest.type, { ...doc, position: fromBuilder, newName: 'wheels' });
    assert.deepStrictEqual(edit?.changes?.[uri]?.map(e => [e.range.start.line, e.newText]), [[8, 'wheels'], [19, 'wheels']]);
    await assert.rejects(client.connection.sendRequest(PrepareRenameRequest.type, { ...doc, position: { line: 9, character: 1 } }), /Only names can be renamed/);
    await assert.rejects(client.connection.sendRequest(RenameRequest.type, { ...doc, position: fromBuilder, newName: 'Wheels' }), /lowercase letter/);
    const folds = await client.connection.sendRequest(FoldingRangeRequest.type, doc);
    assert.ok(folds?.some(f => f.startLine === 15 && f.endLine === 31), JSON.stringify(folds));
    const links = await client.connection.sendRequest(DocumentLinkRequest.type, doc);
    assert.deepStrictEqual(links?.map(l => l.target), ['https://hub.docker.com/r/docker/dockerfile', 'https://hub.docker.com/_/python', 'https://hub.docker.com/_/python']);
  });

  it('compose: outline, go to the service under depends_on, references, rename, folding and the build folder link', async () => {
    client = await startClient();
    const uri = client.open(composeFile, 'dockercompose');
    const doc = { textDocument: { uri } };
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, doc) as DocumentSymbol[];
    assert.deepStrictEqual(symbols.map(s => s.name), ['services', 'networks', 'volumes']);
    assert.deepStrictEqual(symbols[0].children?.map(s => s.name), ['backend-flask', 'frontend-react-js', 'db']);
    const onDb = { line: 16, character: 7 }; // `db:` under depends_on
    const def = await client.connection.sendRequest(DefinitionRequest.type, { ...doc, position: onDb }) as Location[];
    assert.deepStrictEqual(def, [{ uri, range: { start: { line: 37, character: 2 }, end: { line: 37, character: 4 } } }]);
    const refs = await client.connection.sendRequest(ReferencesRequest.type, { ...doc, position: onDb, context: { includeDeclaration: false } });
    assert.deepStrictEqual(refs?.map(r => r.range.start.line), [16]);
    const edit = await client.connection.sendRequest(RenameRequest.type, { ...doc, position: { line: 19, character: 10 }, newName: 'back' });
    assert.deepStrictEqual(edit?.changes?.[uri]?.map(e => e.range.start.line), [19, 35, 55, 58]);
    await assert.rejects(client.connection.sendRequest(RenameRequest.type, { ...doc, position: { line: 19, character: 10 }, newName: 'my net' }), /no spaces/);
    const folds = await client.connection.sendRequest(FoldingRangeRequest.type, doc);
    assert.ok(folds?.some(f => f.startLine === 2 && f.endLine === 19), JSON.stringify(folds));
    const links = await client.connection.sendRequest(DocumentLinkRequest.type, doc);
    assert.deepStrictEqual(links?.map(l => l.target), [
      uriOf(path.join(samples, 'backend-flask')), uriOf(path.join(samples, 'frontend-react-js')), 'https://hub.docker.com/_/postgres',
    ]);
  });
});
