/** A user signed in to a Cognito user pool; the tokens stay in memory. */
export interface UserPoolSession {
  readonly userPoolId: string;
  readonly username: string;
  /** The current id token, renewed with the refresh token when it expires. */
  idToken(): Promise<string>;
  signOut(): void;
}

/**
 * The user pool asked for a step this app does not offer (a new password,
 * MFA, a custom challenge); the user completes it elsewhere first.
 */
export class SignInChallengeError extends Error {
  readonly challenge: string;

  constructor(challenge: string) {
    super(`The user pool asks for ${challenge} before this user can sign in.`);
    this.name = 'SignInChallengeError';
    this.challenge = challenge;
  }
}
