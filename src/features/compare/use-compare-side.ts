import { useState } from 'react';

import { AwsRequestError, type AwsFailure } from '@/aws/errors/aws-failure';
import { useRevisions } from '@/aws/operations/describe-job-definitions';

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

/**
 * Finds a revision among every revision of the name, or reads the draft.
 * The revisions of a name are one cached query, shared with the revisions
 * page and by both sides. (Asking for `name:revision` alone would cost a
 * request per side, and the local emulator does not understand it.)
 */
export function useCompareSide(name: string, side: CompareSide): SideState {
  const revision = side.kind === 'revision' ? side.revision : Number.NaN;
  const query = useRevisions(name);
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
  if (query.data === undefined) return { status: 'loading', label };
  const found = query.data.find((each) => each.revision === revision);
  if (!found)
    return {
      status: 'missing',
      label,
      message: `AWS has no revision ${revision} of ${name}. It may never have been registered; deregistered revisions are deleted by AWS after 180 days.`,
    };
  return { status: 'ready', label, value: found };
}
