// @vitest-environment jsdom
import { act, cleanup } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';

import { fieldInfo } from '@/model/field-info';
import type { IssuePath } from '@/model/issue';

import { fieldId } from '../fields/field-id';
import { renderInEditor } from '../ecs/render-in-editor';
import { EksPropertiesForm } from './eks-properties-form';

const POD = ['eksProperties', 'podProperties'];

const definition = `{
  "jobDefinitionName": "pod",
  "type": "container",
  "eksProperties": {
    "podProperties": {
      "containers": [{ "name": "app", "image": "busybox" }],
      "initContainers": [{ "name": "setup", "image": "busybox" }]
    }
  }
}`;

afterEach(cleanup);

it('gives every field of EksPodProperties and EksContainer a control that problems jump to', () => {
  const { focus } = renderInEditor(
    definition,
    <EksPropertiesForm path={['eksProperties']} />,
  );
  const missing = (object: IssuePath) =>
    (fieldInfo(object)?.keys ?? []).filter((key) => {
      act(() => focus.request({ view: 'form', path: [...object, key] }));
      return document.getElementById(fieldId([...object, key])) === null;
    });

  expect(fieldInfo(POD)?.keys.length).toBeGreaterThan(8);
  expect(missing(POD)).toEqual([]);
  expect(missing([...POD, 'containers', 0])).toEqual([]);
  expect(missing([...POD, 'initContainers', 0])).toEqual([]);
}, 120_000);
