// Batch wraps its reasons: "Error executing request, Exception : <reason>,
// RequestId: <id>". The reason alone is what the user needs.
const WRAPPED = /Exception : (.*?)(?:, RequestId: [0-9A-Za-z-]+)?$/s;

/** The service's own explanation, without Batch's wrapping. */
export function serviceReason(message: string): string {
  const reason = WRAPPED.exec(message)?.[1] ?? message;
  return reason.trim();
}

export const SERVICE_NAMES = {
  batch: 'AWS Batch',
  'cognito-identity': 'Cognito Identity',
  'cognito-idp': 'the Cognito user pool',
  sts: 'AWS STS',
} as const;
