import FormField from '@cloudscape-design/components/form-field';
import Tiles from '@cloudscape-design/components/tiles';
import { useState } from 'react';

import { useDraftStore } from '@/draft/draft-context';

import { ConfirmChange, type PlannedChange } from '../confirm-change';
import { fieldId } from '../fields/field-id';
import { issueText } from '../fields/issue-text';
import { displayText } from '../fields/text-field';
import { useField } from '../fields/use-field';
import { planTypeChange, type JobType } from './type-change';

const TYPES: readonly { value: JobType; label: string; description: string }[] =
  [
    {
      value: 'container',
      label: 'Single-node',
      description: 'One container, ECS task or EKS pod per job (container).',
    },
    {
      value: 'multinode',
      label: 'Multi-node parallel',
      description: 'Several nodes working together, such as MPI (multinode).',
    },
  ];

/** The job type. Switching moves the job's block rather than dropping it. */
export function TypeField() {
  const store = useDraftStore();
  const field = useField(['type']);
  const [change, setChange] = useState<PlannedChange | null>(null);

  const handleChange = (next: JobType) => {
    const plan = planTypeChange(store.getState().value, next);
    const apply = () => {
      for (const edit of plan.edits) store.setValue(edit.path, edit.value);
    };
    if (!plan.isDestructive) {
      apply();
      return;
    }
    setChange({
      title: `Change the type to ${next}?`,
      steps: plan.steps,
      confirmText: 'Change type',
      apply,
    });
  };

  return (
    <FormField
      label="Type"
      description={field.info?.description}
      stretch
      {...issueText(field.issues)}
    >
      <div id={fieldId(['type'])}>
        <Tiles
          value={field.value === undefined ? null : displayText(field.value)}
          readOnly={field.isReadOnly}
          onChange={({ detail }) =>
            handleChange(
              detail.value === 'multinode' ? 'multinode' : 'container',
            )
          }
          items={TYPES.map((type) => ({ ...type }))}
        />
      </div>
      <ConfirmChange change={change} onClose={() => setChange(null)} />
    </FormField>
  );
}
