import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';

import { useDraftStore } from '@/draft/draft-context';
import type { IssuePath } from '@/model/issue';

import { labelFor } from './fields/labels';
import { useIsReadOnly } from './fields/use-field';
import { useIsPresent } from './use-presence';

interface NotApplicableProps {
  /** Whether the field applies to the job's type and platform. */
  readonly applies: boolean;
  readonly path: IssuePath;
  /** The jobs it does not apply to, such as "Fargate jobs". */
  readonly where: string;
  /** What else the user can do, such as "choose the EC2 platform". */
  readonly fix?: string;
  readonly label?: string;
  readonly children: ReactNode;
}

/**
 * Shows a field only where it applies. A field that does not apply but is in
 * the JSON is shown anyway, with a warning: the form never drops it or edits
 * it behind the user's back.
 */
export function NotApplicable(props: NotApplicableProps) {
  const isPresent = useIsPresent(props.path);

  if (props.applies) return props.children;
  if (!isPresent) return null;
  return (
    <SpaceBetween size="xs">
      <NotApplicableAlert {...props} />
      {props.children}
    </SpaceBetween>
  );
}

export function NotApplicableAlert({
  path,
  where,
  fix,
  label,
}: Omit<NotApplicableProps, 'applies' | 'children'>) {
  const store = useDraftStore();
  const isReadOnly = useIsReadOnly();
  const name = label ?? labelFor(path);

  return (
    <Alert
      type="warning"
      action={
        <Button
          disabled={isReadOnly}
          ariaLabel={`Remove ${name}`}
          onClick={() => store.setValue(path, undefined)}
        >
          Remove
        </Button>
      }
    >
      {name} does not apply to {where}: AWS refuses or ignores it. It stays in
      the JSON until you remove it{fix ? ` or ${fix}` : ''}.
    </Alert>
  );
}
