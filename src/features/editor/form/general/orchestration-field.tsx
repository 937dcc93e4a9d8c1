import type { IssuePath } from '@/model/issue';

import { BlockChoice, type BlockOption } from '../block-choice';

/** The ways a job (or a node range) describes what it runs. */
export function orchestrationOptions(
  containerKey: 'containerProperties' | 'container',
): readonly BlockOption[] {
  return [
    {
      key: containerKey,
      label: 'Container properties',
      description: 'One ECS container, on EC2 or Fargate.',
      skeleton: () => ({}),
    },
    {
      key: 'ecsProperties',
      label: 'ECS properties',
      description: 'An ECS task of one or more containers.',
      skeleton: () => ({ taskProperties: [{ containers: [{}] }] }),
    },
    {
      key: 'eksProperties',
      label: 'EKS properties',
      description: 'A Kubernetes pod on Amazon EKS.',
      skeleton: () => ({ podProperties: { containers: [{}] } }),
    },
  ];
}

// EKS jobs take no platform and cannot propagate tags.
const notForEks = (key: string): readonly IssuePath[] =>
  key === 'eksProperties' ? [['platformCapabilities'], ['propagateTags']] : [];

/** Container properties, ECS properties or EKS properties, for type container. */
export function OrchestrationField() {
  return (
    <BlockChoice
      parentPath={[]}
      label="Orchestration"
      description="What the job runs: exactly one of these blocks."
      options={orchestrationOptions('containerProperties')}
      alsoRemove={notForEks}
    />
  );
}
