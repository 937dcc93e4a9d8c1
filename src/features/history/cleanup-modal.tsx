import Box from '@cloudscape-design/components/box';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import { useState } from 'react';

import type { DescribedJobDefinition } from '@/aws/operations/describe-input';

import { DeregisterModal } from './deregister-modal';
import { count } from './count';
import { defaultKeep, revisionsBeyondNewest } from './keep-newest-active';

interface CleanupModalProps {
  readonly name: string;
  readonly revisions: readonly DescribedJobDefinition[];
  readonly isBusy: boolean;
  readonly onConfirm: (arns: readonly string[]) => void;
  readonly onCancel: () => void;
}

function parseKeep(text: string): number | undefined {
  const keep = Number(text);
  return text.trim() !== '' && Number.isInteger(keep) && keep >= 1
    ? keep
    : undefined;
}

/** Keeps the newest N active revisions and deregisters the other active ones. */
export function CleanupModal({
  name,
  revisions,
  isBusy,
  onConfirm,
  onCancel,
}: CleanupModalProps) {
  const active = revisions.filter((each) => each.status === 'ACTIVE').length;
  const [keepText, setKeepText] = useState(() => String(defaultKeep(active)));
  const keep = parseKeep(keepText);
  const arns =
    keep === undefined
      ? []
      : revisionsBeyondNewest(revisions, keep).map(
          (revision) => revision.jobDefinitionArn,
        );

  return (
    <DeregisterModal
      header={`Keep the newest active revisions of ${name}`}
      arns={arns}
      isBusy={isBusy}
      onConfirm={() => onConfirm(arns)}
      onCancel={onCancel}
    >
      <FormField
        label="Active revisions to keep"
        description="The newest ones stay active; the other active revisions are deregistered."
        errorText={
          keep === undefined ? 'Enter a whole number of 1 or more.' : undefined
        }
      >
        <Input
          type="number"
          inputMode="numeric"
          value={keepText}
          onChange={({ detail }) => setKeepText(detail.value)}
        />
      </FormField>
      {keep !== undefined && arns.length === 0 && (
        <Box variant="p">
          Nothing to deregister: {name} has {count(active, 'active revision')}.
        </Box>
      )}
    </DeregisterModal>
  );
}
