import { AwsRequestError } from '../errors/aws-failure';
import { normalizeAwsError } from '../errors/normalize-aws-error';
import type { LogContext, Logger } from '../logger';
import type { AwsConnection } from '../session/aws-connection';

export interface AwsCall<T> {
  readonly connection: AwsConnection;
  readonly operation: string;
  readonly log: Logger;
  /** The request body, for pointing a failure at one of its fields. */
  readonly request?: unknown;
  /** The request is the user's draft: a failure says the draft is kept. */
  readonly keepsDraft?: boolean;
  /** Small facts to log (a name, a revision), never the request itself. */
  readonly facts?: LogContext;
  readonly send: () => Promise<T>;
}

/**
 * Runs one AWS operation: logs its outcome and duration, and turns any
 * failure into an AwsRequestError carrying the normalised failure.
 */
export async function callAws<T>(call: AwsCall<T>): Promise<T> {
  const started = Date.now();
  try {
    const result = await call.send();
    call.log.debug('succeeded', {
      operation: call.operation,
      durationMs: Date.now() - started,
      ...call.facts,
    });
    return result;
  } catch (error) {
    const failure = normalizeAwsError(error, {
      ...call.connection.errorContext(call.operation, call.request),
      ...(call.keepsDraft && { keepsDraft: true }),
    });
    // Temporary credentials can expire early (a computer that slept, a
    // revoked session): the next call must fetch new ones, not reuse them.
    if (failure.reason === 'credentials-expired')
      call.connection.dropCredentials();
    call.log.warn('failed', {
      operation: call.operation,
      kind: failure.kind,
      code: failure.code,
      requestId: failure.requestId,
      durationMs: Date.now() - started,
      ...call.facts,
    });
    throw new AwsRequestError(failure);
  }
}
