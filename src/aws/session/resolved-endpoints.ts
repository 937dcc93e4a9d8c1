import {
  ENDPOINT_NAMES,
  type AwsSettings,
  type EndpointName,
} from '../settings/aws-settings';
import { resolveEndpoint } from '../settings/resolve-endpoint';

/** Endpoint overrides as absolute URLs; undefined means AWS's own. */
export type ResolvedEndpoints = Readonly<
  Record<EndpointName, string | undefined>
>;

/** Resolves every override, or undefined if one is not acceptable. */
export function resolveEndpoints(
  settings: AwsSettings,
  origin: string,
): ResolvedEndpoints | undefined {
  const resolved: Record<EndpointName, string | undefined> = {
    batch: undefined,
    cognitoIdentity: undefined,
    cognitoIdentityProvider: undefined,
    sts: undefined,
  };
  for (const name of ENDPOINT_NAMES) {
    const result = resolveEndpoint(settings.endpoints[name], origin);
    if (!result.ok) return undefined;
    resolved[name] = result.url;
  }
  return resolved;
}
