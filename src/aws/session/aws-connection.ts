import type { CredentialsProvider } from '../credentials/aws-credentials';
import type { AwsErrorContext } from '../errors/aws-failure';
import type { AwsSettings } from '../settings/aws-settings';
import {
  settingsProblems,
  type SettingsProblem,
} from '../settings/settings-problems';
import type { UserPoolSession } from '../user-pool/user-pool-session';
import { connectionCredentials } from './connection-credentials';
import { lazyBatchClient, type BatchSender } from './lazy-batch-client';
import { resolveEndpoints, type ResolvedEndpoints } from './resolved-endpoints';

/** Everything a call to AWS needs, for one set of settings and one user. */
export interface AwsConnection {
  /** Changes whenever the settings or the signed-in user do. */
  readonly id: string;
  readonly settings: AwsSettings;
  readonly endpoints: ResolvedEndpoints;
  readonly credentials: CredentialsProvider;
  /** Forgets the shared credentials after AWS said they expired. */
  dropCredentials(): void;
  readonly batch: BatchSender;
  errorContext(operation: string, request?: unknown): AwsErrorContext;
}

export type ConnectionResult =
  | { readonly ok: true; readonly connection: AwsConnection }
  | { readonly ok: false; readonly problems: readonly SettingsProblem[] };

/**
 * Builds a connection from settings that pass their checks; otherwise
 * returns the problems. A user pool sign-in needs a signed-in session.
 */
export function createAwsConnection(
  settings: AwsSettings,
  origin: string,
  session: UserPoolSession | null,
): ConnectionResult {
  const problems = settingsProblems(settings, origin).filter(
    (problem) => problem.severity === 'error',
  );
  const endpoints = resolveEndpoints(settings, origin);
  if (problems.length > 0 || !endpoints) return { ok: false, problems };

  const user =
    settings.signIn === 'userPool' &&
    session?.userPoolId === settings.userPoolId
      ? session
      : null;
  if (settings.signIn === 'userPool' && !user)
    return {
      ok: false,
      problems: [
        {
          field: 'signIn',
          severity: 'error',
          message: 'Sign in with your user pool user name and password first.',
        },
      ],
    };

  const credentials = connectionCredentials(settings, endpoints, user);
  const batch = lazyBatchClient({
    region: settings.region,
    endpoint: endpoints.batch,
    credentials,
  });
  const id = JSON.stringify([settings, user?.username ?? null]);
  return {
    ok: true,
    connection: {
      id,
      settings,
      endpoints,
      credentials,
      dropCredentials: () => credentials.invalidate(),
      batch,
      errorContext: (operation, request) => ({
        operation,
        service: 'batch',
        region: settings.region,
        identityPoolId: settings.identityPoolId,
        signIn: settings.signIn,
        authFlow: settings.authFlow,
        endpoints: {
          batch: endpoints.batch,
          'cognito-identity': endpoints.cognitoIdentity,
          'cognito-idp': endpoints.cognitoIdentityProvider,
          sts: endpoints.sts,
        },
        request,
      }),
    },
  };
}
