// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { IssuePath } from '@/model/issue';

import { fieldId } from './fields/field-id';
import { renderCounts, resetRenders } from './testing/render-counter';
import { renderForm } from './testing/render-form';

await vi.hoisted(async () => {
  const counter = await import('./testing/render-counter');
  counter.installRenderCounter();
});

afterEach(cleanup);

const environment = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    name: `VAR_${i}`,
    value: `${i}`,
  }));
const sized = [
  { type: 'VCPU', value: '2' },
  { type: 'MEMORY', value: '4096' },
];

const multinode = {
  jobDefinitionName: 'five-ranges',
  type: 'multinode',
  nodeProperties: {
    numNodes: 5,
    mainNode: 0,
    nodeRangeProperties: Array.from({ length: 5 }, (_, i) => ({
      targetNodes: `${i}:${i}`,
      container: {
        image: `solver:${i}`,
        resourceRequirements: sized,
        environment: environment(10),
      },
    })),
  },
};
const ecs = {
  jobDefinitionName: 'ten-containers',
  type: 'container',
  ecsProperties: {
    taskProperties: [
      {
        containers: Array.from({ length: 10 }, (_, i) => ({
          name: `c${i}`,
          image: `app:${i}`,
          resourceRequirements: sized,
          environment: environment(20),
        })),
      },
    ],
  },
};

// The field kit's controls and the form's own components.
const KIT = [
  'TextField',
  'BoundTextInput',
  'NumberField',
  'BoundNumberInput',
  'ResourceField',
  'BooleanField',
  'ChoiceField',
  'BoundSelect',
  'StringListField',
  'MapField',
  'ObjectListField',
  'ItemListField',
  'GenericFields',
];

/** Opens the collapsed panel of a long list's item by its title. */
async function openItem(title: string) {
  await userEvent.click(screen.getByRole('button', { name: title }));
}

/** Types into the control of `path` and returns what re-rendered meanwhile. */
async function typeAt(path: IssuePath, text: string) {
  const input = document.getElementById(fieldId(path));
  if (!input) throw new Error(`no control for ${fieldId(path)}`);
  await userEvent.click(input);
  resetRenders();
  await userEvent.type(input, text);
  return renderCounts();
}

// Label queries and renders of hundreds of Cloudscape inputs are slow in jsdom.
describe('typing in a large definition', { timeout: 120_000 }, () => {
  it('re-renders only the typed field of a five-range multi-node job', async () => {
    const { json } = renderForm(JSON.stringify(multinode, null, 2));
    const path = ['nodeProperties', 'nodeRangeProperties', 3, 'container'];
    await openItem('Node range 4: nodes 3:3');

    const renders = await typeAt([...path, 'environment', 5, 'value'], 'abc');

    expect(renders.get('BoundTextInput')).toBe(3);
    for (const name of [
      'FormView',
      'ContainerSection',
      'NodeRangeForm',
      'TextField',
      'ResourceField',
    ]) {
      expect(renders.get(name), name).toBeUndefined();
    }
    expect(json()).toMatchObject({
      nodeProperties: {
        nodeRangeProperties: {
          3: { container: { environment: { 5: { value: '5abc' } } } },
        },
      },
    });
  });

  it('re-renders only the typed field of a ten-container ECS task', async () => {
    const path = ['ecsProperties', 'taskProperties', 0, 'containers', 7];
    renderForm(JSON.stringify(ecs, null, 2));
    await openItem('c7');

    const renders = await typeAt([...path, 'image'], 'abc');

    const fields = [...renders.keys()].filter((name) => KIT.includes(name));
    expect(fields.sort()).toEqual(['BoundTextInput', 'TextField']);
    expect(renders.get('BoundTextInput')).toBe(3);
    expect(renders.get('ItemTitle')).toBeUndefined();
    expect(renders.get('FormView')).toBeUndefined();
  });
});
