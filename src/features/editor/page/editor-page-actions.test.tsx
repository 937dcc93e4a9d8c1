// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { sleep10 } from '../templates/container-templates';
import { templateText } from '../templates/job-template';
import { fakeViewCrash } from './testing/fake-views';
import {
  openJson,
  pickMenuItem,
  renderEditorPage,
} from './testing/render-editor-page';

vi.mock('../json/json-view', async () => ({
  default: (await import('./testing/fake-views')).FakeJsonView,
}));
vi.mock('../form/form-view', async () => ({
  FormView: (await import('./testing/fake-views')).FakeFormView,
}));

const describeOutput = JSON.stringify({
  jobDefinitions: [
    {
      jobDefinitionName: 'sleep10',
      jobDefinitionArn:
        'arn:aws:batch:us-east-1:123456789012:job-definition/sleep10:3',
      revision: 3,
      status: 'ACTIVE',
      type: 'container',
      containerProperties: sleep10.definition.containerProperties,
    },
  ],
});

// The whole page in jsdom, with Cloudscape's components, takes seconds on a
// busy two-core machine.
vi.setConfig({ testTimeout: 20_000 });

afterEach(() => {
  cleanup();
  fakeViewCrash.json = false;
  vi.restoreAllMocks();
});

describe('templates', () => {
  it('asks before a template replaces a draft with content, and can open it as a new draft', async () => {
    const { user } = renderEditorPage();

    await pickMenuItem(user, 'New from template', /^Fargate container/);
    const dialog = screen.getByRole('dialog', { name: /Fargate container/ });
    await user.click(
      within(dialog).getByRole('button', { name: 'Open as new draft' }),
    );

    expect((await openJson(user)).value).toContain('"my-fargate-job"');
    await user.click(
      screen.getByRole('button', { name: /Draft Fargate container/ }),
    );
    expect(screen.getByRole('option', { name: 'EC2 container' })).toBeTruthy();
  });

  it('replaces the current draft when the user says so', async () => {
    const { user } = renderEditorPage();

    await pickMenuItem(user, 'New from template', /^sleep30/);
    await user.click(
      screen.getByRole('button', { name: 'Replace current draft' }),
    );

    const json = await openJson(user);
    expect(JSON.parse(json.value)).toMatchObject({ tags: { User: 'JaneDoe' } });
    await user.click(
      screen.getByRole('button', { name: /Draft EC2 container/ }),
    );
    expect(screen.getAllByRole('option')).toHaveLength(1);
  });
});

describe('paste', () => {
  it('converts pasted describe output, replaces the draft and lists what was stripped', async () => {
    const { user } = renderEditorPage();

    await user.click(screen.getByRole('button', { name: 'Paste' }));
    await user.click(screen.getByRole('textbox', { name: 'JSON to paste' }));
    await user.paste(describeOutput);
    await user.click(screen.getByRole('button', { name: 'Replace draft' }));

    const json = JSON.parse((await openJson(user)).value);
    expect(json).toEqual(sleep10.definition);
    expect(
      screen.getByText(
        'Pasted describe-job-definitions output: converted to a request body',
      ),
    ).toBeTruthy();
    const changes = screen.getByRole('list', {
      name: 'What the paste changed',
    });
    expect(changes.textContent).toContain('Removed revision (3)');
  });

  it('lets the user dismiss the paste notice', async () => {
    const { user } = renderEditorPage();
    await user.click(screen.getByRole('button', { name: 'Paste' }));
    await user.click(screen.getByRole('textbox', { name: 'JSON to paste' }));
    await user.paste(templateText(sleep10));
    await user.click(screen.getByRole('button', { name: 'Replace draft' }));

    expect(
      screen.getByText('Pasted a RegisterJobDefinition request body'),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Dismiss message' }));

    await waitFor(() =>
      expect(
        screen.queryByText(/^Pasted a RegisterJobDefinition request body/),
      ).toBeNull(),
    );
  });

  it('keeps a very large paste aside instead of showing it, and still loads it', async () => {
    const { user } = renderEditorPage();
    const large = JSON.stringify({
      jobDefinitionName: 'large',
      type: 'container',
      parameters: { filler: 'x'.repeat(300_000) },
    });

    await user.click(screen.getByRole('button', { name: 'Paste' }));
    await user.click(screen.getByRole('textbox', { name: 'JSON to paste' }));
    await user.paste(large);
    expect(screen.getByText(/^Pasted 0\.3 MB, 1 lines/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Replace draft' }));

    expect((await openJson(user)).value).toBe(large);
  });
});

describe('export', () => {
  async function loadSleep10(
    user: ReturnType<typeof renderEditorPage>['user'],
  ) {
    await pickMenuItem(user, 'New from template', /^sleep10/);
    await user.click(
      screen.getByRole('button', { name: 'Replace current draft' }),
    );
  }

  it('copies the JSON exactly as it is', async () => {
    const { user } = renderEditorPage();
    const json = await openJson(user);

    await pickMenuItem(user, 'Export', /^Copy JSON/);

    expect(await navigator.clipboard.readText()).toBe(json.value);
    expect(screen.getByText('JSON copied')).toBeTruthy();
  });

  it('copies the CLI command that registers NAME.json', async () => {
    const { user } = renderEditorPage();
    await loadSleep10(user);

    await pickMenuItem(user, 'Export', /^Copy CLI command/);

    expect(await navigator.clipboard.readText()).toBe(
      'aws batch register-job-definition --cli-input-json file://sleep10.json',
    );
  });

  it('downloads the JSON as NAME.json', async () => {
    const { user } = renderEditorPage();
    await loadSleep10(user);
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:download';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);

    await pickMenuItem(user, 'Export', /^Download sleep10\.json/);

    expect(click.mock.contexts[0]).toMatchObject({ download: 'sleep10.json' });
    expect(JSON.parse(await (blobs[0] as Blob).text())).toEqual(
      sleep10.definition,
    );
    expect(screen.getByText('Downloaded sleep10.json')).toBeTruthy();
  });
});

describe('problems and views', () => {
  async function breakName(user: ReturnType<typeof renderEditorPage>['user']) {
    await user.click(
      screen.getByRole('textbox', { name: 'Job definition name' }),
    );
    await user.keyboard(' x');
  }

  it('switches to the JSON tab and reveals a problem there, even before the JSON view has loaded', async () => {
    const { user } = renderEditorPage();
    await breakName(user);

    await user.click(
      await screen.findByRole('button', {
        name: 'Show in JSON: jobDefinitionName',
      }),
    );

    expect(
      screen.getByRole('tab', { name: 'JSON' }).getAttribute('aria-selected'),
    ).toBe('true');
    expect(
      await screen.findByText('JSON revealed jobDefinitionName'),
    ).toBeTruthy();
  });

  it('switches back to the form tab and reveals the field there', async () => {
    const { user } = renderEditorPage();
    await breakName(user);
    await openJson(user);

    await user.click(
      screen.getByRole('button', { name: 'Show in form: jobDefinitionName' }),
    );

    expect(
      screen.getByRole('tab', { name: 'Form' }).getAttribute('aria-selected'),
    ).toBe('true');
    expect(screen.getByText('Form revealed jobDefinitionName')).toBeTruthy();
  });

  it('keeps the form working when the JSON view crashes, and offers to copy the JSON', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fakeViewCrash.json = true;
    const { user } = renderEditorPage();
    await user.click(screen.getByRole('tab', { name: 'JSON' }));

    expect(
      await screen.findByText('The JSON view stopped working'),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Copy JSON' }));
    expect(await navigator.clipboard.readText()).toContain('"my-ec2-job"');

    await user.click(screen.getByRole('tab', { name: 'Form' }));
    await breakName(user);
    await waitFor(() =>
      expect(
        screen.getByRole('textbox', { name: 'Job definition name' }),
      ).toHaveProperty('value', 'my-ec2-job x'),
    );
  });
});
