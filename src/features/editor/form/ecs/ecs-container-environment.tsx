import type { IssuePath } from '@/model/issue';

import { ObjectListField } from '../fields/object-list-field';
import { BoundTextInput } from '../fields/text-field';
import { IssueSection } from './issue-section';

const rowOf = (path: IssuePath) => Number(path[path.length - 2]) + 1;

/** Environment variables and secrets of a task container, as rows. */
export function EcsContainerEnvironment({
  path,
  isOpen,
}: {
  readonly path: IssuePath;
  readonly isOpen: boolean;
}) {
  const environment = [...path, 'environment'];
  const secrets = [...path, 'secrets'];

  return (
    <IssueSection
      path={path}
      within={[environment, secrets]}
      anchor={null}
      title="Environment variables and secrets"
      defaultExpanded={isOpen}
    >
      <ObjectListField
        path={environment}
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
      <ObjectListField
        path={secrets}
        addText="Add secret"
        columns={[
          {
            key: 'name',
            label: 'Name',
            render: (cell) => (
              <BoundTextInput
                path={cell}
                ariaLabel={`Secret ${rowOf(cell)} name`}
              />
            ),
          },
          {
            key: 'valueFrom',
            label: 'Value from (secret or parameter ARN)',
            render: (cell) => (
              <BoundTextInput
                path={cell}
                ariaLabel={`Secret ${rowOf(cell)} value from`}
              />
            ),
          },
        ]}
      />
    </IssueSection>
  );
}
