import type { IssuePath } from '@/model/issue';

import { BoundCheckbox } from '../fields/bound-checkbox';
import { BoundNumberInput } from '../fields/bound-number-input';
import { BoundSelect } from '../fields/bound-select';
import { ObjectListField } from '../fields/object-list-field';
import { BoundTextInput } from '../fields/text-field';
import { rowNumber } from '../row-number';

/** Volumes mounted into the container, one row each. */
export function MountPointsField({ path }: { readonly path: IssuePath }) {
  return (
    <ObjectListField
      path={path}
      label="Mount points"
      addText="Add mount point"
      columns={[
        {
          key: 'sourceVolume',
          label: 'Source volume',
          render: (cell) => (
            <BoundTextInput
              path={cell}
              ariaLabel={`Source volume ${rowNumber(cell)}`}
            />
          ),
        },
        {
          key: 'containerPath',
          label: 'Container path',
          render: (cell) => (
            <BoundTextInput
              path={cell}
              ariaLabel={`Container path ${rowNumber(cell)}`}
            />
          ),
        },
        {
          key: 'readOnly',
          label: 'Read only',
          render: (cell) => (
            <BoundCheckbox path={cell} label={`Read only ${rowNumber(cell)}`} />
          ),
        },
      ]}
    />
  );
}

/** ulimits of the container, one row each. */
export function UlimitsField({ path }: { readonly path: IssuePath }) {
  return (
    <ObjectListField
      path={path}
      label="Ulimits"
      addText="Add ulimit"
      newItem={() => ({ name: 'nofile', softLimit: 1024, hardLimit: 1024 })}
      columns={[
        {
          key: 'name',
          label: 'Limit name',
          render: (cell) => (
            <BoundSelect
              path={cell}
              ariaLabel={`Limit name ${rowNumber(cell)}`}
            />
          ),
        },
        {
          key: 'softLimit',
          label: 'Soft limit',
          render: (cell) => (
            <BoundNumberInput
              path={cell}
              ariaLabel={`Soft limit ${rowNumber(cell)}`}
            />
          ),
        },
        {
          key: 'hardLimit',
          label: 'Hard limit',
          render: (cell) => (
            <BoundNumberInput
              path={cell}
              ariaLabel={`Hard limit ${rowNumber(cell)}`}
            />
          ),
        },
      ]}
    />
  );
}
