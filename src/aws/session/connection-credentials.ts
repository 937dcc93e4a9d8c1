import type {
  CredentialsProvider,
  Logins,
} from '../credentials/aws-credentials';
import { MemoryStorage } from '../credentials/memory-storage';
import {
  memoizeCredentials,
  type MemoizedCredentials,
} from '../credentials/memoize-credentials';
import type { AwsSettings } from '../settings/aws-settings';
import { regionOfPoolId } from '../settings/id-patterns';
import type { UserPoolSession } from '../user-pool/user-pool-session';
import { loadOnce } from './load-once';
import type { ResolvedEndpoints } from './resolved-endpoints';

function loginsOf(session: UserPoolSession | null): Logins | undefined {
  if (!session) return undefined;
  const region = regionOfPoolId(session.userPoolId) ?? '';
  // The identity pool knows a user pool by this provider name.
  const provider = `cognito-idp.${region}.amazonaws.com/${session.userPoolId}`;
  return { [provider]: () => session.idToken() };
}

/** A provider made, once its code has been fetched, on the first call. */
function lazyProvider(
  load: () => Promise<CredentialsProvider>,
): CredentialsProvider {
  const provider = loadOnce(load);

  return async () => (await provider())();
}

/**
 * The credentials of one connection, shared and renewed before expiry. The
 * SDK code behind them loads on the first request for credentials.
 */
export function connectionCredentials(
  settings: AwsSettings,
  endpoints: ResolvedEndpoints,
  session: UserPoolSession | null,
): MemoizedCredentials {
  const poolRegion = regionOfPoolId(settings.identityPoolId) ?? settings.region;
  const logins = loginsOf(session);
  const provider = lazyProvider(async () =>
    settings.authFlow === 'basic'
      ? (await import('../credentials/basic-flow')).basicFlow({
          identityPoolId: settings.identityPoolId,
          poolRegion,
          region: settings.region,
          roleArn: settings.roleArn,
          cognitoEndpoint: endpoints.cognitoIdentity,
          stsEndpoint: endpoints.sts,
          logins,
        })
      : (await import('../credentials/enhanced-flow')).enhancedFlow({
          identityPoolId: settings.identityPoolId,
          poolRegion,
          endpoint: endpoints.cognitoIdentity,
          logins,
          userIdentifier: session?.username,
          cache: new MemoryStorage(),
        }),
  );
  return memoizeCredentials(provider);
}
