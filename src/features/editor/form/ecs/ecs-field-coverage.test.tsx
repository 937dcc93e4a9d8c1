// @vitest-environment jsdom
import { act, cleanup } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';

import { fieldInfo } from '@/model/field-info';
import type { IssuePath } from '@/model/issue';

import { fieldId } from '../fields/field-id';
import { EcsPropertiesForm } from './ecs-properties-form';
import { renderInEditor } from './render-in-editor';

const TASK = ['ecsProperties', 'taskProperties', 0];
const CONTAINER = [...TASK, 'containers', 0];

const definition = (platform: string) => `{
  "jobDefinitionName": "one",
  "type": "container",
  "platformCapabilities": ["${platform}"],
  "ecsProperties": {
    "taskProperties": [{ "containers": [{ "name": "app", "image": "busybox" }] }]
  }
}`;

/** The fields of `object` that a problem can jump to in the rendered form. */
function reachable(
  focusOn: (path: IssuePath) => void,
  object: IssuePath,
): string[] {
  return (fieldInfo(object)?.keys ?? []).filter((key) => {
    focusOn([...object, key]);
    return document.getElementById(fieldId([...object, key])) !== null;
  });
}

afterEach(cleanup);

it('gives every field of EcsTaskProperties and TaskContainerProperties a control that problems jump to', () => {
  const found = { task: new Set<string>(), container: new Set<string>() };
  // Some fields belong to one platform only and are hidden on the others.
  for (const platform of ['EC2', 'FARGATE', 'MANAGED_INSTANCES']) {
    const { focus } = renderInEditor(
      definition(platform),
      <EcsPropertiesForm path={['ecsProperties']} />,
    );
    const focusOn = (path: IssuePath) =>
      act(() => focus.request({ view: 'form', path }));
    reachable(focusOn, TASK).forEach((key) => found.task.add(key));
    reachable(focusOn, CONTAINER).forEach((key) => found.container.add(key));
    cleanup();
  }

  expect([...found.task].sort()).toEqual(
    [...(fieldInfo(TASK)?.keys ?? [])].sort(),
  );
  expect([...found.container].sort()).toEqual(
    [...(fieldInfo(CONTAINER)?.keys ?? [])].sort(),
  );
  expect(found.container.size).toBeGreaterThan(15);
}, 120_000);
