import {
  CognitoIdentityClient,
  GetIdCommand,
  GetOpenIdTokenCommand,
} from '@aws-sdk/client-cognito-identity';
import {
  AssumeRoleWithWebIdentityCommand,
  STSClient,
} from '@aws-sdk/client-sts';
import * as z from 'zod';

import { inService } from '../errors/aws-service';
import type {
  AwsCredentials,
  CredentialsProvider,
  Logins,
} from './aws-credentials';
import { tagCredentialsCalls } from './tag-credentials-calls';

export interface BasicFlowOptions {
  readonly identityPoolId: string;
  readonly poolRegion: string;
  /** The Batch region; STS is called there. */
  readonly region: string;
  readonly roleArn: string;
  readonly cognitoEndpoint: string | undefined;
  readonly stsEndpoint: string | undefined;
  readonly logins: Logins | undefined;
}

const IdResponse = z.object({ IdentityId: z.string().min(1) });
const TokenResponse = z.object({ Token: z.string().min(1) });
const StsResponse = z.object({
  Credentials: z.object({
    AccessKeyId: z.string().min(1),
    SecretAccessKey: z.string().min(1),
    SessionToken: z.string().min(1),
    Expiration: z.date(),
  }),
});

async function resolveLogins(
  logins: Logins | undefined,
): Promise<Record<string, string> | undefined> {
  if (!logins) return undefined;
  const entries = await Promise.all(
    Object.entries(logins).map(async ([name, token]) => [name, await token()]),
  );
  return Object.fromEntries(entries);
}

/**
 * Cognito's basic (classic) flow: GetId, GetOpenIdToken, then STS
 * AssumeRoleWithWebIdentity with the role the user chose. No session policy
 * narrows these credentials, unlike the enhanced flow's guest sessions.
 */
export function basicFlow(options: BasicFlowOptions): CredentialsProvider {
  const cognito = new CognitoIdentityClient({
    region: options.poolRegion,
    endpoint: options.cognitoEndpoint,
  });
  const sts = new STSClient({
    region: options.region,
    endpoint: options.stsEndpoint,
  });
  tagCredentialsCalls(cognito, 'cognito-identity');
  tagCredentialsCalls(sts, 'sts');
  let identityId: string | undefined;

  const fetchCredentials = async (): Promise<AwsCredentials> => {
    const Logins = await inService('cognito-idp', () =>
      resolveLogins(options.logins),
    );
    const id = await inService('cognito-identity', async () => {
      identityId ??= IdResponse.parse(
        await cognito.send(
          new GetIdCommand({ IdentityPoolId: options.identityPoolId, Logins }),
        ),
      ).IdentityId;
      return identityId;
    });
    const { Token } = await inService('cognito-identity', async () =>
      TokenResponse.parse(
        await cognito.send(
          new GetOpenIdTokenCommand({ IdentityId: id, Logins }),
        ),
      ),
    );
    const { Credentials } = await inService('sts', async () =>
      StsResponse.parse(
        await sts.send(
          new AssumeRoleWithWebIdentityCommand({
            RoleArn: options.roleArn,
            RoleSessionName: 'jobdef-studio',
            WebIdentityToken: Token,
          }),
        ),
      ),
    );
    return {
      identityId: id,
      accessKeyId: Credentials.AccessKeyId,
      secretAccessKey: Credentials.SecretAccessKey,
      sessionToken: Credentials.SessionToken,
      expiration: Credentials.Expiration,
    };
  };
  return async () => {
    try {
      return await fetchCredentials();
    } catch (error) {
      // The identity may be gone (a reset emulator, a deleted pool): the next
      // attempt starts again from GetId.
      identityId = undefined;
      throw error;
    }
  };
}
