import type { AwsErrorContext } from '../errors/aws-failure';
import type { AwsSettings } from '../settings/aws-settings';
import type { SignInTarget } from '../user-pool/sign-in';

/** What the error normaliser needs to explain a failed user pool sign-in. */
export function signInErrorContext(
  settings: AwsSettings,
  target: SignInTarget,
): AwsErrorContext {
  return {
    operation: 'InitiateAuth',
    service: 'cognito-idp',
    region: settings.region,
    identityPoolId: settings.identityPoolId,
    signIn: 'userPool',
    authFlow: settings.authFlow,
    endpoints: { 'cognito-idp': target.endpoint },
  };
}
