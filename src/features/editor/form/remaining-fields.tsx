import { fieldInfo } from '@/model/field-info';
import type { IssuePath } from '@/model/issue';

import { GenericFields } from './fields/generic-fields';

interface RemainingFieldsProps {
  readonly path: IssuePath;
  /** The fields the section lays out itself. */
  readonly omit: readonly string[];
}

/**
 * The fields of an object that a section does not lay out by hand (one the
 * model gains later, say), so none is reachable only through JSON.
 */
export function RemainingFields({ path, omit }: RemainingFieldsProps) {
  const rest = (fieldInfo(path)?.keys ?? []).filter(
    (key) => !omit.includes(key),
  );

  if (rest.length === 0) return null;
  return <GenericFields path={path} omit={omit} />;
}
