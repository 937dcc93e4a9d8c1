import Box from '@cloudscape-design/components/box';
import Flashbar from '@cloudscape-design/components/flashbar';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { useDraftStore } from '@/draft/draft-context';
import type { RegisteredRevision } from '@/aws/operations/register-job-definition';
import type { IssuePath } from '@/model/issue';

import { EmulatorNotice } from './emulator-notice';
import { RegisterFailure } from './register-failure';
import { revisionHref } from './register-success';
import type { RegisterAction } from './use-register';

interface RegisterStatusProps {
  readonly register: RegisterAction;
  /** Reveals a field of the draft in the form. */
  readonly onShowField: (path: IssuePath) => void;
}

/** What Register did, under the editor's header: success, failure, notices. */
export function RegisterStatus({ register, onShowField }: RegisterStatusProps) {
  const store = useDraftStore();
  const navigate = useNavigate();
  const [dismissed, setDismissed] = useState<RegisteredRevision | null>(null);
  const { flow, state } = register;
  const isThisDraft = state.phase !== 'idle' && state.mark.owner === store;
  const openSettings = () => navigate('/settings');

  return (
    <SpaceBetween size="s">
      <EmulatorNotice onOpenSettings={openSettings} />
      {state.phase === 'registered' &&
        isThisDraft &&
        state.result !== dismissed && (
          <Flashbar
            items={[
              {
                type: 'success',
                header: `Registered ${state.result.jobDefinitionName}:${state.result.revision}`,
                dismissible: true,
                dismissLabel: 'Dismiss message',
                // The draft stays marked as registered until its next edit.
                onDismiss: () => setDismissed(state.result),
                content: (
                  <SpaceBetween size="xxs">
                    <Box color="inherit">{state.result.jobDefinitionArn}</Box>
                    <Link
                      color="inverted"
                      href={revisionHref(state.result)}
                      onFollow={(event) => {
                        event.preventDefault();
                        navigate(revisionHref(state.result));
                      }}
                    >
                      Open {state.result.jobDefinitionName}:
                      {state.result.revision}
                    </Link>
                  </SpaceBetween>
                ),
              },
            ]}
          />
        )}
      {state.phase === 'failed' && isThisDraft && (
        <RegisterFailure
          failure={state.failure}
          onShowField={onShowField}
          onOpenSettings={openSettings}
          onDismiss={() => flow.dismiss()}
        />
      )}
    </SpaceBetween>
  );
}
