import ColumnLayout from '@cloudscape-design/components/column-layout';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { memo } from 'react';

import type { IssuePath } from '@/model/issue';

import { ChoiceField } from '../fields/choice-field';
import { GenericFields } from '../fields/generic-fields';
import { ObjectListField } from '../fields/object-list-field';
import { StringListField } from '../fields/string-list-field';
import { BoundTextInput, TextField } from '../fields/text-field';
import { IssueSection } from '../ecs/issue-section';
import { OwnIssues } from '../ecs/own-issues';
import { RemainingFields } from '../remaining-fields';
import { samePaths } from '../ecs/same-paths';
import { usePresentKeys } from '../ecs/use-present-keys';
import { EksResources } from './eks-resources';
import { EksVolumeMounts } from './eks-volume-mounts';

const LAID_OUT = [
  'name',
  'image',
  'imagePullPolicy',
  'command',
  'args',
  'env',
  'resources',
  'volumeMounts',
  'securityContext',
];

interface EksContainerFormProps {
  /** A container or init container of the pod. */
  readonly path: IssuePath;
  readonly podPath: IssuePath;
}

const rowOf = (path: IssuePath) => Number(path[path.length - 2]) + 1;

/**
 * One container of an EKS pod. Memoized: an edit in one container leaves the
 * others' forms alone.
 */
export const EksContainerForm = memo(function EksContainerForm({
  path,
  podPath,
}: EksContainerFormProps) {
  const present = usePresentKeys(path);

  return (
    <SpaceBetween size="l">
      <OwnIssues path={path} />
      <ColumnLayout columns={2}>
        <TextField path={[...path, 'name']} label="Container name" />
        <TextField path={[...path, 'image']} label="Image" />
        <ChoiceField path={[...path, 'imagePullPolicy']} />
      </ColumnLayout>
      <ColumnLayout columns={2}>
        <StringListField path={[...path, 'command']} label="Command" />
        <StringListField path={[...path, 'args']} />
      </ColumnLayout>
      <EksResources containerPath={path} />
      <SpaceBetween size="xs">
        <IssueSection
          path={[...path, 'env']}
          anchor={null}
          title="Environment variables"
          defaultExpanded={present.includes('env')}
        >
          <ObjectListField
            path={[...path, 'env']}
            addText="Add environment variable"
            columns={[
              {
                key: 'name',
                label: 'Name',
                render: (cell) => (
                  <BoundTextInput
                    path={cell}
                    ariaLabel={`Variable ${rowOf(cell)} name`}
                  />
                ),
              },
              {
                key: 'value',
                label: 'Value',
                render: (cell) => (
                  <BoundTextInput
                    path={cell}
                    ariaLabel={`Variable ${rowOf(cell)} value`}
                  />
                ),
              },
            ]}
          />
        </IssueSection>
        <IssueSection
          path={[...path, 'volumeMounts']}
          anchor={null}
          title="Volume mounts"
          defaultExpanded={present.includes('volumeMounts')}
        >
          <EksVolumeMounts containerPath={path} podPath={podPath} />
        </IssueSection>
        <IssueSection
          path={[...path, 'securityContext']}
          title="Security context"
          description="User and group IDs, privileges and a read-only root file system."
          defaultExpanded={present.includes('securityContext')}
        >
          <OwnIssues path={[...path, 'securityContext']} />
          <GenericFields path={[...path, 'securityContext']} />
        </IssueSection>
      </SpaceBetween>
      <RemainingFields path={path} omit={LAID_OUT} />
    </SpaceBetween>
  );
}, samePaths);
