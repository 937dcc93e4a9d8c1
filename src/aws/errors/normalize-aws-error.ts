import {
  AwsRequestError,
  KIND_TITLES,
  type AwsErrorContext,
  type AwsFailure,
} from './aws-failure';
import { classifyError } from './classify-error';
import { readErrorFacts } from './error-facts';
import { explainFailure } from './explain-failure';
import { fieldPathInMessage } from './field-path-in-message';
import { serviceReason } from './service-reason';

/**
 * Turns anything an AWS call throws into an AwsFailure: its kind, a plain
 * message that is never empty, the next step, the request id, and the field
 * of the request that the service message names. Called once per failure.
 */
export function normalizeAwsError(
  thrown: unknown,
  context: AwsErrorContext,
): AwsFailure {
  if (thrown instanceof AwsRequestError) return thrown.failure;

  const facts = readErrorFacts(thrown);
  const service = facts.service ?? context.service;
  const { kind, reason } = classifyError(facts, context, service);
  const reasonText = serviceReason(facts.message);
  const fieldPath =
    (kind === 'invalid-request' || reason === 'pass-role') &&
    context.request !== undefined &&
    reasonText !== ''
      ? fieldPathInMessage(reasonText, context.request)
      : undefined;
  const { message, nextStep } = explainFailure({
    kind,
    reason,
    facts,
    context,
    service,
    fieldPath,
  });

  return {
    kind,
    ...(reason && { reason }),
    title: KIND_TITLES[kind],
    message: message.trim() || `${context.operation} failed.`,
    nextStep,
    ...(facts.requestId && { requestId: facts.requestId }),
    ...(facts.name && { code: facts.name }),
    ...(facts.httpStatus && { httpStatus: facts.httpStatus }),
    service,
    operation: context.operation,
    ...(facts.service && { credentialsOperation: facts.operation ?? '' }),
    ...(fieldPath && { fieldPath }),
    ...(reasonText !== '' &&
      !message.includes(reasonText) && {
        serviceMessage: reasonText,
      }),
  };
}
