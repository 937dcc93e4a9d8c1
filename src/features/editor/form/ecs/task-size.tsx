import Box from '@cloudscape-design/components/box';

import { useDraftValueSelector } from '@/draft/draft-context';
import type { IssuePath } from '@/model/issue';

/**
 * What the task asks for in all: Batch sizes a multi-container task (and a
 * Fargate task's vCPU and memory pair) by the sum over its containers.
 */
export function TaskSize({
  containersPath,
}: {
  readonly containersPath: IssuePath;
}) {
  const size = useDraftValueSelector(containersPath, sizeText);

  if (size === '') return null;
  return (
    <Box color="text-body-secondary">
      Task size (sum of the containers): {size}
    </Box>
  );
}

function sizeText(containers: unknown): string {
  if (!Array.isArray(containers)) return '';
  const total = (type: string) =>
    containers.reduce<number>((sum, container: unknown) => {
      const entries = field(container, 'resourceRequirements');
      const entry = Array.isArray(entries)
        ? entries.find((e: unknown) => field(e, 'type') === type)
        : undefined;
      const amount = Number(field(entry, 'value'));
      return Number.isFinite(amount) ? sum + amount : sum;
    }, 0);
  const vcpus = total('VCPU');
  const memory = total('MEMORY');
  const gpus = total('GPU');
  return [
    vcpus > 0 ? `${vcpus} vCPU` : '',
    memory > 0 ? `${memory} MiB` : '',
    gpus > 0 ? `${gpus} GPU` : '',
  ]
    .filter((part) => part !== '')
    .join(', ');
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && key in value
    ? Object.getOwnPropertyDescriptor(value, key)?.value
    : undefined;
}
