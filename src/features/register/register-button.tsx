import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';

import { useDraftSelector, useDraftStore } from '@/draft/draft-context';

import { IdenticalModal } from './identical-modal';
import { registerHint } from './register-hint';
import { useDraftCounts } from './use-draft-counts';
import type { RegisterAction } from './use-register';
import { useReachability } from './use-reachability';

interface RegisterButtonProps {
  readonly register: RegisterAction;
}

/** The Register button, with why it is disabled and what it did. */
export function RegisterButton({ register }: RegisterButtonProps) {
  const store = useDraftStore();
  const { flow, state, gateway } = register;
  // A boolean, not the version: the button re-renders when the mark starts
  // or stops applying, not on every keystroke.
  const isThisDraft = useDraftSelector(
    (draft) =>
      state.phase !== 'idle' &&
      state.mark.owner === store &&
      state.mark.version === draft.version,
  );
  const counts = useDraftCounts();
  const reach = useReachability();
  const hint = registerHint(counts, reach, state, isThisDraft);
  const isBusy = state.phase === 'checking' || state.phase === 'registering';

  const handleRegister = () => {
    const draft = store.getState();
    if (gateway)
      flow.start(
        draft.value,
        { owner: store, version: draft.version },
        gateway,
      );
  };

  return (
    <SpaceBetween direction="horizontal" size="xs" alignItems="center">
      {hint.blocker && <Box color="text-status-inactive">{hint.blocker}</Box>}
      {hint.progress && <Box color="text-status-inactive">{hint.progress}</Box>}
      {hint.registeredAs && (
        <StatusIndicator type="success">{hint.registeredAs}</StatusIndicator>
      )}
      {hint.warnings && (
        <StatusIndicator type="warning">{hint.warnings}</StatusIndicator>
      )}
      <Button
        variant="primary"
        disabled={hint.blocker !== undefined || !gateway}
        loading={isBusy}
        onClick={handleRegister}
      >
        Register
      </Button>
      {state.phase === 'confirm-identical' && (
        <IdenticalModal
          name={state.input.jobDefinitionName}
          newestRevision={state.newestRevision}
          onCancel={() => flow.dismiss()}
          onRegister={() => gateway && flow.confirm(gateway)}
        />
      )}
    </SpaceBetween>
  );
}
