import ColumnLayout from '@cloudscape-design/components/column-layout';
import type { ReactNode } from 'react';

import { PropertiesSection } from '../blocks/properties-section';
import { COLLAPSE_ABOVE, ItemListField } from '../fields/item-list-field';
import { NumberField } from '../fields/number-field';
import { RemainingFields } from '../remaining-fields';
import { NodeRangeForm } from './node-range-form';

const PATH = ['nodeProperties'];

interface MultinodeSectionProps {
  readonly isFargate: boolean;
  /** A warning when the job is not multi-node. */
  readonly notice?: ReactNode;
}

/** Number of nodes, main node and the node ranges of a multi-node job. */
export function MultinodeSection({ isFargate, notice }: MultinodeSectionProps) {
  return (
    <PropertiesSection
      title="Multi-node"
      path={PATH}
      variant="container"
      notice={notice}
    >
      <ColumnLayout columns={2}>
        <NumberField path={[...PATH, 'numNodes']} label="Number of nodes" />
        <NumberField path={[...PATH, 'mainNode']} label="Main node" />
      </ColumnLayout>
      <ItemListField
        path={[...PATH, 'nodeRangeProperties']}
        label="Node ranges"
        addText="Add node range"
        collapseAbove={COLLAPSE_ABOVE}
        newItem={() => ({ container: {} })}
        itemLabel={(index, item) => rangeTitle(index, item)}
        renderItem={(range) => (
          <NodeRangeForm path={range} isFargate={isFargate} />
        )}
      />
      <RemainingFields
        path={PATH}
        omit={['numNodes', 'mainNode', 'nodeRangeProperties']}
      />
    </PropertiesSection>
  );
}

function rangeTitle(index: number, item: unknown): string {
  const nodes =
    typeof item === 'object' && item !== null && 'targetNodes' in item
      ? item.targetNodes
      : undefined;
  return typeof nodes === 'string' && nodes !== ''
    ? `Node range ${index + 1}: nodes ${nodes}`
    : `Node range ${index + 1}`;
}
