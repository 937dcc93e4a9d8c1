import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';

import type { IssuePath } from '@/model/issue';

import { EksPropertiesForm } from '../eks/eks-properties-form';
import { fieldId } from '../fields/field-id';

interface EksBlockProps {
  readonly path: IssuePath;
  /** A warning when the block does not apply to this job. */
  readonly notice?: ReactNode;
}

/** The EKS pod properties of a job or node range; its problems land here. */
export function EksBlock({ path, notice }: EksBlockProps) {
  return (
    <div id={fieldId(path)}>
      <SpaceBetween size="l">
        {notice}
        <EksPropertiesForm path={path} />
      </SpaceBetween>
    </div>
  );
}
