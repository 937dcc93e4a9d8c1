import type { IssuePath } from '../issue';

/**
 * `stripped`: a key was removed; `converted`: keys were renamed; `picked`: one
 * job definition was chosen out of several; `info`: anything else to know.
 */
export type NoticeKind = 'stripped' | 'converted' | 'picked' | 'info';

/** What normalising a paste did, in plain words. */
export interface Notice {
  readonly kind: NoticeKind;
  /** Where it happened, as a path in the value that was pasted. */
  readonly path: IssuePath;
  readonly message: string;
}
