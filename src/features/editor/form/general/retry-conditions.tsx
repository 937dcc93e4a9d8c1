import type { IssuePath } from '@/model/issue';

import { BoundSelect } from '../fields/bound-select';
import { ObjectListField } from '../fields/object-list-field';
import { BoundTextInput } from '../fields/text-field';
import { rowNumber } from '../row-number';

const PATH = ['retryStrategy', 'evaluateOnExit'];

const TEXT_COLUMNS = [
  { key: 'onStatusReason', label: 'On status reason' },
  { key: 'onReason', label: 'On reason' },
  { key: 'onExitCode', label: 'On exit code' },
];

/** Up to five conditions that decide between retrying and giving up. */
export function RetryConditions() {
  return (
    <ObjectListField
      path={PATH}
      label="Retry strategy conditions"
      addText="Add condition"
      newItem={() => ({ action: 'RETRY' })}
      columns={[
        ...TEXT_COLUMNS.map((column) => ({
          ...column,
          render: (path: IssuePath) => (
            <BoundTextInput
              path={path}
              ariaLabel={`${column.label} ${rowNumber(path)}`}
            />
          ),
        })),
        {
          key: 'action',
          label: 'Action',
          render: (path) => (
            <BoundSelect path={path} ariaLabel={`Action ${rowNumber(path)}`} />
          ),
        },
      ]}
    />
  );
}
