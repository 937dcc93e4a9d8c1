import { formatPath } from '@/model/path';

import type {
  AwsErrorContext,
  AwsErrorKind,
  FailureReason,
} from './aws-failure';
import type { AwsService } from './aws-service';
import type { ErrorFacts } from './error-facts';
import { explainReason } from './explain-reason';
import { SERVICE_NAMES, serviceReason } from './service-reason';

export interface Explanation {
  readonly message: string;
  readonly nextStep: string;
}

export interface ExplainInput {
  readonly kind: AwsErrorKind;
  readonly reason: FailureReason | undefined;
  readonly facts: ErrorFacts;
  readonly context: AwsErrorContext;
  readonly service: AwsService;
  readonly fieldPath: readonly (string | number)[] | undefined;
}

const SETTINGS_STEP =
  'Check the identity pool and sign-in in Settings, then use Test connection.';

function said(facts: ErrorFacts): string {
  const reason = serviceReason(facts.message);
  return reason === '' ? '' : ` It said: ${reason}`;
}

const DRAFT_KEPT = '; your draft is unchanged.';

/** The Settings field of each service's endpoint. */
export const ENDPOINT_LABELS: Readonly<Record<AwsService, string>> = {
  batch: 'Batch endpoint',
  'cognito-identity': 'Cognito Identity endpoint',
  'cognito-idp': 'Cognito user pools endpoint',
  sts: 'STS endpoint',
};

function notAws({ facts, context, service }: ExplainInput): Explanation {
  const endpoint = context.endpoints[service];
  const where = endpoint ?? `${SERVICE_NAMES[service]} in ${context.region}`;
  const status = facts.httpStatus ? `HTTP ${facts.httpStatus}` : 'an answer';
  const body = facts.isUnreadable
    ? ` with a body that is not an AWS answer${facts.isHtml ? ' (a web page)' : ''}`
    : ' without an AWS request id';
  return {
    message: `${where} answered ${status}${body}: it does not look like the ${SERVICE_NAMES[service]} API.`,
    nextStep: endpoint
      ? `Check the ${ENDPOINT_LABELS[service]} in Settings (Advanced: endpoints): the app called ${endpoint}. For the local emulator, use /emulator.`
      : 'Check the region and the endpoints in Settings (Advanced: endpoints).',
  };
}

function hostOf(context: AwsErrorContext, service: AwsService): string {
  const endpoint = context.endpoints[service];
  if (endpoint) return new URL(endpoint).host;
  return `${SERVICE_NAMES[service]} in ${context.region}`;
}

/** The message and next step of a failure, by cause when known, else by kind. */
export function explainFailure(input: ExplainInput): Explanation {
  const known = input.reason ? explainReason(input.reason, input) : undefined;
  if (known) return known;

  const { facts, context, service } = input;
  const who = SERVICE_NAMES[service];
  switch (input.kind) {
    case 'credentials':
      return {
        message: `${who} did not accept the app's credentials.${said(facts)}`,
        nextStep: SETTINGS_STEP,
      };
    case 'access-denied':
      return {
        message: `${who} refused ${context.operation}: the identity's role does not allow it.${said(facts)}`,
        nextStep: `Ask your AWS administrator to allow this action for the identity pool's ${context.signIn === 'guest' ? 'guest (unauthenticated)' : 'authenticated'} role.`,
      };
    case 'invalid-request': {
      const reason = serviceReason(facts.message);
      return {
        message: `${who} rejected the request: ${reason === '' ? `${facts.name || 'no reason given'}` : reason}`,
        nextStep: `${
          input.fieldPath
            ? `Fix ${formatPath(input.fieldPath)} and try again`
            : 'Correct what the message names and try again'
        }${context.keepsDraft ? DRAFT_KEPT : '.'}`,
      };
    }
    case 'throttled': {
      const retries = Math.max((facts.attempts ?? 1) - 1, 0);
      return {
        message: `${who} is limiting the rate of requests. The app retried ${retries === 1 ? 'once' : `${retries} times`} with growing waits, then gave up.`,
        nextStep: 'Wait a minute, then try again.',
      };
    }
    case 'network':
      return {
        message: `The browser could not reach ${hostOf(context, service)}. The network or the endpoint may be down, or the browser blocked the call because the endpoint does not allow calls from this site (CORS).`,
        nextStep:
          'Check your connection and try again. If it keeps failing, set the endpoint overrides in Settings (Advanced) to a same-origin proxy, such as /emulator for the local emulator.',
      };
    case 'not-aws':
      return notAws(input);
    case 'unknown':
      return {
        message: `${context.operation} failed${facts.httpStatus ? ` with HTTP ${facts.httpStatus}` : ''}.${said(facts) || ' No reason was given.'}`,
        nextStep:
          'Try again. If it keeps failing, keep the request id below for AWS support.',
      };
  }
}
