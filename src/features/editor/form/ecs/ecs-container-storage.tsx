import Box from '@cloudscape-design/components/box';

import type { IssuePath } from '@/model/issue';

import { GenericFields } from '../fields/generic-fields';
import { ObjectListField } from '../fields/object-list-field';
import { BoundTextInput } from '../fields/text-field';
import { BoundCheckbox } from '../fields/bound-checkbox';
import { BoundNumberInput } from '../fields/bound-number-input';
import { BoundSelect } from '../fields/bound-select';
import { useNamesAt } from './container-names';
import { IssueSection } from './issue-section';
import { PathBlock } from './path-block';

interface EcsContainerStorageProps {
  readonly path: IssuePath;
  readonly taskPath: IssuePath;
  readonly present: readonly string[];
}

const KEYS = ['linuxParameters', 'mountPoints', 'ulimits'];
const rowOf = (path: IssuePath) => Number(path[path.length - 2]) + 1;

/** Linux parameters, mounts of the task's volumes, and ulimits of a container. */
export function EcsContainerStorage({
  path,
  taskPath,
  present,
}: EcsContainerStorageProps) {
  const volumes = useNamesAt([...taskPath, 'volumes']).filter((n) => n !== '');
  const linux = [...path, 'linuxParameters'];

  return (
    <IssueSection
      path={path}
      within={KEYS.map((key) => [...path, key])}
      anchor={null}
      title="Linux and storage"
      description="Mount points of the task's volumes, ulimits, and Linux parameters such as shared memory, tmpfs and devices."
      defaultExpanded={KEYS.some((key) => present.includes(key))}
    >
      <ObjectListField
        path={[...path, 'mountPoints']}
        addText="Add mount point"
        newItem={() =>
          volumes[0] === undefined ? {} : { sourceVolume: volumes[0] }
        }
        columns={[
          {
            key: 'sourceVolume',
            label: 'Volume',
            render: (cell) => (
              <BoundSelect
                path={cell}
                options={volumes}
                ariaLabel={`Mount point ${rowOf(cell)} volume`}
                placeholder="Choose a task volume"
              />
            ),
          },
          {
            key: 'containerPath',
            label: 'Container path',
            render: (cell) => (
              <BoundTextInput
                path={cell}
                ariaLabel={`Mount point ${rowOf(cell)} container path`}
              />
            ),
          },
          {
            key: 'readOnly',
            label: 'Access',
            render: (cell) => <BoundCheckbox path={cell} label="Read-only" />,
          },
        ]}
      />
      <ObjectListField
        path={[...path, 'ulimits']}
        addText="Add ulimit"
        newItem={() => ({ name: 'nofile' })}
        columns={[
          {
            key: 'name',
            label: 'Name',
            render: (cell) => (
              <BoundSelect
                path={cell}
                ariaLabel={`Ulimit ${rowOf(cell)} name`}
              />
            ),
          },
          {
            key: 'softLimit',
            label: 'Soft limit',
            render: (cell) => (
              <BoundNumberInput
                path={cell}
                ariaLabel={`Ulimit ${rowOf(cell)} soft limit`}
              />
            ),
          },
          {
            key: 'hardLimit',
            label: 'Hard limit',
            render: (cell) => (
              <BoundNumberInput
                path={cell}
                ariaLabel={`Ulimit ${rowOf(cell)} hard limit`}
              />
            ),
          },
        ]}
      />
      <PathBlock path={linux}>
        <Box variant="h4">Linux parameters</Box>
        <GenericFields path={linux} />
      </PathBlock>
    </IssueSection>
  );
}
