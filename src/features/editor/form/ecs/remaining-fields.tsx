import { fieldInfo } from '@/model/field-info';
import type { IssuePath } from '@/model/issue';

import { GenericFields } from '../fields/generic-fields';

interface RemainingFieldsProps {
  readonly path: IssuePath;
  /** The fields a section lays out itself. */
  readonly omit: readonly string[];
}

/**
 * Whatever fields of the object a section does not lay out by hand (a field
 * the model gains later, say), so none is reachable only through JSON.
 */
export function RemainingFields({ path, omit }: RemainingFieldsProps) {
  const rest = (fieldInfo(path)?.keys ?? []).filter(
    (key) => !omit.includes(key),
  );

  if (rest.length === 0) return null;
  return <GenericFields path={path} omit={omit} />;
}
