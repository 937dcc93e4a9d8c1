// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { requestOf } from './request-of';
import { RevisionForm } from './revision-form';
import { described } from './testing/described';

afterEach(cleanup);

// What the local emulator describes: AWS fills in empty lists and objects.
const REVISION = described('sleep10', 1, 'ACTIVE', {
  parameters: {},
  tags: {},
  containerProperties: {
    image: 'busybox',
    command: ['sleep', '10'],
    volumes: [],
    environment: [],
    mountPoints: [],
    ulimits: [],
    secrets: [],
    privileged: false,
    resourceRequirements: [
      { type: 'VCPU', value: '1' },
      { type: 'MEMORY', value: '2048' },
    ],
  },
});

describe('RevisionForm', () => {
  it('labels fields in words, grouped by section, with AWS defaults hidden', () => {
    render(<RevisionForm request={requestOf(REVISION)} />);

    expect(screen.getByRole('heading', { name: 'General' })).toBeTruthy();
    expect(
      screen.getByRole('heading', { name: 'Container properties' }),
    ).toBeTruthy();
    expect(screen.getByText('Job definition name')).toBeTruthy();
    expect(screen.getByText('sleep10')).toBeTruthy();
    expect(screen.getByText('["sleep", "10"]')).toBeTruthy();
    expect(screen.getByText('vCPU 1, memory 2048 MiB')).toBeTruthy();

    expect(screen.queryByText('jobDefinitionName')).toBeNull();
    expect(screen.queryByText(/resourceRequirements/)).toBeNull();
    expect(screen.queryByText('[]')).toBeNull();
    expect(screen.queryByText('{}')).toBeNull();
    expect(screen.queryByText('Volumes')).toBeNull();
    expect(screen.queryByText('Privileged')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Parameters' })).toBeNull();
  });

  it('shows a field kept at a value other than the default', () => {
    const revision = described('sleep10', 2, 'ACTIVE', {
      containerProperties: { image: 'busybox', privileged: true },
    });

    render(<RevisionForm request={requestOf(revision)} />);

    expect(screen.getByText('Privileged')).toBeTruthy();
    expect(screen.getByText('true')).toBeTruthy();
  });
});
