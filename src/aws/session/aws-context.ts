import { createContext, useContext } from 'react';

import type { AwsSettings, SettingsOverrides } from '../settings/aws-settings';
import type { ParsedRuntimeConfig } from '../settings/runtime-config';
import type { SignInTarget } from '../user-pool/sign-in';
import type { UserPoolSession } from '../user-pool/user-pool-session';
import type { AwsConnection, ConnectionResult } from './aws-connection';

/** The app's way to AWS: settings, sign-in and the connection they make. */
export interface AwsContextValue {
  /** Undefined until the runtime config has loaded. */
  readonly runtime: ParsedRuntimeConfig | undefined;
  readonly defaults: AwsSettings;
  readonly overrides: SettingsOverrides;
  /** The settings in effect: the user's changes over the defaults. */
  readonly settings: AwsSettings;
  /** Undefined until the runtime config has loaded. */
  readonly connection: ConnectionResult | undefined;
  readonly session: UserPoolSession | null;
  /** The page's origin, against which relative endpoints resolve. */
  readonly origin: string;
  /** Keeps the settings in the browser; false if the browser refused. */
  save(settings: AwsSettings): boolean;
  reset(): void;
  /** Throws an AwsRequestError when the user pool refuses. */
  signIn(
    target: SignInTarget,
    username: string,
    password: string,
  ): Promise<void>;
  signOut(): void;
}

export const AwsContext = createContext<AwsContextValue | null>(null);

export function useAws(): AwsContextValue {
  const value = useContext(AwsContext);
  if (!value) throw new Error('useAws needs an AwsProvider above it.');
  return value;
}

/** The connection, once settings (and sign-in) allow one. */
export function useAwsConnection(): AwsConnection | undefined {
  const { connection } = useAws();
  return connection?.ok ? connection.connection : undefined;
}
