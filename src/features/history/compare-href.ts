/**
 * The Compare view of two revisions of `name`; `b` may be `draft`, the
 * editor's current draft.
 */
export function compareHref(
  name: string,
  a: number,
  b: number | 'draft',
): string {
  const query = new URLSearchParams({ a: String(a), b: String(b) });
  return `/job-definitions/${encodeURIComponent(name)}/compare?${query}`;
}
