import type { IssuePath } from '@/model/issue';

import type { AwsService } from './aws-service';

/** The kinds of AWS failure the app tells apart, each with its own next step. */
export type AwsErrorKind =
  | 'credentials'
  | 'access-denied'
  | 'invalid-request'
  | 'throttled'
  | 'network'
  | 'not-aws'
  | 'unknown';

/** A known cause within a kind, for the UI to offer the matching way out. */
export type FailureReason =
  | 'guest-refused'
  | 'guest-session-policy'
  | 'basic-flow-disabled'
  | 'pool-not-found'
  | 'region-mismatch'
  | 'pool-roles'
  | 'sign-in-rejected'
  | 'sign-in-expired'
  | 'sign-in-challenge'
  | 'clock-skew'
  | 'credentials-expired'
  | 'role-trust'
  | 'pass-role'
  | 'proxy-unreachable';

/** An AWS failure, normalised once: what happened and what to do next. */
export interface AwsFailure {
  readonly kind: AwsErrorKind;
  readonly reason?: FailureReason;
  /** A short heading for the kind. */
  readonly title: string;
  /** What happened, in plain words; never empty. */
  readonly message: string;
  /** What the user can do about it. */
  readonly nextStep: string;
  readonly requestId?: string;
  /** The error's name as AWS or the SDK gave it, such as ClientException. */
  readonly code?: string;
  readonly httpStatus?: number;
  /** The service that failed, which may be Cognito during a Batch call. */
  readonly service: AwsService;
  /** The operation the app was doing, such as DescribeJobDefinitions. */
  readonly operation: string;
  /** The credentials call that failed on the way, such as GetId. */
  readonly credentialsOperation?: string;
  /** The request field the service message is about, if it names one. */
  readonly fieldPath?: IssuePath;
  /** The service's own words, when they differ from `message`. */
  readonly serviceMessage?: string;
}

/** What the caller knew when the call failed. */
export interface AwsErrorContext {
  readonly operation: string;
  readonly service: AwsService;
  readonly region: string;
  readonly identityPoolId: string;
  readonly signIn: 'guest' | 'userPool';
  readonly authFlow: 'enhanced' | 'basic';
  /** Endpoint overrides in use, by service (absolute URLs). */
  readonly endpoints: Readonly<Partial<Record<AwsService, string>>>;
  /** The request body, so a message about a field can point at it. */
  readonly request?: unknown;
  /** The call sent the user's draft, which a failure leaves as it was. */
  readonly keepsDraft?: boolean;
}

export const KIND_TITLES: Readonly<Record<AwsErrorKind, string>> = {
  credentials: 'Credentials problem',
  'access-denied': 'Access denied',
  'invalid-request': 'Invalid request',
  throttled: 'Throttled',
  network: 'Network or CORS problem',
  'not-aws': 'Not an AWS API',
  unknown: 'Unexpected error',
};

/** The kind within a sentence: "Not registered: network or CORS problem". */
export const KIND_PHRASES: Readonly<Record<AwsErrorKind, string>> = {
  credentials: 'credentials problem',
  'access-denied': 'access denied',
  'invalid-request': 'invalid request',
  throttled: 'throttled',
  network: 'network or CORS problem',
  'not-aws': 'the endpoint is not an AWS API',
  unknown: 'unexpected error',
};

/** Thrown by the app's AWS calls: the failure as typed data. */
export class AwsRequestError extends Error {
  readonly failure: AwsFailure;

  constructor(failure: AwsFailure) {
    super(failure.message);
    this.name = 'AwsRequestError';
    this.failure = failure;
  }
}
