// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { inBlock } from './testing/form-queries';
import { renderForm } from './testing/render-form';

const CONTAINER = ['containerProperties'];

function job(container: object, platform?: string): string {
  return JSON.stringify(
    {
      jobDefinitionName: 'rules',
      type: 'container',
      ...(platform ? { platformCapabilities: [platform] } : {}),
      containerProperties: {
        image: 'busybox',
        executionRoleArn: 'arn:aws:iam::123456789012:role/run',
        ...container,
      },
    },
    null,
    2,
  );
}

const sized = (vcpu: string, memory: string) => ({
  resourceRequirements: [
    { type: 'VCPU', value: vcpu },
    { type: 'MEMORY', value: memory },
  ],
});

afterEach(cleanup);

// Cloudscape forms render slowly in jsdom, the more so on a busy machine.
describe('fields that do not apply', { timeout: 30_000 }, () => {
  it('hides the Fargate section on EC2 when the JSON has none of its fields', () => {
    renderForm(job(sized('1', '2048')));

    expect(screen.queryByRole('heading', { name: /^Fargate/ })).toBeNull();
  });

  it('shows a Fargate field present on EC2, with a warning, and keeps it', () => {
    const { json } = renderForm(
      job({ ...sized('1', '2048'), ephemeralStorage: { sizeInGiB: 30 } }),
    );

    expect(screen.getByRole('heading', { name: /^Fargate/ })).toBeTruthy();
    expect(
      screen.getByText(
        /Ephemeral storage does not apply to jobs not on Fargate/,
      ),
    ).toBeTruthy();
    expect(
      inBlock([]).getByRole('textbox', {
        name: 'Ephemeral storage (GiB)',
      }),
    ).toHaveProperty('value', '30');
    expect(json().containerProperties).toHaveProperty('ephemeralStorage');
  });

  it('shows ulimits on Fargate with a warning instead of dropping them', () => {
    renderForm(
      job(
        {
          ...sized('1', '2048'),
          ulimits: [{ name: 'nofile', softLimit: 1024, hardLimit: 1024 }],
        },
        'FARGATE',
      ),
    );

    expect(
      screen.getByText(/Ulimits does not apply to Fargate jobs/),
    ).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Soft limit 1' })).toBeTruthy();
  });
});

describe('one-click fixes', { timeout: 30_000 }, () => {
  it('converts legacy vcpus and memory after saying exactly what changes', async () => {
    const { json } = renderForm(job({ vcpus: 2, memory: 2048 }));

    expect(
      inBlock(CONTAINER).getByText(
        'Replaces vcpus: 2 and memory: 2048 with VCPU "2" and MEMORY "2048" entries in resourceRequirements.',
      ),
    ).toBeTruthy();
    await userEvent.click(
      inBlock(CONTAINER).getByRole('button', {
        name: 'Convert to resource requirements',
      }),
    );

    expect(json().containerProperties).toEqual({
      image: 'busybox',
      executionRoleArn: 'arn:aws:iam::123456789012:role/run',
      resourceRequirements: [
        { type: 'VCPU', value: '2' },
        { type: 'MEMORY', value: '2048' },
      ],
    });
  });

  it('raises memory to the smallest Fargate size for the vCPUs', async () => {
    const { json } = renderForm(job(sized('1', '1024'), 'FARGATE'));

    await userEvent.click(
      inBlock(CONTAINER).getByRole('button', {
        name: 'Set memory to 2048 MiB',
      }),
    );

    expect(json().containerProperties).toMatchObject(sized('1', '2048'));
  });

  it('names the vCPU to choose when no memory of the vCPU size is large enough', () => {
    const { json } = renderForm(job(sized('1', '9000'), 'FARGATE'));

    expect(
      inBlock(CONTAINER).getByText(/Choose 2 vCPU instead, which allows 9216/),
    ).toBeTruthy();
    expect(
      inBlock(CONTAINER).queryByRole('button', { name: /Set memory/ }),
    ).toBeNull();
    expect(json().containerProperties).toMatchObject(sized('1', '9000'));
  });
});

describe('switching what the job runs', { timeout: 30_000 }, () => {
  it('moves the container into a node range when the type becomes multi-node', async () => {
    const { json } = renderForm(job(sized('1', '2048')));

    await userEvent.click(
      screen.getByRole('radio', { name: /Multi-node parallel/ }),
    );
    expect(
      screen.getByText(/Moves containerProperties into nodeProperties/),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Change type' }));

    expect(json()).not.toHaveProperty('containerProperties');
    expect(json()).toMatchObject({
      type: 'multinode',
      nodeProperties: {
        nodeRangeProperties: [
          { targetNodes: '0:', container: { image: 'busybox' } },
        ],
      },
    });
  });

  it('asks before a switch to EKS removes the container and the platform', async () => {
    const { store } = renderForm(job(sized('1', '2048'), 'EC2'));
    const before = store.getState().text;

    await userEvent.click(
      screen.getByRole('radio', { name: /EKS properties/ }),
    );

    expect(
      screen.getByText(
        'Removes containerProperties and everything in it from the JSON.',
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        'Removes platformCapabilities and everything in it from the JSON.',
      ),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(store.getState().text).toBe(before);
  });
});
