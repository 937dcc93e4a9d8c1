import type { IssuePath } from '@/model/issue';

import { GenericFields } from '../fields/generic-fields';

/** The ECS task properties of a job or node range. */
export function EcsBlock({ path }: { readonly path: IssuePath }) {
  // TODO: render EcsPropertiesForm once form/ecs is committed; until then
  // every field is still editable through the generic fields.
  return <GenericFields path={path} />;
}
