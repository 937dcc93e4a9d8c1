import * as z from 'zod';

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
  | { readonly ok: false; readonly problem: string };

const Revision = z
  .string()
  .regex(/^[1-9][0-9]{0,8}$/)
  .transform(Number);

const Side = z.union([
  z.literal('draft').transform((): CompareSide => ({ kind: 'draft' })),
  Revision.transform((revision): CompareSide => ({
    kind: 'revision',
    revision,
  })),
]);

const Name = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/);

/**
 * Reads `/job-definitions/:name/compare?a=REV&b=REV`: `a` is a revision
 * number, `b` a revision number or `draft` (the editor's current draft).
 */
export function parseCompareParams(
  name: string | undefined,
  search: URLSearchParams,
): CompareParams {
  if (!Name.safeParse(name).success || name === undefined)
    return {
      ok: false,
      problem:
        'The address does not name a job definition: up to 128 letters, digits, hyphens and underscores.',
    };

  const a = Revision.safeParse(search.get('a'));
  const b = Side.safeParse(search.get('b'));
  if (!a.success || !b.success)
    return {
      ok: false,
      problem: `The address must give two revisions to compare, as ?a=1&b=3 (b may also be "draft"); it has a=${shown(search.get('a'))} and b=${shown(search.get('b'))}.`,
    };
  return {
    ok: true,
    name,
    a: { kind: 'revision', revision: a.data },
    b: b.data,
  };
}

function shown(value: string | null): string {
  return value === null ? 'nothing' : JSON.stringify(value);
}
