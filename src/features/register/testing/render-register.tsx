import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useSyncExternalStore } from 'react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';

import { AwsContext, type AwsContextValue } from '@/aws/session/aws-context';
import { awsContextValue } from '@/aws/testing/aws-context-value';
import { DraftProvider } from '@/draft/draft-context';
import { createDraftStore } from '@/draft/draft-store';

import { RegisterButton } from '../register-button';
import { createRegisterFlow, type RegisterGateway } from '../register-flow';
import { RegisterStatus } from '../register-status';

/** The Register button and status on one draft, as the app composes them. */
export function renderRegister(
  text: string,
  gateway: RegisterGateway | undefined,
  aws: AwsContextValue = awsContextValue(),
) {
  const store = createDraftStore(text);
  const flow = createRegisterFlow();
  const onShowField = vi.fn();

  function Harness() {
    const state = useSyncExternalStore(flow.subscribe, flow.getState);
    const register = { flow, state, gateway };
    return (
      <DraftProvider value={store}>
        <RegisterButton register={register} />
        <RegisterStatus register={register} onShowField={onShowField} />
      </DraftProvider>
    );
  }

  render(
    <AwsContext.Provider value={aws}>
      <MemoryRouter>
        <Harness />
      </MemoryRouter>
    </AwsContext.Provider>,
  );
  return { store, flow, onShowField, user: userEvent.setup() };
}
