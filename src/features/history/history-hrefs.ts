/** The page of every revision of one job definition name. */
export function definitionHref(name: string): string {
  return `/job-definitions/${encodeURIComponent(name)}`;
}

/** The page of one revision. */
export function revisionPageHref(name: string, revision: number): string {
  return `${definitionHref(name)}/${revision}`;
}
