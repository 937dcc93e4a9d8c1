import type { IssuePath } from '@/model/issue';

import { ObjectListField } from '../fields/object-list-field';
import { BoundTextInput } from '../fields/text-field';
import { BoundCheckbox } from '../fields/bound-checkbox';
import { BoundSelect } from '../fields/bound-select';
import { useNamesAt } from '../ecs/container-names';

interface EksVolumeMountsProps {
  readonly containerPath: IssuePath;
  readonly podPath: IssuePath;
}

const rowOf = (path: IssuePath) => Number(path[path.length - 2]) + 1;

/** Pod volumes mounted into a container, the volume chosen by name. */
export function EksVolumeMounts({
  containerPath,
  podPath,
}: EksVolumeMountsProps) {
  const volumes = useNamesAt([...podPath, 'volumes']).filter((n) => n !== '');
  const mountsPath = [...containerPath, 'volumeMounts'];
  const mounted = useNamesAt(mountsPath);

  return (
    <ObjectListField
      path={mountsPath}
      addText="Add volume mount"
      newItem={() => {
        const next = volumes.find((name) => !mounted.includes(name));
        return next === undefined ? {} : { name: next };
      }}
      columns={[
        {
          key: 'name',
          label: 'Volume',
          render: (cell) => (
            <BoundSelect
              path={cell}
              options={volumes}
              ariaLabel={`Volume mount ${rowOf(cell)} volume`}
              placeholder="Choose a pod volume"
            />
          ),
        },
        {
          key: 'mountPath',
          label: 'Mount path',
          render: (cell) => (
            <BoundTextInput
              path={cell}
              ariaLabel={`Volume mount ${rowOf(cell)} mount path`}
            />
          ),
        },
        {
          key: 'subPath',
          label: 'Sub path',
          render: (cell) => (
            <BoundTextInput
              path={cell}
              ariaLabel={`Volume mount ${rowOf(cell)} sub path`}
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
  );
}
