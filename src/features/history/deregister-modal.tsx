import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { CSSProperties, ReactNode } from 'react';

import { count } from './count';

interface DeregisterModalProps {
  readonly header: string;
  /** The ARN of each revision that would be deregistered. */
  readonly arns: readonly string[];
  readonly isBusy: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** Shown first, such as the cleanup's number of revisions to keep. */
  readonly children?: ReactNode;
}

// Hundreds of ARNs scroll inside the dialog, keeping its buttons in view.
const LIST_STYLE: CSSProperties = { maxHeight: '16rem', overflowY: 'auto' };

/**
 * Asks before deregistering: names every ARN, and says that it cannot be
 * undone.
 */
export function DeregisterModal({
  header,
  arns,
  isBusy,
  onConfirm,
  onCancel,
  children,
}: DeregisterModalProps) {
  return (
    <Modal
      visible
      header={header}
      onDismiss={onCancel}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={arns.length === 0}
              loading={isBusy}
              onClick={onConfirm}
            >
              Deregister {count(arns.length, 'revision')}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        {children}
        {arns.length > 0 && (
          <div>
            <Box variant="p">
              {arns.length === 1
                ? 'This revision will be deregistered:'
                : 'These revisions will be deregistered:'}
            </Box>
            <div style={LIST_STYLE}>
              <ul aria-label="Revisions to deregister">
                {arns.map((arn) => (
                  <li key={arn}>
                    <Box variant="code">{arn}</Box>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        )}
        <Alert type="warning" header="This cannot be undone">
          A deregistered revision becomes inactive: jobs can no longer be
          submitted to it, and inactive revisions cannot be reactivated. AWS
          deletes inactive revisions after 180 days. To use one again, register
          its JSON as a new revision.
        </Alert>
      </SpaceBetween>
    </Modal>
  );
}
