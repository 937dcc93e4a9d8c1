import { AwsRequestError, type AwsFailure } from '@/aws/errors/aws-failure';
import { normalizeAwsError } from '@/aws/errors/normalize-aws-error';
import { describeJobDefinitionsPage } from '@/aws/operations/describe-job-definitions';
import type { ConnectionResult } from '@/aws/session/aws-connection';

export type ConnectionTestResult =
  | {
      readonly ok: true;
      readonly identityId: string | undefined;
      readonly region: string;
      /** Job definitions on the first page (at most 1). */
      readonly found: number;
    }
  | {
      readonly ok: false;
      readonly failure: AwsFailure;
      readonly step: 'credentials' | 'batch';
    }
  | {
      readonly ok: false;
      readonly step: 'settings';
      readonly messages: readonly string[];
    };

/**
 * Fetches credentials, then asks Batch for one job definition: the two
 * things registering needs, each reported on its own.
 */
export async function testConnection(
  result: ConnectionResult,
): Promise<ConnectionTestResult> {
  if (!result.ok)
    return {
      ok: false,
      step: 'settings',
      messages: result.problems.map((problem) => problem.message),
    };

  const { connection } = result;
  let identityId: string | undefined;
  try {
    identityId = (await connection.credentials()).identityId;
  } catch (error) {
    const context = connection.errorContext('DescribeJobDefinitions');
    return {
      ok: false,
      step: 'credentials',
      failure: normalizeAwsError(error, {
        ...context,
        service: 'cognito-identity',
      }),
    };
  }

  try {
    const page = await describeJobDefinitionsPage(connection, {
      maxResults: 1,
    });
    return {
      ok: true,
      identityId,
      region: connection.settings.region,
      found: page.jobDefinitions.length,
    };
  } catch (error) {
    const failure =
      error instanceof AwsRequestError
        ? error.failure
        : normalizeAwsError(
            error,
            connection.errorContext('DescribeJobDefinitions'),
          );
    return { ok: false, step: 'batch', failure };
  }
}
