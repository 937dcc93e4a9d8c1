import { useState } from 'react';

import { AwsRequestError, type AwsFailure } from '@/aws/errors/aws-failure';
import { useRevision } from '@/aws/operations/describe-job-definitions';

import type { CompareSide } from './compare-params';
import { pageStorage, readCurrentDraft } from './read-current-draft';

/** One side of the comparison, as far as it has loaded. */
export type SideState =
  | { readonly status: 'loading'; readonly label: string }
  | {
      readonly status: 'failed';
      readonly label: string;
      readonly failure: AwsFailure | undefined;
      readonly message: string;
      readonly retry: () => void;
    }
  | {
      readonly status: 'missing';
      readonly label: string;
      readonly message: string;
    }
  | {
      readonly status: 'ready';
      readonly label: string;
      readonly value: unknown;
    };

/** Loads a revision through DescribeJobDefinitions, or reads the draft. */
export function useCompareSide(name: string, side: CompareSide): SideState {
  const revision = side.kind === 'revision' ? side.revision : Number.NaN;
  const query = useRevision(name, revision);
  const [draft] = useState(() =>
    side.kind === 'draft' ? readCurrentDraft(pageStorage()) : undefined,
  );

  if (side.kind === 'draft') {
    const label = draft?.ok
      ? `the current draft (${draft.draftName})`
      : 'the current draft';
    if (!draft?.ok)
      return { status: 'missing', label, message: draft?.problem ?? '' };
    return { status: 'ready', label, value: draft.value };
  }

  const label = `${name}:${revision}`;
  if (query.isError)
    return {
      status: 'failed',
      label,
      failure:
        query.error instanceof AwsRequestError
          ? query.error.failure
          : undefined,
      message: query.error.message,
      retry: () => void query.refetch(),
    };
  if (query.data === null)
    return {
      status: 'missing',
      label,
      message: `AWS has no revision ${revision} of ${name}. It may never have been registered; deregistered revisions are deleted by AWS after 180 days.`,
    };
  if (query.data === undefined) return { status: 'loading', label };
  return { status: 'ready', label, value: query.data };
}
