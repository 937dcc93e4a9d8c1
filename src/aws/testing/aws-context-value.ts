import type { ConnectionResult } from '../session/aws-connection';
import type { AwsContextValue } from '../session/aws-context';
import { defaultSettings } from '../settings/aws-settings';
import type { RuntimeConfig } from '../settings/runtime-config';
import { fakeConnection } from './fake-batch';

/**
 * An AwsProvider value for component tests: connected through a Batch
 * client that never answers unless `connection` says otherwise.
 */
export function awsContextValue(
  changes: {
    readonly connection?: ConnectionResult | undefined;
    readonly config?: RuntimeConfig;
  } = {},
): AwsContextValue {
  const config = changes.config ?? {};
  const settings = defaultSettings(config);
  const connection =
    'connection' in changes
      ? changes.connection
      : {
          ok: true as const,
          connection: fakeConnection(() => ({ status: 500 })).connection,
        };
  return {
    runtime: { config, problems: [] },
    defaults: settings,
    overrides: {},
    settings,
    connection,
    session: null,
    origin: 'http://127.0.0.1:5173',
    save: () => true,
    reset: () => undefined,
    signIn: async () => undefined,
    signOut: () => undefined,
  };
}
