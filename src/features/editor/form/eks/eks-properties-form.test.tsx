// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { fieldId } from '../fields/field-id';
import { renderInEditor } from '../ecs/render-in-editor';
import { EksPropertiesForm } from './eks-properties-form';

const POD = ['eksProperties', 'podProperties'];

const pod = `{
  "jobDefinitionName": "backfill",
  "type": "container",
  "eksProperties": {
    "podProperties": {
      "initContainers": [
        {
          "name": "download",
          "image": "aws-cli",
          "resources": { "limits": { "cpu": "0.5", "memory": "512Mi" } },
          "volumeMounts": [{ "name": "models", "mountPath": "/models" }]
        }
      ],
      "containers": [
        {
          "name": "backfill",
          "image": "backfill:4",
          "resources": {
            "requests": { "cpu": "1", "memory": "2048Mi" },
            "limits": { "cpu": "2", "memory": "2048Mi" }
          }
        },
        {
          "name": "sidecar",
          "image": "envoy",
          "resources": { "limits": { "cpu": "0.25" } }
        }
      ],
      "volumes": [
        { "name": "models", "emptyDir": {} },
        { "name": "cache", "hostPath": { "path": "/mnt/cache" } }
      ]
    }
  }
}`;

function renderEks(text = pod) {
  return renderInEditor(text, <EksPropertiesForm path={['eksProperties']} />);
}

const podOf = (text: string) => JSON.parse(text).eksProperties.podProperties;

function part(path: readonly (string | number)[]) {
  const element = document.getElementById(fieldId(path));
  if (!element) throw new Error(`Nothing in the form for ${fieldId(path)}`);
  return within(element);
}

afterEach(cleanup);

describe('EksPropertiesForm', { timeout: 60_000 }, () => {
  it('writes memory as a string of MiB with "Mi" and cpu as a string', async () => {
    const { store, user } = renderEks();
    const sidecar = part([...POD, 'containers', 1, 'resources']);

    await user.type(sidecar.getByLabelText('Memory limit (MiB)'), '1024');
    await user.type(sidecar.getByLabelText('CPU request (vCPUs)'), '0.25');

    const resources = podOf(store.getState().text).containers[1].resources;
    expect(resources.limits).toEqual({ cpu: '0.25', memory: '1024Mi' });
    expect(resources.requests).toEqual({ cpu: '0.25' });
    expect(
      (sidecar.getByLabelText('Memory limit (MiB)') as HTMLInputElement).value,
    ).toBe('1024');
  });

  it('leaves no empty limits or resources behind when the last value is cleared', async () => {
    const { store, user } = renderEks();
    const sidecar = part([...POD, 'containers', 1, 'resources']);

    await user.clear(sidecar.getByLabelText('CPU limit (vCPUs)'));

    expect(podOf(store.getState().text).containers[1]).toEqual({
      name: 'sidecar',
      image: 'envoy',
    });
    expect(
      screen.getByText(
        'Give the container a cpu limit or request, such as "1".',
      ),
    ).toBeTruthy();
  });

  it('refuses millicores as typed, without touching the JSON', async () => {
    const { store, user } = renderEks();
    const before = store.getState().text;
    const sidecar = part([...POD, 'containers', 1, 'resources']);

    await user.click(sidecar.getByLabelText('CPU request (vCPUs)'));
    await user.paste('500m');

    expect(sidecar.getByText('Enter a number.')).toBeTruthy();
    expect(podOf(store.getState().text).containers[1].resources).toEqual(
      podOf(before).containers[1].resources,
    );
  });

  it('shows a memory request that differs from its limit under the request, and counts it', async () => {
    const { user } = renderEks();
    const backfill = part([...POD, 'containers', 0, 'resources']);
    const header = screen.getByRole('heading', {
      name: /^Containers \(2 of 10\)/,
    });
    // The sidecar has no memory at all: that one is there from the start.
    expect(header.textContent).toContain('(1 error)');

    await user.type(backfill.getByLabelText('Memory limit (MiB)'), '4096', {
      initialSelectionStart: 0,
      initialSelectionEnd: 4,
    });

    const request = backfill.getByLabelText('Memory request (MiB)');
    const described = (request.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain(
      'AWS Batch needs the memory request to equal the limit (4096Mi).',
    );
    expect(header.textContent).toContain('(2 errors)');
  });

  it('replaces the source of a volume with the one chosen', async () => {
    const { store, user } = renderEks();
    const [, cache] = screen.getAllByRole('button', { name: /^Volume source/ });

    await user.click(cache as HTMLElement);
    await user.click(screen.getByRole('option', { name: /Empty directory/ }));

    expect(podOf(store.getState().text).volumes[1]).toEqual({
      name: 'cache',
      emptyDir: {},
    });
  });

  it('mounts a pod volume chosen by name, offering the volumes not yet mounted first', async () => {
    const { store, user } = renderEks();
    const mounts = part([...POD, 'initContainers', 0, 'volumeMounts']);

    await user.click(mounts.getByRole('button', { name: 'Add volume mount' }));
    await user.click(
      mounts.getByRole('button', { name: /Volume mount 2 volume/ }),
    );
    const offered = mounts.getAllByRole('option').map((o) => o.textContent);

    expect(
      podOf(store.getState().text).initContainers[0].volumeMounts[1],
    ).toEqual({ name: 'cache' });
    expect(offered.join(' ')).toMatch(/models.*cache/);
  });

  it('shows host networking on when the JSON leaves it out, and removes the key when turned back on', async () => {
    const { store, user } = renderEks();
    const hostNetwork = screen.getByLabelText('Use host network');

    expect((hostNetwork as HTMLInputElement).checked).toBe(true);
    await user.click(hostNetwork);
    expect(podOf(store.getState().text).hostNetwork).toBe(false);
    await user.click(hostNetwork);
    expect(podOf(store.getState().text)).not.toHaveProperty('hostNetwork');
  });

  it('gives init containers their own panels and names new ones apart from every container', async () => {
    const { store, user } = renderEks();

    expect(
      screen.getByRole('heading', { name: /^Init containers \(1 of 10\)/ }),
    ).toBeTruthy();
    await user.click(
      screen.getByRole('button', { name: 'Add init container' }),
    );

    expect(podOf(store.getState().text).initContainers[1]).toEqual({
      name: 'init-2',
    });
  });
});
