interface DefaultPolicyRules {
  createScriptURL: (url: string) => string | null;
  createHTML: (html: string, type: string, sink: string) => string | null;
}

/** The one method of the Trusted Types factory this module uses. */
interface TrustedTypesFactory {
  createPolicy(name: string, rules: DefaultPolicyRules): unknown;
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

/** The sink name Chromium gives the default policy for DOMParser. */
const DOM_PARSER_SINK = 'DOMParser parseFromString';

/**
 * The rules of the default policy: what may pass when a plain string
 * reaches a sink under `require-trusted-types-for 'script'`.
 *
 * - Script URLs of the app's own origin: Vite's worker wrappers construct
 *   Monaco's workers from plain URL strings.
 * - Markup for DOMParser only: the AWS SDK reads STS's XML answers (the
 *   basic Cognito flow) with it, and a parsed document never runs scripts.
 *   Every other HTML sink (innerHTML and the like) is still refused, and no
 *   script text is ever allowed.
 */
export function defaultPolicyRules(origin: string): DefaultPolicyRules {
  return {
    createScriptURL: (url) =>
      new URL(url, origin).origin === origin ? url : null,
    createHTML: (html, _type, sink) => (sink === DOM_PARSER_SINK ? html : null),
  };
}

export function installDefaultTrustedTypesPolicy(
  scope: object,
  origin: string,
): void {
  factoryOf(scope)?.createPolicy('default', defaultPolicyRules(origin));
}
