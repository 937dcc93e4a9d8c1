import type { IssuePath } from '@/model/issue';

import { GenericFields } from '../fields/generic-fields';

/** The EKS pod properties of a job or node range. */
export function EksBlock({ path }: { readonly path: IssuePath }) {
  // TODO: render EksPropertiesForm once form/eks is committed; until then
  // every field is still editable through the generic fields.
  return <GenericFields path={path} />;
}
