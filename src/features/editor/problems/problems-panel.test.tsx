// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { DraftProvider } from '@/draft/draft-context';
import { createDraftStore } from '@/draft/draft-store';

import { EditorServicesProvider } from '../editor-context';
import { createFocusChannel } from '../focus-request';
import { ProblemsPanel } from './problems-panel';

const twoProblems = `{
  "jobDefinitionName": "has space",
  "type": "container",
  "containerProperties": { "image": "busybox", "command": [] },
  "mystery": 1
}`;

function renderPanel(text: string) {
  const store = createDraftStore(text);
  const focus = createFocusChannel();
  const request = vi.spyOn(focus, 'request');
  render(
    <DraftProvider value={store}>
      <EditorServicesProvider value={{ focus, reportPaste: vi.fn() }}>
        <ProblemsPanel />
      </EditorServicesProvider>
    </DraftProvider>,
  );
  return { store, request };
}

afterEach(cleanup);

describe('ProblemsPanel', () => {
  it('lists every issue with its path and message, and counts them', () => {
    const { store } = renderPanel(twoProblems);

    const issues = store.getState().issues;
    const items = within(
      screen.getByRole('list', { name: 'Problems' }),
    ).getAllByRole('listitem');
    expect(items).toHaveLength(issues.length);
    expect(items[0]?.textContent).toContain('jobDefinitionName');
    expect(screen.getByText('mystery')).toBeTruthy();
    const errors = issues.filter((issue) => issue.severity === 'error').length;
    expect(screen.getByText(new RegExp(`^${errors} errors?,`))).toBeTruthy();
  });

  it('sends "Show in form" and "Show in JSON" to the views with the issue path', async () => {
    const { request } = renderPanel(twoProblems);

    await userEvent.click(
      screen.getByRole('button', { name: 'Show in form: jobDefinitionName' }),
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Show in JSON: mystery' }),
    );

    expect(request.mock.calls).toEqual([
      [{ view: 'form', path: ['jobDefinitionName'] }],
      [{ view: 'json', path: ['mystery'] }],
    ]);
  });

  it('lists the syntax error first, only with "Show in JSON", and says the rest is stale', () => {
    const { store } = renderPanel(twoProblems);

    act(() => store.setText(twoProblems.replace('"type"', 'type'), 'json'));

    const first = screen.getAllByRole('listitem')[0];
    expect(first?.textContent).toMatch(/^Line 3, column 3/);
    expect(
      within(first as HTMLElement).queryByRole('button', {
        name: /Show in form/,
      }),
    ).toBeNull();
    expect(
      within(first as HTMLElement).getByRole('button', {
        name: /Show in JSON/,
      }),
    ).toBeTruthy();
    expect(
      screen.getByText(
        /problems below are those of the last version that parsed/,
      ),
    ).toBeTruthy();
  });

  it('says there is no problem when AWS would accept the definition', () => {
    renderPanel(
      '{ "jobDefinitionName": "ok", "type": "container", "containerProperties": { "image": "busybox", "resourceRequirements": [{ "type": "VCPU", "value": "1" }, { "type": "MEMORY", "value": "128" }] } }',
    );

    expect(
      screen.getByText('No problems: AWS would accept this job definition.'),
    ).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Problems' })).toBeNull();
  });
});
