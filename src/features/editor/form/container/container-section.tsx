import ColumnLayout from '@cloudscape-design/components/column-layout';
import type { ReactNode } from 'react';

import { fieldInfo } from '@/model/field-info';
import type { IssuePath } from '@/model/issue';

import { BlockIssues } from '../block-issues';
import { BooleanField } from '../fields/boolean-field';
import { StringListField } from '../fields/string-list-field';
import { TextField } from '../fields/text-field';
import { FormSection } from '../form-section';
import { NotApplicable } from '../not-applicable';
import { RemainingFields } from '../remaining-fields';
import {
  ALL_CONTAINER_KEYS,
  groupCoverage,
  type ContainerContext,
} from './container-groups';
import { FargatePairFix } from './fargate-pair-fix';
import { LegacyResources } from './legacy-resources';
import { ResourceFields } from './resource-fields';

interface ContainerSectionProps {
  readonly path: IssuePath;
  readonly context: ContainerContext;
  readonly variant: 'container' | 'default';
  /** A warning when the whole block does not apply to this job. */
  readonly notice?: ReactNode;
}

// The resource inputs show these issues about the container itself.
const RESOURCE_CODES = ['vcpu-missing', 'memory-missing'];

/** Image, command, roles and resources of a container. */
export function ContainerSection(props: ContainerSectionProps) {
  const { path, context } = props;

  return (
    <FormSection
      title="Container"
      description={fieldInfo(path)?.description}
      coverage={groupCoverage(path, 'container')}
      anchor={path}
      variant={props.variant}
    >
      {props.notice}
      <BlockIssues path={path} omitCodes={RESOURCE_CODES} />
      <TextField path={[...path, 'image']} label="Image" />
      <StringListField path={[...path, 'command']} label="Command" />
      <ColumnLayout columns={2}>
        <TextField path={[...path, 'jobRoleArn']} label="Job role" />
        <TextField
          path={[...path, 'executionRoleArn']}
          label="Execution role"
        />
      </ColumnLayout>
      <ResourceFields path={path} context={context} />
      {context.isFargate && <FargatePairFix path={path} />}
      <LegacyResources path={path} />
      <NotApplicable
        applies={context.isMultinode && !context.isFargate}
        path={[...path, 'instanceType']}
        where={context.isFargate ? 'Fargate jobs' : 'single-node jobs'}
      >
        <TextField path={[...path, 'instanceType']} label="Instance type" />
      </NotApplicable>
      <TextField
        path={[...path, 'repositoryCredentials', 'credentialsParameter']}
        label="Repository credentials"
      />
      <BooleanField
        path={[...path, 'enableExecuteCommand']}
        label="Enable ECS Exec"
      />
      <RemainingFields
        path={[...path, 'repositoryCredentials']}
        omit={['credentialsParameter']}
      />
      <RemainingFields path={path} omit={ALL_CONTAINER_KEYS} />
    </FormSection>
  );
}
