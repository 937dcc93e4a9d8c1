import type {
  AuthenticationDetails,
  CognitoUser,
  CognitoUserSession,
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

/** The library loads on the first sign-in: guests never download it. */
async function loadLibrary() {
  await import('./node-global');
  return import('amazon-cognito-identity-js');
}

function authenticate(
  user: CognitoUser,
  details: AuthenticationDetails,
): Promise<CognitoUserSession> {
  return new Promise((resolve, reject) => {
    const refuse = (what: string) => () =>
      reject(new SignInChallengeError(what));
    // USER_SRP_AUTH, the library's default: the password never leaves the
    // browser, only the SRP proof does.
    user.authenticateUser(details, {
      onSuccess: resolve,
      onFailure: (error: unknown) => reject(error),
      newPasswordRequired: refuse('a new password'),
      mfaRequired: refuse('an MFA code'),
      totpRequired: refuse('an authenticator code'),
      customChallenge: refuse('a custom challenge'),
      mfaSetup: refuse('MFA to be set up'),
      selectMFAType: refuse('a choice of MFA'),
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
  const started = Date.now();
  const storage = new MemoryStorage();
  let user: CognitoUser;
  try {
    const library = await loadLibrary();
    const pool = new library.CognitoUserPool({
      UserPoolId: target.userPoolId,
      ClientId: target.clientId,
      // The library posts to this URL as it is, so it keeps the slash.
      endpoint: target.endpoint ? `${target.endpoint}/` : undefined,
      Storage: storage,
    });
    user = new library.CognitoUser({
      Username: username,
      Pool: pool,
      Storage: storage,
    });
    const details = new library.AuthenticationDetails({
      Username: username,
      Password: password,
    });
    await authenticate(user, details);
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
