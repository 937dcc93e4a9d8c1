import FormField from '@cloudscape-design/components/form-field';
import Tiles from '@cloudscape-design/components/tiles';
import { useState } from 'react';

import { useDraftStore } from '@/draft/draft-context';
import { valueAt } from '@/draft/value-at';
import type { IssuePath } from '@/model/issue';
import { formatPath } from '@/model/path';

import { ConfirmChange, type PlannedChange } from './confirm-change';
import { useIsReadOnly } from './fields/use-field';
import { usePresentKeys } from './use-presence';

export interface BlockOption {
  /** The key of the block in its parent object. */
  readonly key: string;
  readonly label: string;
  readonly description?: string;
  /** What a new block of this kind starts as. */
  readonly skeleton: () => unknown;
}

interface BlockChoiceProps {
  readonly parentPath: IssuePath;
  readonly options: readonly BlockOption[];
  readonly label: string;
  readonly description?: string;
  /** An option for "none of them", such as a Docker-managed volume. */
  readonly none?: { readonly label: string; readonly description?: string };
  /** Fields that stop applying with a block, such as platform for EKS. */
  readonly alsoRemove?: (key: string) => readonly IssuePath[];
}

const NONE = '';

/**
 * One of several mutually exclusive blocks (container, ECS or EKS; a volume's
 * source). Choosing another adds its block; a block that would be replaced
 * is only removed after the user confirms exactly what goes.
 */
export function BlockChoice(props: BlockChoiceProps) {
  const { parentPath, options } = props;
  const store = useDraftStore();
  const isReadOnly = useIsReadOnly();
  const [change, setChange] = useState<PlannedChange | null>(null);
  const present = usePresentKeys(
    parentPath,
    options.map((option) => option.key),
  );
  const selected =
    present.length > 0 ? String(present[0]) : props.none ? NONE : null;

  const handleChoose = (key: string) => {
    if (key === selected || present.includes(key)) return;
    const value = store.getState().value;
    const removed = [
      ...present.map((other) => [...parentPath, other]),
      ...(props.alsoRemove?.(key) ?? []),
    ].filter((path) => valueAt(value, path) !== undefined);
    const option = options.find((candidate) => candidate.key === key);
    const apply = () => {
      if (option) store.setValue([...parentPath, key], option.skeleton());
      for (const path of removed) store.setValue(path, undefined);
    };
    if (removed.length === 0) {
      apply();
      return;
    }
    setChange({
      title: `Switch to ${option?.label ?? props.none?.label ?? key}?`,
      steps: [
        ...(option ? [`Adds ${formatPath([...parentPath, key])}.`] : []),
        ...removed.map(
          (path) =>
            `Removes ${formatPath(path)} and everything in it from the JSON.`,
        ),
      ],
      confirmText: 'Switch',
      apply,
    });
  };

  return (
    <FormField label={props.label} description={props.description} stretch>
      <Tiles
        value={selected}
        readOnly={isReadOnly}
        onChange={({ detail }) => handleChoose(detail.value)}
        items={[
          ...options.map((option) => ({
            value: option.key,
            label: option.label,
            description: option.description,
          })),
          ...(props.none
            ? [
                {
                  value: NONE,
                  label: props.none.label,
                  description: props.none.description,
                },
              ]
            : []),
        ]}
      />
      <ConfirmChange change={change} onClose={() => setChange(null)} />
    </FormField>
  );
}
