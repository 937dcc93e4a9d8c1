import type {
  AwsErrorContext,
  AwsErrorKind,
  FailureReason,
} from './aws-failure';
import type { AwsService } from './aws-service';
import type { ErrorFacts } from './error-facts';
import {
  ACCESS_DENIED,
  CLOCK_SKEW,
  CREDENTIALS,
  EXPIRED,
  INVALID,
  NETWORK,
  SIGNATURE,
  THROTTLED,
} from './error-names';

export interface Classification {
  readonly kind: AwsErrorKind;
  readonly reason?: FailureReason;
}

const COGNITO: ReadonlySet<AwsService> = new Set([
  'cognito-identity',
  'cognito-idp',
]);

function isNetwork(facts: ErrorFacts): boolean {
  if (NETWORK.has(facts.name.toLowerCase())) return true;
  if (
    /^network error$|failed to fetch|networkerror|load failed|fetch failed/i.test(
      facts.message,
    )
  )
    return true;
  // The user pool library turns an unreadable (proxy) answer into a TypeError.
  return facts.isTypeError && facts.service === 'cognito-idp';
}

function isProxyGap(facts: ErrorFacts): boolean {
  const status = facts.httpStatus ?? 0;
  return status >= 502 && status <= 504 && facts.requestId === undefined;
}

// AWS answers every request with a request id. Without one, a 404 or 405
// (or an error the SDK could not name) comes from some other web server:
// a wrong endpoint, or a path this site does not proxy.
function isNotAwsAnswer(facts: ErrorFacts): boolean {
  if (facts.isUnreadable) return true;
  if (facts.requestId !== undefined) return false;
  const name = facts.name.toLowerCase();
  return (
    facts.httpStatus === 404 ||
    facts.httpStatus === 405 ||
    ((name === 'unknown' || name === 'unknownerror') &&
      facts.httpStatus !== undefined)
  );
}

/** Sorts a failure into its kind and, where known, its cause. */
export function classifyError(
  facts: ErrorFacts,
  context: AwsErrorContext,
  service: AwsService,
): Classification {
  const name = facts.name.toLowerCase();
  const text = facts.message;

  if (isProxyGap(facts))
    return { kind: 'network', reason: 'proxy-unreachable' };
  if (isNetwork(facts)) return { kind: 'network' };
  if (isNotAwsAnswer(facts)) return { kind: 'not-aws' };
  if (
    CLOCK_SKEW.has(name) ||
    (SIGNATURE.has(name) && /expired|not yet current|skew|clock/i.test(text)) ||
    /used before issued/i.test(text)
  )
    return { kind: 'credentials', reason: 'clock-skew' };
  if (
    THROTTLED.has(name) ||
    facts.httpStatus === 429 ||
    /rate exceeded/i.test(text)
  )
    return { kind: 'throttled' };
  if (EXPIRED.has(name))
    return { kind: 'credentials', reason: 'credentials-expired' };
  if (name === 'signinchallengeerror')
    return { kind: 'credentials', reason: 'sign-in-challenge' };

  if (COGNITO.has(service)) {
    const reason = cognitoReason(name, text, context, service);
    if (reason) return { kind: 'credentials', reason };
  }
  if (
    service === 'sts' &&
    (ACCESS_DENIED.has(name) || /assumerolewithwebidentity/i.test(text))
  )
    return { kind: 'access-denied', reason: 'role-trust' };

  if (CREDENTIALS.has(name)) return { kind: 'credentials' };
  if (
    ACCESS_DENIED.has(name) ||
    facts.httpStatus === 403 ||
    /not authorized to perform/i.test(text)
  ) {
    if (/iam:PassRole/i.test(text))
      return { kind: 'access-denied', reason: 'pass-role' };
    const isGuestEnhanced =
      context.signIn === 'guest' && context.authFlow === 'enhanced';
    if (
      /session policy/i.test(text) ||
      (isGuestEnhanced && service === 'batch')
    )
      return { kind: 'access-denied', reason: 'guest-session-policy' };
    return { kind: 'access-denied' };
  }
  if (facts.service !== undefined) return { kind: 'credentials' };
  if (INVALID.has(name)) return { kind: 'invalid-request' };
  const status = facts.httpStatus ?? 0;
  if (status >= 400 && status < 500) return { kind: 'invalid-request' };
  return { kind: 'unknown' };
}

function cognitoReason(
  name: string,
  text: string,
  context: AwsErrorContext,
  service: AwsService,
): FailureReason | undefined {
  if (/unauthenticated access is not supported/i.test(text))
    return 'guest-refused';
  if (/basic \(classic\) flow is not enabled|classic flow/i.test(text))
    return 'basic-flow-disabled';
  if (
    name === 'invalididentitypoolconfigurationexception' ||
    /invalid identity pool configuration/i.test(text)
  )
    return 'pool-roles';
  if (name === 'resourcenotfoundexception' && service === 'cognito-identity') {
    const poolRegion = context.identityPoolId.split(':')[0];
    return poolRegion !== context.region ? 'region-mismatch' : 'pool-not-found';
  }
  if (service === 'cognito-idp' && CREDENTIALS.has(name))
    return 'sign-in-rejected';
  if (name === 'notauthorizedexception' && /token/i.test(text))
    return 'sign-in-expired';
  return undefined;
}
