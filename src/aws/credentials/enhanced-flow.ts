import { fromCognitoIdentityPool } from '@aws-sdk/credential-providers';

import { inService } from '../errors/aws-service';
import type { CredentialsProvider, Logins } from './aws-credentials';
import type { MemoryStorage } from './memory-storage';

export interface EnhancedFlowOptions {
  readonly identityPoolId: string;
  /** Cognito is called in the pool's own region. */
  readonly poolRegion: string;
  readonly endpoint: string | undefined;
  readonly logins: Logins | undefined;
  /** Who is signed in, so each user keeps an identity of their own. */
  readonly userIdentifier: string | undefined;
  readonly cache: MemoryStorage;
}

/**
 * Cognito's enhanced flow: GetId, then GetCredentialsForIdentity, which
 * returns credentials of the pool's role for this identity. Guests get a
 * session policy that Cognito narrows to a fixed list of services.
 */
export function enhancedFlow(
  options: EnhancedFlowOptions,
): CredentialsProvider {
  const provider = fromCognitoIdentityPool({
    identityPoolId: options.identityPoolId,
    logins: options.logins,
    userIdentifier: options.userIdentifier,
    cache: options.cache,
    clientConfig: { region: options.poolRegion, endpoint: options.endpoint },
  });
  return () => inService('cognito-identity', () => provider());
}
