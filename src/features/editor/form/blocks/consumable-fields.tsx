import type { IssuePath } from '@/model/issue';

import { BoundNumberInput } from '../fields/bound-number-input';
import { ObjectListField } from '../fields/object-list-field';
import { BoundTextInput } from '../fields/text-field';
import { RemainingFields } from '../remaining-fields';
import { rowNumber } from '../row-number';

/** The consumable resources (licences, tokens) each job needs. */
export function ConsumableFields({ path }: { readonly path: IssuePath }) {
  return (
    <>
      <ObjectListField
        path={[...path, 'consumableResourceList']}
        label="Consumable resources"
        addText="Add consumable resource"
        columns={[
          {
            key: 'consumableResource',
            label: 'Resource name or ARN',
            render: (cell) => (
              <BoundTextInput
                path={cell}
                ariaLabel={`Consumable resource ${rowNumber(cell)}`}
              />
            ),
          },
          {
            key: 'quantity',
            label: 'Quantity',
            render: (cell) => (
              <BoundNumberInput
                path={cell}
                ariaLabel={`Quantity ${rowNumber(cell)}`}
              />
            ),
          },
        ]}
      />
      <RemainingFields path={path} omit={['consumableResourceList']} />
    </>
  );
}
