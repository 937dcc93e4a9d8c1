import { CognitoIdentityClient } from '@aws-sdk/client-cognito-identity';
import { fromCognitoIdentityPool } from '@aws-sdk/credential-providers';

import { inService } from '../errors/aws-service';
import type { CredentialsProvider, Logins } from './aws-credentials';
import type { MemoryStorage } from './memory-storage';
import { tagCredentialsCalls } from './tag-credentials-calls';

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
  const client = new CognitoIdentityClient({
    region: options.poolRegion,
    endpoint: options.endpoint,
  });
  tagCredentialsCalls(client, 'cognito-identity');
  // The provider package takes `client` (so GetId and GetCredentialsForIdentity
  // failures can be told apart); this re-export's type leaves it out, though
  // it hands every option through unchanged.
  const parameters = {
    identityPoolId: options.identityPoolId,
    logins: options.logins,
    userIdentifier: options.userIdentifier,
    cache: options.cache,
    client,
  };
  const provider = fromCognitoIdentityPool(parameters);
  return () => inService('cognito-identity', () => provider());
}
