// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { AwsContext, type AwsContextValue } from '@/aws/session/aws-context';
import { awsContextValue } from '@/aws/testing/aws-context-value';

import { connectSources } from './connect-sources';
import { ConnectPolicyGuard } from './connect-policy-guard';
import { StartupContext, type Startup } from './startup-context';

afterEach(cleanup);

const started = awsContextValue({ config: { region: 'eu-west-1' } });
const startup: Startup = {
  runtime: started.runtime ?? { config: {}, problems: [] },
  connectSources: connectSources(started.settings, started.origin),
};

function renderGuard(aws: AwsContextValue, reload: () => void) {
  return render(
    <StartupContext.Provider value={startup}>
      <AwsContext.Provider value={aws}>
        <ConnectPolicyGuard reload={reload} />
      </AwsContext.Provider>
    </StartupContext.Provider>,
  );
}

describe('ConnectPolicyGuard', () => {
  it('leaves the page alone while the settings match the policy', () => {
    const reload = vi.fn();

    renderGuard(started, reload);

    expect(reload).not.toHaveBeenCalled();
  });

  it('reloads the page when saved settings name another region', () => {
    const reload = vi.fn();
    const { rerender } = renderGuard(started, reload);

    rerender(
      <StartupContext.Provider value={startup}>
        <AwsContext.Provider
          value={{
            ...started,
            settings: { ...started.settings, region: 'ap-south-1' },
          }}
        >
          <ConnectPolicyGuard reload={reload} />
        </AwsContext.Provider>
      </StartupContext.Provider>,
    );

    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('waits for the startup config before comparing', () => {
    const reload = vi.fn();

    renderGuard(
      {
        ...started,
        runtime: undefined,
        settings: { ...started.settings, region: 'us-east-1' },
      },
      reload,
    );

    expect(reload).not.toHaveBeenCalled();
  });
});
