import type { AwsSettings } from '@/aws/settings/aws-settings';
import { USER_POOL_CLIENT_ID, USER_POOL_ID } from '@/aws/settings/id-patterns';
import { resolveEndpoint } from '@/aws/settings/resolve-endpoint';
import type { SignInTarget } from '@/aws/user-pool/sign-in';

/** The user pool the form names, if its fields are valid. */
export function signInTarget(
  settings: AwsSettings,
  origin: string,
): SignInTarget | undefined {
  const endpoint = resolveEndpoint(
    settings.endpoints.cognitoIdentityProvider,
    origin,
  );
  if (
    !USER_POOL_ID.test(settings.userPoolId) ||
    !USER_POOL_CLIENT_ID.test(settings.userPoolClientId) ||
    !endpoint.ok
  )
    return undefined;
  return {
    userPoolId: settings.userPoolId,
    clientId: settings.userPoolClientId,
    endpoint: endpoint.url,
  };
}
