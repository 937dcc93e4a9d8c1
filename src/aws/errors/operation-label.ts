import type { AwsFailure } from './aws-failure';
import type { AwsService } from './aws-service';

const SHORT_NAMES: Readonly<Record<AwsService, string>> = {
  batch: 'Batch',
  'cognito-identity': 'Cognito Identity',
  'cognito-idp': 'Cognito user pools',
  sts: 'STS',
};

/**
 * The call that failed, and what it was for when it was a credentials call
 * made for another: "Cognito Identity GetId (getting credentials for Batch
 * DescribeJobDefinitions)".
 */
export function operationLabel(failure: AwsFailure): string {
  const intended = `Batch ${failure.operation}`;
  if (failure.credentialsOperation === undefined)
    return failure.service === 'batch'
      ? intended
      : `${SHORT_NAMES[failure.service]} ${failure.operation}`;

  const called = [SHORT_NAMES[failure.service], failure.credentialsOperation]
    .filter((part) => part !== '')
    .join(' ');
  return `${called} (getting credentials for ${intended})`;
}
