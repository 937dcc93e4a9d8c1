import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import { useMemo } from 'react';

import { useDraftStore, useDraftValueSelector } from '@/draft/draft-context';
import type { IssuePath } from '@/model/issue';

import { pathKey } from '../fields/path-key';
import { useIsReadOnly } from '../fields/use-field';
import { fargateAdvice } from './fargate-advice';
import { resourceEntry } from './resource-entries';

/**
 * On Fargate, a vCPU and memory pair that Fargate does not offer comes with a
 * one-click fix: the smallest allowed memory at or above the requested one.
 */
export function FargatePairFix({ path }: { readonly path: IssuePath }) {
  const store = useDraftStore();
  const isReadOnly = useIsReadOnly();
  const key = pathKey(path);
  const select = useMemo(
    () => (container: unknown) => {
      const vcpu = resourceEntry(container, 'VCPU')?.amount;
      const memory = resourceEntry(container, 'MEMORY');
      return JSON.stringify([vcpu, memory?.amount, memory?.index]);
    },
    // The path is compared by its key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );
  const [vcpu, memory, memoryIndex]: unknown[] = JSON.parse(
    useDraftValueSelector(path, select),
  );

  if (typeof vcpu !== 'number' || typeof memory !== 'number') return null;
  const advice = fargateAdvice(vcpu, memory);
  if (!advice) return null;

  return (
    <Alert
      type="error"
      header="Fargate does not offer this vCPU and memory pair"
      action={
        advice.kind === 'raise-memory' && typeof memoryIndex === 'number' ? (
          <Button
            disabled={isReadOnly}
            onClick={() =>
              store.setValue(
                [...path, 'resourceRequirements', memoryIndex, 'value'],
                String(advice.memory),
              )
            }
          >
            Set memory to {advice.memory} MiB
          </Button>
        ) : undefined
      }
    >
      {advice.message}
    </Alert>
  );
}
