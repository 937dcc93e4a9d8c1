// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { fieldId } from '../fields/field-id';
import { EcsPropertiesForm } from './ecs-properties-form';
import { renderInEditor } from './render-in-editor';

const TASK = ['ecsProperties', 'taskProperties', 0];
const containerAt = (index: number) => [...TASK, 'containers', index];

function threeContainers(platform = 'FARGATE') {
  return `{
  "jobDefinitionName": "three",
  "type": "container",
  "platformCapabilities": ["${platform}"],
  "ecsProperties": {
    "taskProperties": [
      {
        "executionRoleArn": "arn:aws:iam::123456789012:role/exec",
        "containers": [
          {
            "name": "app",
            "image": "busybox",
            "resourceRequirements": [
              { "type": "VCPU", "value": "0.5" },
              { "type": "MEMORY", "value": "1024" }
            ]
          },
          { "name": "sidecar", "image": "envoy", "essential": false },
          { "image": "fluent-bit", "futureKey": 1, "name": "logs" }
        ]
      }
    ]
  }
}`;
}

function renderEcs(text = threeContainers()) {
  return renderInEditor(text, <EcsPropertiesForm path={['ecsProperties']} />);
}

/** The part of the form with the id of a path, to look inside it. */
function part(path: readonly (string | number)[]) {
  const element = document.getElementById(fieldId(path));
  if (!element) throw new Error(`Nothing in the form for ${fieldId(path)}`);
  return within(element);
}

const json = (text: string) => JSON.parse(text);

afterEach(cleanup);

describe('EcsPropertiesForm', { timeout: 60_000 }, () => {
  it('changes only the edited value of a container, keeping key order and unknown keys', async () => {
    const text = threeContainers();
    const { store, user } = renderEcs(text);

    const image = screen.getAllByLabelText('Image')[2];
    if (!image) throw new Error('no third image input');
    await user.type(image, 'fluentd', {
      initialSelectionStart: 0,
      initialSelectionEnd: 'fluent-bit'.length,
    });

    expect(store.getState().text).toBe(
      text.replace('"fluent-bit"', '"fluentd"'),
    );
  });

  it('adds a container under an unused name and removes the one asked for', async () => {
    const { store, user } = renderEcs();

    await user.click(screen.getByRole('button', { name: 'Add container' }));
    let containers = json(store.getState().text).ecsProperties.taskProperties[0]
      .containers;
    expect(containers).toHaveLength(4);
    expect(containers[3]).toEqual({ name: 'container-4' });

    await user.click(screen.getByRole('button', { name: 'Remove sidecar' }));
    containers = json(store.getState().text).ecsProperties.taskProperties[0]
      .containers;
    expect(containers.map((c: { name: string }) => c.name)).toEqual([
      'app',
      'logs',
      'container-4',
    ]);
    expect(containers[1].futureKey).toBe(1);
  });

  it('offers the names of the other containers as dependencies, and follows renames', async () => {
    const { store, user } = renderEcs();

    const [first] = screen.getAllByRole('button', { name: /^Dependencies/ });
    await user.click(first as HTMLElement);
    const dependencies = part([...containerAt(0), 'dependsOn']);
    await user.click(
      dependencies.getByRole('button', { name: 'Add dependency' }),
    );
    expect(
      json(store.getState().text).ecsProperties.taskProperties[0].containers[0]
        .dependsOn,
    ).toEqual([{ containerName: 'sidecar', condition: 'START' }]);

    const names = screen.getAllByLabelText('Container name');
    await user.type(names[2] as HTMLElement, 'router', {
      initialSelectionStart: 0,
      initialSelectionEnd: 'logs'.length,
    });
    await user.click(
      dependencies.getByRole('button', { name: /Dependency 1 container/ }),
    );
    const offered = dependencies
      .getAllByRole('option')
      .map((option) => option.getAttribute('data-value') ?? option.textContent);
    expect(offered.join(' ')).toContain('router');
    expect(offered.join(' ')).not.toContain('logs');
    expect(offered.join(' ')).not.toContain('app');
  });

  it('shows a missing essential as on, and removes the key when it goes back to on', async () => {
    const { store, user } = renderEcs();
    const [app, sidecar] = screen.getAllByLabelText('Essential');

    expect((app as HTMLInputElement).checked).toBe(true);
    expect((sidecar as HTMLInputElement).checked).toBe(false);

    await user.click(sidecar as HTMLElement);
    await user.click(app as HTMLElement);
    const containers = json(store.getState().text).ecsProperties
      .taskProperties[0].containers;
    expect(containers[1]).not.toHaveProperty('essential');
    expect(containers[0].essential).toBe(false);
  });

  it('shows a duplicate container name under the name and counts it on the Containers header', () => {
    renderEcs(threeContainers().replace('"sidecar"', '"app"'));

    const message =
      'Another container of this task is already named "app": names must be unique.';
    const nameField = screen.getAllByLabelText('Container name')[1];
    const described = (nameField?.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain(message);
    // The other error is the unknown key of the third container.
    expect(
      screen.getByRole('heading', { name: /Containers \(3 of 10\)/ })
        .textContent,
    ).toContain('(2 errors)');
  });

  it('counts the problems of a collapsed section and opens it when one is selected', async () => {
    const { focus } = renderEcs(
      threeContainers().replace(
        '"essential": false',
        '"essential": false, "environment": [{ "name": "AWS_BATCH_X" }]',
      ),
    );
    const environment = [...containerAt(1), 'environment'];
    const [, header] = screen.getAllByRole('button', {
      name: /^Environment variables and secrets/,
    });
    if (!header) throw new Error('no second environment section');

    expect(header.textContent).toContain('(1 error)');

    act(() => header.click());
    expect(header.getAttribute('aria-expanded')).toBe('false');
    act(() =>
      focus.request({ view: 'form', path: [...environment, 0, 'name'] }),
    );
    expect(header.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByLabelText('Variable 1 name')).toBeTruthy();
  });

  it('hides Fargate-only task settings on EC2, unless the JSON has them', () => {
    renderEcs(threeContainers('EC2'));
    expect(screen.queryByLabelText('Fargate platform version')).toBeNull();
    expect(screen.getByText('IPC mode')).toBeTruthy();
    cleanup();

    renderEcs(
      threeContainers('EC2').replace(
        '"executionRoleArn"',
        '"platformVersion": "LATEST", "executionRoleArn"',
      ),
    );
    expect(screen.getByLabelText('Fargate platform version')).toBeTruthy();
    expect(
      screen.getByText(/platformVersion is for Fargate; AWS refuses it on EC2/),
    ).toBeTruthy();
  });

  it('sums the containers into the task size', () => {
    renderEcs(
      threeContainers().replace(
        '"image": "envoy",',
        '"image": "envoy", "resourceRequirements": [{ "type": "VCPU", "value": "0.5" }, { "type": "MEMORY", "value": "1024" }],',
      ),
    );

    expect(
      screen.getByText('Task size (sum of the containers): 1 vCPU, 2048 MiB'),
    ).toBeTruthy();
  });
});
