import type { ReactNode } from 'react';

import { fieldInfo } from '@/model/field-info';
import type { IssuePath } from '@/model/issue';

import { BlockIssues } from '../block-issues';
import { FormSection } from '../form-section';

interface PropertiesSectionProps {
  readonly title: string;
  /** The block the section shows, such as ecsProperties. */
  readonly path: IssuePath;
  readonly variant: 'container' | 'default';
  readonly defaultExpanded?: boolean;
  /** A warning when the whole block does not apply to this job. */
  readonly notice?: ReactNode;
  readonly children: ReactNode;
}

/** A section holding one whole block of the job, with its own issues on top. */
export function PropertiesSection(props: PropertiesSectionProps) {
  const { path } = props;

  return (
    <FormSection
      title={props.title}
      description={fieldInfo(path)?.description}
      coverage={{ within: [path] }}
      anchor={path}
      variant={props.variant}
      defaultExpanded={props.defaultExpanded}
    >
      {props.notice}
      <BlockIssues path={path} />
      {props.children}
    </FormSection>
  );
}
