// @vitest-environment jsdom
import { act, cleanup, fireEvent } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { formatPath } from '@/model/path';

import { fieldId } from './fields/field-id';
import { fullValue, leafPaths } from './testing/full-definition';
import { renderForm } from './testing/render-form';

afterEach(cleanup);

/** Opens every collapsed section, nested ones included. */
function openEverySection() {
  for (let round = 0; round < 10; round += 1) {
    const toggles = [
      ...document.querySelectorAll<HTMLElement>(
        '[aria-expanded="false"][aria-controls]',
      ),
    ].filter((toggle) => {
      const id = toggle.getAttribute('aria-controls') ?? '';
      return document.getElementById(id)?.getAttribute('role') === 'group';
    });
    if (toggles.length === 0) return;
    act(() => toggles.forEach((toggle) => fireEvent.click(toggle)));
  }
}

/**
 * The leaves of a definition that have no control in the form, and the field
 * ids given twice (a problem would land on the first only).
 */
function missingControls(definition: Record<string, unknown>): string[] {
  renderForm(JSON.stringify(definition, null, 2));
  openEverySection();
  const ids = [...document.querySelectorAll('[id^="field:"]')].map(
    (element) => element.id,
  );
  const twice = ids.filter((id, index) => ids.indexOf(id) !== index);
  return [
    ...leafPaths(definition, [])
      .filter((path) => document.getElementById(fieldId(path)) === null)
      .map((path) => `no control: ${formatPath(path)}`),
    ...[...new Set(twice)].map((id) => `twice: ${id}`),
  ];
}

const general = {
  jobDefinitionName: 'everything',
  type: 'container',
  parameters: fullValue(['parameters']),
  schedulingPriority: 1,
  retryStrategy: fullValue(['retryStrategy']),
  propagateTags: true,
  timeout: fullValue(['timeout']),
  tags: fullValue(['tags']),
  platformCapabilities: ['EC2'],
  consumableResourceProperties: fullValue(['consumableResourceProperties']),
};
const range = (block: string) =>
  fullValue(['nodeProperties', 'nodeRangeProperties', 0, block]);

// Every field of a block, at once, renders a very long form: jsdom is slow.
describe(
  'every field of the model has a control in the form',
  { timeout: 180_000 },
  () => {
    it('for the general settings and a single container', () => {
      expect(
        missingControls({
          ...general,
          containerProperties: fullValue(['containerProperties']),
        }),
      ).toEqual([]);
    });

    it('for multi-node jobs and the container of a node range', () => {
      const nodes = fullValue(['nodeProperties']);
      expect(
        missingControls({
          ...general,
          type: 'multinode',
          nodeProperties: nodes,
        }),
      ).toEqual([]);
    });

    it('for ECS properties, at the top and in a node range', () => {
      expect(
        missingControls({
          ...general,
          ecsProperties: fullValue(['ecsProperties']),
          nodeProperties: {
            numNodes: 1,
            mainNode: 0,
            nodeRangeProperties: [
              { targetNodes: '0:', ecsProperties: range('ecsProperties') },
            ],
          },
        }),
      ).toEqual([]);
    });

    it('for EKS properties, at the top and in a node range', () => {
      expect(
        missingControls({
          ...general,
          eksProperties: fullValue(['eksProperties']),
          nodeProperties: {
            numNodes: 1,
            mainNode: 0,
            nodeRangeProperties: [
              { targetNodes: '0:', eksProperties: range('eksProperties') },
            ],
          },
        }),
      ).toEqual([]);
    });
  },
);
