import type { FailureReason } from './aws-failure';
import type { ExplainInput, Explanation } from './explain-failure';
import { SERVICE_NAMES, serviceReason } from './service-reason';

type Explain = (input: ExplainInput) => Explanation;

const SIGN_IN_OR_BASIC =
  'Sign in with a user pool in Settings, or choose the basic (classic) flow there with a role that allows AWS Batch.';

const REASONS: Readonly<Record<FailureReason, Explain>> = {
  'guest-refused': () => ({
    message:
      'This identity pool does not allow guest (unauthenticated) identities.',
    nextStep:
      'Sign in with a user pool in Settings, or turn on guest access for the identity pool in the Cognito console.',
  }),
  'guest-session-policy': ({ context }) => ({
    message: `AWS refused ${context.operation} for this guest. In its enhanced flow, Cognito limits guest sessions to a fixed list of services that does not include AWS Batch, even when the guest role allows Batch.`,
    nextStep: SIGN_IN_OR_BASIC,
  }),
  'basic-flow-disabled': () => ({
    message: 'The identity pool does not allow the basic (classic) flow.',
    nextStep:
      'Choose the enhanced flow in Settings, or turn on the basic flow in the identity pool settings.',
  }),
  'pool-not-found': ({ context }) => ({
    message: `Identity pool ${context.identityPoolId} was not found.`,
    nextStep:
      'Check the identity pool id in Settings. A restarted local emulator has a new pool: reload the page to pick it up.',
  }),
  'region-mismatch': ({ context }) => {
    const poolRegion = context.identityPoolId.split(':')[0] ?? '';
    return {
      message: `Identity pool ${context.identityPoolId} was not found. Its id names ${poolRegion}, but the region chosen in Settings is ${context.region}.`,
      nextStep: `Copy the pool id from the Cognito console in ${context.region}, or choose ${poolRegion} as the region in Settings.`,
    };
  },
  'pool-roles': () => ({
    message:
      'The identity pool has no role it can give this identity, or the role does not trust the pool.',
    nextStep:
      "Give the pool a role for this kind of identity (guest or signed in), whose trust policy names cognito-identity.amazonaws.com and this pool's id.",
  }),
  'sign-in-rejected': ({ facts }) => ({
    message: `The user pool refused the sign-in: ${serviceReason(facts.message) || facts.name}`,
    nextStep:
      'Check the user name and password, then sign in again in Settings.',
  }),
  'sign-in-expired': () => ({
    message:
      'Your sign-in has expired or is no longer accepted by the identity pool.',
    nextStep: 'Sign in again in Settings.',
  }),
  'sign-in-challenge': ({ facts }) => ({
    message:
      facts.message ||
      'The user pool asks for a sign-in step this app does not offer.',
    nextStep:
      "Complete the step in the user pool's hosted sign-in page or with the AWS CLI, then sign in here again.",
  }),
  'clock-skew': () => ({
    message:
      "AWS rejected the request's signature because this computer's clock differs from AWS's time by more than a few minutes.",
    nextStep:
      "Set this computer's clock to the correct time (turn on automatic time), then try again.",
  }),
  'credentials-expired': ({ service }) => ({
    message: `${SERVICE_NAMES[service]} refused the app's temporary AWS credentials: they had expired (as after the computer sleeps). The app has dropped them.`,
    nextStep: 'Try again: the app gets new ones.',
  }),
  'role-trust': ({ facts }) => ({
    message: `AWS STS would not let this identity assume the role: ${serviceReason(facts.message) || facts.name}`,
    nextStep:
      "Check the role ARN in Settings, and that the role's trust policy allows sts:AssumeRoleWithWebIdentity for cognito-identity.amazonaws.com with this pool's id; or choose the enhanced flow.",
  }),
  'pass-role': ({ facts }) => ({
    message: `The identity's role may not pass a role named in the job definition: ${serviceReason(facts.message)}`,
    nextStep:
      'Ask your AWS administrator to allow iam:PassRole on that role, or use a role you may pass.',
  }),
  'proxy-unreachable': ({ facts, context, service }) => ({
    message: `The proxy at ${context.endpoints[service] ?? 'the endpoint'} answered HTTP ${facts.httpStatus ?? 502}: it could not reach ${SERVICE_NAMES[service]} behind it.`,
    nextStep:
      'If it is the local emulator, start it again (npm start) and try again; otherwise check the endpoint overrides in Settings.',
  }),
};

/** The message and next step for a failure whose cause is known. */
export function explainReason(
  reason: FailureReason,
  input: ExplainInput,
): Explanation {
  return REASONS[reason](input);
}
