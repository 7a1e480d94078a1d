// SPDX-License-Identifier: MIT
// A stand-in for the `vscode` module, to load the built extension outside VS Code: the activation bundle test
// (test/unit/core/activationBundle.test.ts) and the activation benchmark (bench/activationChild.ts).

/**
 * A `vscode` stand-in on which any name is another stand-in and any call returns one (esbuild's interop copies a
 * module's own names, so unknown names are answered by the prototype). Views are hidden (`visible` is false), as
 * the Docker Coach container is in most windows.
 */
export function anything(): unknown {
  const fn = function () { /* callable */ };
  let proto: object | undefined;
  return new Proxy(fn, {
    get: (_t, prop) => (prop === 'then' ? undefined : prop === 'visible' ? false : prop === Symbol.toPrimitive ? () => 'stand-in' : anything()),
    apply: () => anything(),
    construct: () => anything() as object,
    getPrototypeOf: () => (proto ??= new Proxy({}, { get: (_t, prop) => (prop === 'then' ? undefined : anything()) })),
  });
}
