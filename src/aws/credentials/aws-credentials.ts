import type { AwsCredentialIdentity } from '@aws-sdk/types';

/** Temporary credentials, with the Cognito identity they belong to. */
export interface AwsCredentials extends AwsCredentialIdentity {
  readonly identityId?: string;
}

export type CredentialsProvider = () => Promise<AwsCredentials>;

/**
 * Cognito's logins map: provider name to a token, or to a function that
 * returns a fresh one (the user pool's id token is renewed as it expires).
 */
export type Logins = Readonly<Record<string, () => Promise<string>>>;
