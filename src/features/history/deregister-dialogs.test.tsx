// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { CleanupModal } from './cleanup-modal';
import { DeregisterOutcome } from './deregister-outcome';
import { described } from './testing/described';

vi.setConfig({ testTimeout: 20_000 });

afterEach(cleanup);

const ARN = (revision: number) =>
  `arn:aws:batch:us-east-1:123456789012:job-definition/sleep10:${revision}`;

describe('CleanupModal', () => {
  it('starts with something to deregister when two revisions are active', () => {
    render(
      <CleanupModal
        name="sleep10"
        revisions={[described('sleep10', 2), described('sleep10', 1)]}
        isBusy={false}
        onConfirm={() => undefined}
        onCancel={() => undefined}
      />,
    );

    const dialog = screen.getByRole('dialog');
    expect(
      within(dialog).getByRole('spinbutton', {
        name: 'Active revisions to keep',
      }),
    ).toHaveProperty('value', '1');
    expect(within(dialog).queryByText(/Nothing to deregister/)).toBeNull();
    expect(
      within(dialog).getByText('This revision will be deregistered:'),
    ).toBeTruthy();
    expect(
      within(dialog).getByRole('list', { name: 'Revisions to deregister' })
        .textContent,
    ).toBe(ARN(1));
    expect(
      within(dialog).getByRole('button', { name: 'Deregister 1 revision' }),
    ).toBeTruthy();
  });

  it('puts the lead-in and the list before the warning', () => {
    render(
      <CleanupModal
        name="sleep10"
        revisions={[1, 2, 3, 4, 5].map((each) => described('sleep10', each))}
        isBusy={false}
        onConfirm={() => undefined}
        onCancel={() => undefined}
      />,
    );

    const dialog = screen.getByRole('dialog');
    const text = dialog.textContent ?? '';
    expect(text.indexOf('These revisions will be deregistered:')).toBeLessThan(
      text.indexOf('This cannot be undone'),
    );
    expect(text.indexOf(ARN(2))).toBeLessThan(
      text.indexOf('This cannot be undone'),
    );
  });
});

describe('DeregisterOutcome', () => {
  it.each([
    [[ARN(1)], 'This revision is inactive now.'],
    [[ARN(1), ARN(2)], 'These revisions are inactive now.'],
  ])('says what became inactive in the right number', (arns, says) => {
    render(
      <MemoryRouter>
        <DeregisterOutcome
          outcome={{ deregistered: arns, failed: [] }}
          onDismiss={() => undefined}
        />
      </MemoryRouter>,
    );

    expect(screen.getByText(says)).toBeTruthy();
  });
});
