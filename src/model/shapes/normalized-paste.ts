import type { IssuePath } from '../issue';
import type { PasteShape } from './detect-shape';
import type { Notice } from './notice';

/** A paste turned into a RegisterJobDefinition request body. */
export interface NormalizedPaste {
  readonly shape: PasteShape;
  /** The request body to validate; the pasted value itself when unchanged. */
  readonly request: unknown;
  readonly notices: readonly Notice[];
  /**
   * Maps a path in `request` (an issue path) to the path of the same value in
   * what was pasted, so that issues point into the user's own text.
   */
  readonly sourcePath: (path: IssuePath) => IssuePath;
  /**
   * Paths in `request` of values CloudFormation resolves at deploy time
   * (intrinsic functions); issues at or below them cannot be trusted.
   */
  readonly unresolvedPaths?: readonly IssuePath[];
}
