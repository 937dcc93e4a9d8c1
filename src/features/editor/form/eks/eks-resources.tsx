import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FormField from '@cloudscape-design/components/form-field';
import SpaceBetween from '@cloudscape-design/components/space-between';

import type { IssuePath } from '@/model/issue';

import { fieldId } from '../fields/field-id';
import { MapField } from '../fields/map-field';
import { OwnIssues } from '../ecs/own-issues';
import { usePresentKeys } from '../ecs/use-present-keys';
import { EksQuantityField } from './eks-quantity-field';

const KNOWN = ['cpu', 'memory', 'nvidia.com/gpu'];
const MAPS: readonly ('requests' | 'limits')[] = ['requests', 'limits'];

/**
 * CPU, memory and GPUs of an EKS container, requested and limited, as plain
 * numbers. Other Kubernetes resources can be edited as raw quantities.
 */
export function EksResources({
  containerPath,
}: {
  readonly containerPath: IssuePath;
}) {
  const base = [...containerPath, 'resources'];
  const limits = usePresentKeys([...base, 'limits']);
  const requests = usePresentKeys([...base, 'requests']);
  const hasOthers = [...limits, ...requests].some(
    (key) => !KNOWN.includes(key),
  );

  return (
    <div id={fieldId(base)}>
      <FormField
        label="Resources"
        description="Batch schedules the pod by its requests; a missing request takes the limit. Memory requests must equal limits."
        stretch
      >
        <SpaceBetween size="m">
          <OwnIssues path={base} />
          <ColumnLayout columns={2}>
            {MAPS.map((map) => (
              <div key={map}>
                <Box variant="h4">
                  {map === 'requests' ? 'Requests' : 'Limits'}
                </Box>
                <QuantityColumn containerPath={containerPath} map={map} />
              </div>
            ))}
          </ColumnLayout>
          <ExpandableSection
            headerText="All limits and requests, as Kubernetes quantities"
            defaultExpanded={hasOthers}
          >
            <SpaceBetween size="m">
              <MapField
                path={[...base, 'limits']}
                addText="Add limit"
                keyLabel="Resource"
                valueLabel="Quantity"
              />
              <MapField
                path={[...base, 'requests']}
                addText="Add request"
                keyLabel="Resource"
                valueLabel="Quantity"
              />
            </SpaceBetween>
          </ExpandableSection>
        </SpaceBetween>
      </FormField>
    </div>
  );
}

function QuantityColumn({
  containerPath,
  map,
}: {
  readonly containerPath: IssuePath;
  readonly map: 'limits' | 'requests';
}) {
  const word = map === 'limits' ? 'limit' : 'request';

  return (
    <SpaceBetween size="s">
      <EksQuantityField
        containerPath={containerPath}
        map={map}
        resource="cpu"
        label={`CPU ${word} (vCPUs)`}
        description="In steps of 0.25, such as 0.5 or 2."
      />
      <EksQuantityField
        containerPath={containerPath}
        map={map}
        resource="memory"
        label={`Memory ${word} (MiB)`}
        description="Whole MiB, at least 4; saved as 2048Mi."
      />
      <EksQuantityField
        containerPath={containerPath}
        map={map}
        resource="nvidia.com/gpu"
        label={`GPU ${word}`}
        description="Whole NVIDIA GPUs."
      />
    </SpaceBetween>
  );
}
