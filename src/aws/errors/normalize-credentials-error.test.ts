import {
  NotAuthorizedException,
  ResourceNotFoundException,
} from '@aws-sdk/client-cognito-identity';
import { describe, expect, it } from 'vitest';

import { CONTEXT, meta, serviceError } from '../testing/error-fixtures';
import { CredentialsError } from './aws-service';
import { normalizeAwsError } from './normalize-aws-error';

describe('normalizeAwsError for credentials and access', () => {
  it('explains a guest refused by the identity pool, offering sign-in', () => {
    const error = new CredentialsError(
      'cognito-identity',
      new NotAuthorizedException({
        message:
          'Unauthenticated access is not supported for this identity pool.',
        $metadata: meta(400, 'c-1'),
      }),
    );

    const failure = normalizeAwsError(error, CONTEXT);

    expect(failure).toMatchObject({
      kind: 'credentials',
      reason: 'guest-refused',
      service: 'cognito-identity',
      requestId: 'c-1',
    });
    expect(failure.message).toContain('does not allow guest');
    expect(failure.nextStep).toContain('Sign in');
  });

  it("explains a guest refused a Batch call by the enhanced flow's session policy", () => {
    const error = serviceError(
      'AccessDeniedException',
      'User: arn:aws:sts::123456789012:assumed-role/Cognito_Unauth/CognitoIdentityCredentials is not authorized to perform: batch:RegisterJobDefinition on resource: arn:aws:batch:us-east-1:123456789012:job-definition/sleep10 because no session policy allows the batch:RegisterJobDefinition action',
      403,
    );

    const failure = normalizeAwsError(error, CONTEXT);

    expect(failure).toMatchObject({
      kind: 'access-denied',
      reason: 'guest-session-policy',
      requestId: 'req-42',
    });
    expect(failure.message).toContain('enhanced flow');
    expect(failure.nextStep).toMatch(/Sign in.*basic \(classic\) flow/);
  });

  it('says the pool region differs from the chosen region when the pool is not found', () => {
    const error = new CredentialsError(
      'cognito-identity',
      new ResourceNotFoundException({
        message:
          "IdentityPool 'eu-west-1:2f6e0c56-1c1e-4a5b-9d55-0c6e8d3e7f10' not found.",
        $metadata: meta(400),
      }),
    );

    const failure = normalizeAwsError(error, {
      ...CONTEXT,
      identityPoolId: 'eu-west-1:2f6e0c56-1c1e-4a5b-9d55-0c6e8d3e7f10',
    });

    expect(failure).toMatchObject({
      kind: 'credentials',
      reason: 'region-mismatch',
    });
    expect(failure.message).toContain('eu-west-1');
    expect(failure.message).toContain('us-east-1');
  });

  it('reports a pool that is not found in its own region without blaming the region', () => {
    const error = new CredentialsError(
      'cognito-identity',
      new ResourceNotFoundException({
        message: 'IdentityPool not found.',
        $metadata: meta(400),
      }),
    );

    expect(normalizeAwsError(error, CONTEXT).reason).toBe('pool-not-found');
  });

  it('reports other access denials with the role to change', () => {
    const failure = normalizeAwsError(
      serviceError(
        'AccessDeniedException',
        'User is not authorized to perform: batch:DescribeJobDefinitions',
        403,
      ),
      { ...CONTEXT, signIn: 'userPool', operation: 'DescribeJobDefinitions' },
    );

    expect(failure).toMatchObject({ kind: 'access-denied' });
    expect(failure.reason).toBeUndefined();
    expect(failure.nextStep).toContain('authenticated');
  });

  it('points a missing iam:PassRole at the role field of the definition', () => {
    const role = 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole';
    const failure = normalizeAwsError(
      serviceError(
        'AccessDeniedException',
        `User: arn:aws:sts::123456789012:assumed-role/Editor/x is not authorized to perform: iam:PassRole on resource: ${role}`,
        403,
      ),
      {
        ...CONTEXT,
        signIn: 'userPool',
        request: {
          jobDefinitionName: 'a',
          type: 'container',
          containerProperties: { image: 'x', executionRoleArn: role },
        },
      },
    );

    expect(failure).toMatchObject({
      kind: 'access-denied',
      reason: 'pass-role',
      fieldPath: ['containerProperties', 'executionRoleArn'],
    });
  });

  it('explains a role that the basic flow may not assume', () => {
    const error = new CredentialsError(
      'sts',
      serviceError(
        'AccessDenied',
        'Not authorized to perform sts:AssumeRoleWithWebIdentity',
        403,
        's-1',
      ),
    );

    const failure = normalizeAwsError(error, { ...CONTEXT, authFlow: 'basic' });

    expect(failure).toMatchObject({
      kind: 'access-denied',
      reason: 'role-trust',
      service: 'sts',
    });
    expect(failure.nextStep).toContain('trust policy');
  });

  it('explains a pool that does not allow the basic flow', () => {
    const error = new CredentialsError(
      'cognito-identity',
      serviceError(
        'InvalidParameterException',
        'Basic (classic) flow is not enabled, please use enhanced flow.',
        400,
      ),
    );

    expect(
      normalizeAwsError(error, { ...CONTEXT, authFlow: 'basic' }).reason,
    ).toBe('basic-flow-disabled');
  });

  it('explains a wrong password from the user pool library', () => {
    const error = new CredentialsError(
      'cognito-idp',
      Object.assign(new Error('Incorrect username or password.'), {
        code: 'NotAuthorizedException',
      }),
    );

    const failure = normalizeAwsError(error, {
      ...CONTEXT,
      service: 'cognito-idp',
      signIn: 'userPool',
    });

    expect(failure).toMatchObject({
      kind: 'credentials',
      reason: 'sign-in-rejected',
    });
    expect(failure.message).toContain('Incorrect username or password.');
  });

  it('reports credentials AWS does not accept, with the way to check them', () => {
    const failure = normalizeAwsError(
      serviceError(
        'UnrecognizedClientException',
        'The security token included in the request is invalid.',
        403,
      ),
      CONTEXT,
    );

    expect(failure).toMatchObject({
      kind: 'credentials',
      title: 'Credentials problem',
    });
    expect(failure.message).toContain('security token');
    expect(failure.nextStep).toContain('Test connection');
  });
});
