import type { AwsSettings, EndpointName } from './aws-settings';
import { ENDPOINT_NAMES } from './aws-settings';
import { isBatchRegion } from './batch-regions';
import {
  IDENTITY_POOL_ID,
  regionOfPoolId,
  ROLE_ARN,
  USER_POOL_CLIENT_ID,
  USER_POOL_ID,
} from './id-patterns';
import { resolveEndpoint } from './resolve-endpoint';

export type SettingsField =
  | 'region'
  | 'signIn'
  | 'identityPoolId'
  | 'userPoolId'
  | 'userPoolClientId'
  | 'roleArn'
  | `endpoints.${EndpointName}`;

/** A finding about one settings field; errors prevent connecting. */
export interface SettingsProblem {
  readonly field: SettingsField;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

/** Checks the settings field by field, for messages at each field. */
export function settingsProblems(
  settings: AwsSettings,
  origin: string,
): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const error = (field: SettingsField, message: string) =>
    problems.push({ field, severity: 'error', message });

  if (!isBatchRegion(settings.region))
    error(
      'region',
      `Choose a region where AWS Batch runs; "${settings.region}" is not one.`,
    );
  problems.push(...identityPoolProblems(settings));

  if (settings.signIn === 'userPool') {
    if (!USER_POOL_ID.test(settings.userPoolId))
      error(
        'userPoolId',
        'Enter the user pool id as region_id, for example us-east-1_AbCdEf123.',
      );
    if (!USER_POOL_CLIENT_ID.test(settings.userPoolClientId))
      error(
        'userPoolClientId',
        'Enter the app client id: letters and digits, up to 128.',
      );
  }
  if (settings.authFlow === 'basic' && !ROLE_ARN.test(settings.roleArn))
    error(
      'roleArn',
      'The basic flow needs the IAM role ARN to assume, such as arn:aws:iam::123456789012:role/BatchEditor.',
    );

  for (const name of ENDPOINT_NAMES) {
    const resolved = resolveEndpoint(settings.endpoints[name], origin);
    if (!resolved.ok) error(`endpoints.${name}`, resolved.message);
  }
  return problems;
}

function identityPoolProblems(settings: AwsSettings): SettingsProblem[] {
  const id = settings.identityPoolId.trim();
  if (id === '')
    return [
      {
        field: 'identityPoolId',
        severity: 'error',
        message:
          'Enter the Cognito identity pool id that gives this app its credentials.',
      },
    ];
  if (!IDENTITY_POOL_ID.test(id))
    return [
      {
        field: 'identityPoolId',
        severity: 'error',
        message:
          'An identity pool id is a region and a UUID, such as us-east-1:2f6e0c56-1c1e-4a5b-9d55-0c6e8d3e7f10.',
      },
    ];

  const poolRegion = regionOfPoolId(id);
  if (isBatchRegion(settings.region) && poolRegion !== settings.region)
    return [
      {
        field: 'identityPoolId',
        severity: 'warning',
        message: `This pool is in ${poolRegion}, Batch calls go to ${settings.region}: credentials come from ${poolRegion}, which works only if the pool's roles allow Batch in ${settings.region}.`,
      },
    ];
  return [];
}

/** The message at a field, errors first, for the field's error text. */
export function problemAt(
  problems: readonly SettingsProblem[],
  field: SettingsField,
  severity: SettingsProblem['severity'],
): string | undefined {
  return problems.find(
    (problem) => problem.field === field && problem.severity === severity,
  )?.message;
}
