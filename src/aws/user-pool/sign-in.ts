import {
  AuthenticationDetails,
  CognitoUser,
  CognitoUserPool,
  type CognitoUserSession,
} from 'amazon-cognito-identity-js';

import { MemoryStorage } from '../credentials/memory-storage';
import { CredentialsError } from '../errors/aws-service';
import { createLogger } from '../logger';
import {
  SignInChallengeError,
  type UserPoolSession,
} from './user-pool-session';

const log = createLogger('aws.sign-in');

export interface SignInTarget {
  readonly userPoolId: string;
  readonly clientId: string;
  /** An absolute URL, or undefined for Cognito's own endpoint. */
  readonly endpoint: string | undefined;
}

function authenticate(
  user: CognitoUser,
  username: string,
  password: string,
): Promise<CognitoUserSession> {
  const details = new AuthenticationDetails({
    Username: username,
    Password: password,
  });
  return new Promise((resolve, reject) => {
    // USER_SRP_AUTH, the library's default: the password never leaves the
    // browser, only the SRP proof does.
    user.authenticateUser(details, {
      onSuccess: resolve,
      onFailure: (error: unknown) => reject(error),
      newPasswordRequired: () =>
        reject(new SignInChallengeError('a new password')),
      mfaRequired: () => reject(new SignInChallengeError('an MFA code')),
      totpRequired: () =>
        reject(new SignInChallengeError('an authenticator code')),
      customChallenge: () =>
        reject(new SignInChallengeError('a custom challenge')),
      mfaSetup: () => reject(new SignInChallengeError('MFA to be set up')),
      selectMFAType: () => reject(new SignInChallengeError('a choice of MFA')),
    });
  });
}

function currentSession(user: CognitoUser): Promise<CognitoUserSession> {
  return new Promise((resolve, reject) => {
    user.getSession(
      (error: Error | null, session: CognitoUserSession | null) => {
        if (error || !session)
          reject(error ?? new Error('No user pool session.'));
        else resolve(session);
      },
    );
  });
}

/**
 * Signs in to a Cognito user pool with SRP. Tokens are kept in memory only:
 * a reload signs the user out.
 */
export async function signIn(
  target: SignInTarget,
  username: string,
  password: string,
): Promise<UserPoolSession> {
  const storage = new MemoryStorage();
  const pool = new CognitoUserPool({
    UserPoolId: target.userPoolId,
    ClientId: target.clientId,
    // The library posts to this URL as is, so it keeps the trailing slash.
    endpoint: target.endpoint ? `${target.endpoint}/` : undefined,
    Storage: storage,
  });
  const user = new CognitoUser({
    Username: username,
    Pool: pool,
    Storage: storage,
  });

  const started = Date.now();
  try {
    await authenticate(user, username, password);
  } catch (error) {
    log.info('sign-in failed', { durationMs: Date.now() - started });
    throw new CredentialsError('cognito-idp', error);
  }
  log.info('signed in', { durationMs: Date.now() - started });

  return {
    userPoolId: target.userPoolId,
    username,
    async idToken() {
      try {
        return (await currentSession(user)).getIdToken().getJwtToken();
      } catch (error) {
        throw new CredentialsError('cognito-idp', error);
      }
    },
    signOut() {
      user.signOut();
      storage.clear();
    },
  };
}
