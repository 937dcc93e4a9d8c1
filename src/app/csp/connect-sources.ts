import {
  ENDPOINT_NAMES,
  type AwsSettings,
  type EndpointName,
} from '@/aws/settings/aws-settings';
import { regionOfPoolId } from '@/aws/settings/id-patterns';
import { resolveEndpoint } from '@/aws/settings/resolve-endpoint';

const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;

/** The host name of each service, as AWS names it in its endpoints. */
const SERVICE_HOSTS: Record<EndpointName, string> = {
  batch: 'batch',
  cognitoIdentity: 'cognito-identity',
  cognitoIdentityProvider: 'cognito-idp',
  sts: 'sts',
};

/**
 * The regions each service is called in. The Cognito clients take their
 * region from the pool ids (as the SDK and amazon-cognito-identity-js do),
 * which may differ from the chosen region.
 */
function serviceRegions(settings: AwsSettings, name: EndpointName): string[] {
  const pool =
    name === 'cognitoIdentity'
      ? regionOfPoolId(settings.identityPoolId)
      : name === 'cognitoIdentityProvider'
        ? regionOfPoolId(settings.userPoolId)
        : undefined;
  return [settings.region, ...(pool ? [pool] : [])];
}

/**
 * Where the app may connect besides itself: the AWS endpoints of every
 * service the app calls, in the chosen region (and the pools' regions), and
 * the origin of every endpoint override. A region that is not a region name,
 * or an override that is not an http(s) URL, adds nothing, so a stored value
 * can never smuggle another directive into the policy.
 */
export function connectSources(
  settings: AwsSettings,
  origin: string,
): string[] {
  const sources = new Set<string>();
  for (const name of ENDPOINT_NAMES)
    for (const region of serviceRegions(settings, name))
      if (REGION.test(region))
        sources.add(`https://${SERVICE_HOSTS[name]}.${region}.amazonaws.com`);

  for (const name of ENDPOINT_NAMES) {
    const resolved = resolveEndpoint(settings.endpoints[name], origin);
    if (resolved.ok && resolved.url !== undefined)
      sources.add(new URL(resolved.url).origin);
  }
  return [...sources];
}
