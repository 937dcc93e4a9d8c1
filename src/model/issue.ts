/** A path into a job definition, as JSON keys and array indexes. */
export type IssuePath = readonly (string | number)[];

/**
 * `error`: AWS rejects the request. `warning`: AWS accepts it, but the value is
 * deprecated, ignored on the chosen platform, or very likely a mistake.
 */
export type Severity = 'error' | 'warning';

/** One finding about a job definition, located by its path. */
export interface Issue {
  readonly path: IssuePath;
  readonly severity: Severity;
  readonly message: string;
  /** A stable identifier of the rule that produced the issue. */
  readonly code: string;
}
