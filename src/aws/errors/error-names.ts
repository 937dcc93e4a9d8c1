/** Error names by what they mean, lower-cased for comparison. */
const names = (...list: string[]) => new Set(list.map((n) => n.toLowerCase()));

export const CLOCK_SKEW = names(
  'RequestTimeTooSkewed',
  'RequestExpired',
  'RequestInTheFuture',
);
export const SIGNATURE = names(
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'AuthFailure',
);
/** Temporary credentials past their expiry: new ones fix it. */
export const EXPIRED = names('ExpiredTokenException', 'ExpiredToken');
export const CREDENTIALS = names(
  'NotAuthorizedException',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'ExpiredTokenException',
  'ExpiredToken',
  'IncompleteSignature',
  'MissingAuthenticationToken',
  'MissingAuthenticationTokenException',
  'CredentialsProviderError',
  'InvalidIdentityToken',
  'InvalidIdentityTokenException',
  'IDPRejectedClaim',
  'IDPRejectedClaimException',
  'IDPCommunicationError',
  'UserNotFoundException',
  'UserNotConfirmedException',
  'PasswordResetRequiredException',
  'InvalidIdentityPoolConfigurationException',
  ...SIGNATURE,
);
export const ACCESS_DENIED = names(
  'AccessDeniedException',
  'AccessDenied',
  'UnauthorizedOperation',
  'Forbidden',
  'ForbiddenException',
);
export const THROTTLED = names(
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'LimitExceededException',
  'SlowDown',
  'ProvisionedThroughputExceededException',
);
export const NETWORK = names(
  'NetworkError',
  'TimeoutError',
  'RequestTimeout',
  'AbortError',
);
export const INVALID = names(
  'ClientException',
  'ValidationException',
  'InvalidParameterException',
  'InvalidParameterValueException',
  'SerializationException',
  'InvalidRequestException',
  'ResourceNotFoundException',
);
