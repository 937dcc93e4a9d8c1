import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';

import type { IssuePath } from '@/model/issue';

import { EcsPropertiesForm } from '../ecs/ecs-properties-form';
import { fieldId } from '../fields/field-id';

interface EcsBlockProps {
  readonly path: IssuePath;
  /** A warning when the block does not apply to this job. */
  readonly notice?: ReactNode;
}

/** The ECS task properties of a job or node range; its problems land here. */
export function EcsBlock({ path, notice }: EcsBlockProps) {
  return (
    <div id={fieldId(path)}>
      <SpaceBetween size="l">
        {notice}
        <EcsPropertiesForm path={path} />
      </SpaceBetween>
    </div>
  );
}
