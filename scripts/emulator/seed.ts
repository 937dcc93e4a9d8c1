// Creates what the app needs in a fresh emulator: an identity pool that
// allows guests, and a user pool with an app client for signing in.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

import * as z from 'zod';

export const REGION = 'us-east-1';

/** What the app reads from /config.json (see src/aws for its parser). */
export interface RuntimeConfig {
  readonly region: string;
  readonly identityPoolId?: string;
  readonly authFlow?: 'enhanced' | 'basic';
  readonly userPool?: {
    readonly userPoolId: string;
    readonly clientId: string;
  };
  readonly roleArn?: string;
  readonly endpoints?: Readonly<Record<string, string>>;
  readonly emulator?: {
    readonly status: 'running' | 'unavailable';
    readonly message: string;
  };
}
const PROXY_PATH = '/emulator';

async function call(
  url: string,
  target: string,
  body: unknown,
): Promise<unknown> {
  const response = await fetch(`${url}/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      // Unsigned: moto routes by the target and creates in its default Region.
      'x-amz-target': target,
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`${target} failed: ${response.status} ${text}`);
  return JSON.parse(text);
}

const IdentityPool = z.object({ IdentityPoolId: z.string() });
const UserPool = z.object({ UserPool: z.object({ Id: z.string() }) });
const UserPoolClient = z.object({
  UserPoolClient: z.object({ ClientId: z.string() }),
});

/** Seeds an emulator and returns the runtime config that points the app at it. */
export async function seedEmulator(url: string): Promise<RuntimeConfig> {
  const pool = IdentityPool.parse(
    await call(url, 'AWSCognitoIdentityService.CreateIdentityPool', {
      IdentityPoolName: 'jobdef_studio',
      AllowUnauthenticatedIdentities: true,
    }),
  );
  const userPool = UserPool.parse(
    await call(url, 'AWSCognitoIdentityProviderService.CreateUserPool', {
      PoolName: 'jobdef-studio-users',
      // Users sign in with their email. moto finds a user in SRP's second
      // step only by the id the first step returns (USER_ID_FOR_SRP), and
      // that id is the user name only when the name is an email attribute.
      UsernameAttributes: ['email'],
    }),
  ).UserPool;
  const client = UserPoolClient.parse(
    await call(url, 'AWSCognitoIdentityProviderService.CreateUserPoolClient', {
      UserPoolId: userPool.Id,
      ClientName: 'jobdef-studio',
      ExplicitAuthFlows: [
        'ALLOW_USER_SRP_AUTH',
        'ALLOW_USER_PASSWORD_AUTH',
        'ALLOW_REFRESH_TOKEN_AUTH',
      ],
    }),
  ).UserPoolClient;
  return {
    region: REGION,
    identityPoolId: pool.IdentityPoolId,
    authFlow: 'enhanced',
    userPool: { userPoolId: userPool.Id, clientId: client.ClientId },
    roleArn: 'arn:aws:iam::123456789012:role/jobdef-studio-web',
    endpoints: {
      batch: PROXY_PATH,
      cognitoIdentity: PROXY_PATH,
      cognitoIdentityProvider: PROXY_PATH,
      sts: PROXY_PATH,
    },
    emulator: {
      status: 'running',
      message: `Local AWS emulator (moto) at ${url}, reached through ${PROXY_PATH} on the app's own origin.`,
    },
  };
}

/** Creates a confirmed user in the emulator's user pool; `username` is an email. */
export async function createUser(
  url: string,
  userPoolId: string,
  username: string,
  password: string,
): Promise<void> {
  await call(url, 'AWSCognitoIdentityProviderService.AdminCreateUser', {
    UserPoolId: userPoolId,
    Username: username,
    TemporaryPassword: password,
    MessageAction: 'SUPPRESS',
  });
  await call(url, 'AWSCognitoIdentityProviderService.AdminSetUserPassword', {
    UserPoolId: userPoolId,
    Username: username,
    Password: password,
    Permanent: true,
  });
}

/** Wipes every resource of the emulator. */
export async function resetEmulator(url: string): Promise<void> {
  const response = await fetch(`${url}/moto-api/reset`, { method: 'POST' });
  if (!response.ok)
    throw new Error(`Resetting the emulator failed: ${response.status}`);
}

/**
 * The runtime config for when there is no emulator, saying why; the app
 * adds what to do, in the words of the page that shows it.
 */
export function unavailableConfig(reason: string): RuntimeConfig {
  return {
    region: REGION,
    emulator: { status: 'unavailable', message: reason },
  };
}

export function writeConfig(file: string, config: RuntimeConfig): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
}
