import { NotAuthorizedException } from '@aws-sdk/client-cognito-identity';
import { describe, expect, it } from 'vitest';

import { CONTEXT, meta, serviceError } from '../testing/error-fixtures';
import { CredentialsError } from './aws-service';
import { normalizeAwsError } from './normalize-aws-error';
import { operationLabel } from './operation-label';

describe('operationLabel', () => {
  it('names the Batch call when Batch failed', () => {
    const failure = normalizeAwsError(
      serviceError('ClientException', 'bad', 400),
      CONTEXT,
    );

    expect(operationLabel(failure)).toBe('Batch RegisterJobDefinition');
  });

  it('names the credentials call that failed and what it was for', () => {
    const failure = normalizeAwsError(
      new CredentialsError(
        'cognito-identity',
        new TypeError('Failed to fetch'),
        'GetCredentialsForIdentity',
      ),
      { ...CONTEXT, operation: 'DescribeJobDefinitions' },
    );

    expect(failure.service).toBe('cognito-identity');
    expect(operationLabel(failure)).toBe(
      'Cognito Identity GetCredentialsForIdentity (getting credentials for Batch DescribeJobDefinitions)',
    );
  });

  it('names the service when the failed credentials call is not known', () => {
    const failure = normalizeAwsError(
      new CredentialsError(
        'cognito-identity',
        new NotAuthorizedException({ message: 'no', $metadata: meta(400) }),
      ),
      { ...CONTEXT, operation: 'DescribeJobDefinitions' },
    );

    expect(operationLabel(failure)).toBe(
      'Cognito Identity (getting credentials for Batch DescribeJobDefinitions)',
    );
  });
});
