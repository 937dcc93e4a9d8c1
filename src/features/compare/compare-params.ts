import * as z from 'zod';

import { RegisterJobDefinition } from '@/model/schema/job-definition';

/** One side of a comparison: a revision of the name, or the current draft. */
export type CompareSide =
  | { readonly kind: 'revision'; readonly revision: number }
  | { readonly kind: 'draft' };

export type CompareParams =
  | {
      readonly ok: true;
      readonly name: string;
      readonly a: CompareSide;
      readonly b: CompareSide;
    }
  | {
      readonly ok: false;
      /** What is wrong with the address as a whole. */
      readonly title: string;
      /** One sentence per wrong part: which it is, and what it needs. */
      readonly problems: readonly string[];
    };

const Revision = z
  .string()
  .regex(/^[1-9][0-9]{0,8}$/)
  .transform(Number);

const A_NEEDS = 'a needs a revision number, a whole number from 1 (a=1)';
const B_NEEDS =
  'b needs a revision number (b=3) or draft for the current draft (b=draft)';

/**
 * Reads `/job-definitions/:name/compare?a=REV&b=REV`: `a` is a revision
 * number, `b` a revision number or `draft` (the editor's current draft).
 * The name follows the model's rule for job definition names.
 */
export function parseCompareParams(
  name: string | undefined,
  search: URLSearchParams,
): CompareParams {
  const checked = RegisterJobDefinition.shape.jobDefinitionName.safeParse(
    name ?? '',
  );
  if (!checked.success)
    return {
      ok: false,
      title: 'Not a valid job definition name',
      problems: [
        `${JSON.stringify(name ?? '')} cannot be a job definition name. ${checked.error.issues[0]?.message ?? ''}`.trim(),
      ],
    };

  const a = search.get('a');
  const b = search.get('b');
  const left = a === null ? undefined : Revision.safeParse(a);
  const right = b === null || b === 'draft' ? undefined : Revision.safeParse(b);
  const problems = [
    a === null
      ? `a is missing: ${A_NEEDS}.`
      : a === 'draft'
        ? `a="draft" is not allowed: only b can be "draft"; ${A_NEEDS}.`
        : left?.success
          ? undefined
          : `a=${JSON.stringify(a)} is not a revision number: ${A_NEEDS}.`,
    b === null
      ? `b is missing: ${B_NEEDS}.`
      : b === 'draft' || right?.success
        ? undefined
        : `b=${JSON.stringify(b)} is not a revision number or draft: ${B_NEEDS}.`,
  ].filter((problem) => problem !== undefined);

  if (problems.length > 0 || !left?.success)
    return {
      ok: false,
      title:
        a === null || b === null
          ? 'This comparison address is not complete'
          : 'This comparison address is not valid',
      problems,
    };
  return {
    ok: true,
    name: checked.data,
    a: { kind: 'revision', revision: left.data },
    b: right?.success
      ? { kind: 'revision', revision: right.data }
      : { kind: 'draft' },
  };
}
