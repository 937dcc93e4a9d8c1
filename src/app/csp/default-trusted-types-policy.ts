/** The one method of the Trusted Types factory this module uses. */
interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL: (url: string) => string | null },
  ): unknown;
}

function factoryOf(scope: object): TrustedTypesFactory | undefined {
  if (!('trustedTypes' in scope)) return undefined;
  const factory = scope.trustedTypes;
  if (
    typeof factory !== 'object' ||
    factory === null ||
    !('createPolicy' in factory) ||
    typeof factory.createPolicy !== 'function'
  )
    return undefined;
  // Checked above; TypeScript's DOM library does not declare Trusted Types.
  return factory as TrustedTypesFactory;
}

/**
 * Under `require-trusted-types-for 'script'`, a plain string reaching a
 * script sink throws. Vite's worker wrappers construct Monaco's workers
 * from plain URL strings; this default policy lets exactly those through:
 * a script URL of the app's own origin. It defines no createHTML and no
 * createScript, so HTML and script strings are still refused.
 */
export function installDefaultTrustedTypesPolicy(
  scope: object,
  origin: string,
): void {
  factoryOf(scope)?.createPolicy('default', {
    createScriptURL: (url) =>
      new URL(url, origin).origin === origin ? url : null,
  });
}
