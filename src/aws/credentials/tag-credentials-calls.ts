import type { MetadataBearer, MiddlewareStack } from '@aws-sdk/types';

import type { AwsService } from '../errors/aws-service';
import { CredentialsError } from '../errors/aws-service';

/**
 * Makes every failure of `client` a CredentialsError naming the service and
 * the command (GetId, GetCredentialsForIdentity...). The SDK's own errors
 * do not say which command failed, and a credentials flow makes several.
 */
export function tagCredentialsCalls<
  Input extends object,
  Output extends MetadataBearer,
>(
  client: { readonly middlewareStack: MiddlewareStack<Input, Output> },
  service: AwsService,
): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        throw error instanceof CredentialsError
          ? error
          : new CredentialsError(
              service,
              error,
              context.commandName?.replace(/Command$/, ''),
            );
      }
    },
    { step: 'initialize', name: 'tagCredentialsCalls' },
  );
}
