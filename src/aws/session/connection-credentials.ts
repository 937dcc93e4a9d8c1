import { basicFlow } from '../credentials/basic-flow';
import type { Logins } from '../credentials/aws-credentials';
import { enhancedFlow } from '../credentials/enhanced-flow';
import { MemoryStorage } from '../credentials/memory-storage';
import {
  memoizeCredentials,
  type MemoizedCredentials,
} from '../credentials/memoize-credentials';
import type { AwsSettings } from '../settings/aws-settings';
import { regionOfPoolId } from '../settings/id-patterns';
import type { UserPoolSession } from '../user-pool/user-pool-session';
import type { ResolvedEndpoints } from './resolved-endpoints';

function loginsOf(session: UserPoolSession | null): Logins | undefined {
  if (!session) return undefined;
  const region = regionOfPoolId(session.userPoolId) ?? '';
  // The identity pool knows a user pool by this provider name.
  const provider = `cognito-idp.${region}.amazonaws.com/${session.userPoolId}`;
  return { [provider]: () => session.idToken() };
}

/** The credentials of one connection, shared and renewed before expiry. */
export function connectionCredentials(
  settings: AwsSettings,
  endpoints: ResolvedEndpoints,
  session: UserPoolSession | null,
): MemoizedCredentials {
  const poolRegion = regionOfPoolId(settings.identityPoolId) ?? settings.region;
  const logins = loginsOf(session);
  const provider =
    settings.authFlow === 'basic'
      ? basicFlow({
          identityPoolId: settings.identityPoolId,
          poolRegion,
          region: settings.region,
          roleArn: settings.roleArn,
          cognitoEndpoint: endpoints.cognitoIdentity,
          stsEndpoint: endpoints.sts,
          logins,
        })
      : enhancedFlow({
          identityPoolId: settings.identityPoolId,
          poolRegion,
          endpoint: endpoints.cognitoIdentity,
          logins,
          userIdentifier: session?.username,
          cache: new MemoryStorage(),
        });
  return memoizeCredentials(provider);
}
