import * as z from 'zod';

import { CredentialsError, type AwsService } from './aws-service';

const optionalString = z.string().optional().catch(undefined);
const optionalNumber = z.number().optional().catch(undefined);

// The SDK's ServiceException, the user pool library's errors ({ code }) and
// fetch's TypeError all fit this shape; anything else reads as empty.
const ErrorShape = z.object({
  name: optionalString,
  code: optionalString,
  message: optionalString,
  statusCode: optionalNumber,
  $metadata: z
    .object({
      httpStatusCode: optionalNumber,
      requestId: optionalString,
      attempts: optionalNumber,
    })
    .optional()
    .catch(undefined),
});

/** What the normaliser reads from a thrown value. */
export interface ErrorFacts {
  readonly name: string;
  readonly message: string;
  readonly httpStatus?: number;
  readonly requestId?: string;
  readonly attempts?: number;
  /** Set when the failure came from getting credentials. */
  readonly service?: AwsService;
  /** The credentials call that failed, when known. */
  readonly operation?: string;
  /** The answer's body could not be parsed as AWS's JSON or XML. */
  readonly isUnreadable: boolean;
  /** The unreadable body looked like a web page. */
  readonly isHtml: boolean;
  readonly isTypeError: boolean;
}

const REQUEST_ID_IN_MESSAGE = /RequestId: ([0-9A-Za-z-]+)/;

/** Reads the facts of a thrown value, whatever it is. */
export function readErrorFacts(thrown: unknown): ErrorFacts {
  const service =
    thrown instanceof CredentialsError ? thrown.service : undefined;
  const inner = thrown instanceof CredentialsError ? thrown.cause : thrown;
  const parsed = ErrorShape.safeParse(inner);
  const shape = parsed.success ? parsed.data : {};
  const message = shape.message ?? (typeof inner === 'string' ? inner : '');
  const name = shape.code ?? shape.name ?? '';

  return {
    name: name === 'Error' && shape.code === undefined ? '' : name,
    message: message.trim(),
    httpStatus: shape.$metadata?.httpStatusCode ?? shape.statusCode,
    requestId:
      shape.$metadata?.requestId ?? REQUEST_ID_IN_MESSAGE.exec(message)?.[1],
    attempts: shape.$metadata?.attempts,
    service,
    ...(thrown instanceof CredentialsError &&
      thrown.operation && { operation: thrown.operation }),
    // The SDK throws the parser's SyntaxError when a body is not JSON (an
    // HTML page from a web server, a proxy's error page).
    isUnreadable:
      name === 'SyntaxError' || /Deserialization error/i.test(message),
    isHtml: /Unexpected token '?<|<!DOCTYPE|<html/i.test(message),
    isTypeError: inner instanceof TypeError,
  };
}
