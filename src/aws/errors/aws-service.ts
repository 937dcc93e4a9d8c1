/** The AWS services the app calls. */
export type AwsService = 'batch' | 'cognito-identity' | 'cognito-idp' | 'sts';

/**
 * A failure while getting credentials, tagged with the service that failed,
 * so a Batch call that never left the browser is not blamed on Batch.
 */
export class CredentialsError extends Error {
  readonly service: AwsService;
  /** The call that failed, such as GetId, when it is known. */
  readonly operation: string | undefined;

  constructor(service: AwsService, cause: unknown, operation?: string) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'CredentialsError';
    this.service = service;
    this.operation = operation;
  }
}

/** Runs a step of a credentials flow, tagging its failure with the service. */
export async function inService<T>(
  service: AwsService,
  step: () => Promise<T>,
): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw error instanceof CredentialsError
      ? error
      : new CredentialsError(service, error);
  }
}
