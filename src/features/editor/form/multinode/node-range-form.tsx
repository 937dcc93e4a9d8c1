import ColumnLayout from '@cloudscape-design/components/column-layout';
import SpaceBetween from '@cloudscape-design/components/space-between';

import type { IssuePath } from '@/model/issue';

import { BlockChoice } from '../block-choice';
import { BlockIssues } from '../block-issues';
import { ConsumableFields } from '../blocks/consumable-fields';
import { EcsBlock } from '../blocks/ecs-block';
import { EksBlock } from '../blocks/eks-block';
import { PropertiesSection } from '../blocks/properties-section';
import { ContainerSections } from '../container/container-sections';
import { StringListField } from '../fields/string-list-field';
import { TextField } from '../fields/text-field';
import { orchestrationOptions } from '../general/orchestration-field';
import { RemainingFields } from '../remaining-fields';
import { usePresentKeys } from '../use-presence';

const RANGE_KEYS = [
  'targetNodes',
  'instanceTypes',
  'container',
  'ecsProperties',
  'eksProperties',
  'consumableResourceProperties',
];
const BLOCKS = ['container', 'ecsProperties', 'eksProperties'];

interface NodeRangeFormProps {
  readonly path: IssuePath;
  readonly isFargate: boolean;
}

/** One node range: its nodes, instance type and what they run. */
export function NodeRangeForm({ path, isFargate }: NodeRangeFormProps) {
  const present = usePresentKeys(path, BLOCKS);
  const context = { isFargate, isMultinode: true };

  return (
    <SpaceBetween size="m">
      <BlockIssues path={path} />
      <ColumnLayout columns={2}>
        <TextField path={[...path, 'targetNodes']} label="Target nodes" />
        <StringListField
          path={[...path, 'instanceTypes']}
          label="Instance types"
        />
      </ColumnLayout>
      <BlockChoice
        parentPath={path}
        label="Orchestration"
        description="What the nodes of this range run: exactly one of these."
        options={orchestrationOptions('container')}
      />
      {present.includes('container') && (
        <ContainerSections
          path={[...path, 'container']}
          context={context}
          variant="default"
        />
      )}
      {present.includes('ecsProperties') && (
        <EcsBlock path={[...path, 'ecsProperties']} />
      )}
      {present.includes('eksProperties') && (
        <EksBlock path={[...path, 'eksProperties']} />
      )}
      <PropertiesSection
        title="Consumable resources"
        path={[...path, 'consumableResourceProperties']}
        variant="default"
        defaultExpanded={false}
      >
        <ConsumableFields path={[...path, 'consumableResourceProperties']} />
      </PropertiesSection>
      <RemainingFields path={path} omit={RANGE_KEYS} />
    </SpaceBetween>
  );
}
