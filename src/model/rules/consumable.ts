import { asRecord } from '../view';
import { located, type Located, type Rule } from './context';

/** Each consumable resource names what it consumes and how much. */
export const consumableResources: Rule = ({ root, ranges }, report) => {
  const owners: Located[] = [{ path: [], value: root }, ...ranges];
  for (const owner of owners) {
    const list = asRecord(
      owner.value.consumableResourceProperties,
    )?.consumableResourceList;
    const base = [
      ...owner.path,
      'consumableResourceProperties',
      'consumableResourceList',
    ];
    for (const item of located(base, list)) {
      if (item.value.consumableResource === undefined) {
        report(
          [...item.path, 'consumableResource'],
          'warning',
          'consumable',
          'Name the consumable resource (its name or ARN), or remove this entry.',
        );
      }
      const quantity = item.value.quantity;
      if (
        quantity === undefined ||
        (typeof quantity === 'number' && quantity < 1)
      ) {
        report(
          [...item.path, 'quantity'],
          'warning',
          'consumable',
          'Give the quantity each job needs, 1 or more.',
        );
      }
    }
  }
};
