import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';

import type { IssuePath } from '@/model/issue';

import type { ContainerContext } from './container-groups';
import { ContainerSection } from './container-section';
import { EnvironmentSection } from './environment-section';
import { FargateSection } from './fargate-section';
import { LinuxSection } from './linux-section';
import { LoggingSection } from './logging-section';

interface ContainerSectionsProps {
  /** containerProperties, or the container of a node range. */
  readonly path: IssuePath;
  readonly context: ContainerContext;
  /** Page-level containers, or lighter sections inside a node range panel. */
  readonly variant: 'container' | 'default';
  /** A warning when the whole block does not apply to this job. */
  readonly notice?: ReactNode;
}

/** Every section of one container, grouped as the Batch console does. */
export function ContainerSections(props: ContainerSectionsProps) {
  const { path, context, variant } = props;

  return (
    <SpaceBetween size={variant === 'container' ? 'l' : 's'}>
      <ContainerSection
        path={path}
        context={context}
        variant={variant}
        notice={props.notice}
      />
      <EnvironmentSection path={path} variant={variant} />
      <LinuxSection path={path} context={context} variant={variant} />
      <LoggingSection path={path} context={context} variant={variant} />
      <FargateSection path={path} context={context} variant={variant} />
    </SpaceBetween>
  );
}
