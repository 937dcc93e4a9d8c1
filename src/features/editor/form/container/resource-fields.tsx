import ColumnLayout from '@cloudscape-design/components/column-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo } from 'react';

import { useDraftValueSelector } from '@/draft/draft-context';
import { fieldInfo } from '@/model/field-info';
import type { IssuePath } from '@/model/issue';

import { BoundSelect } from '../fields/bound-select';
import { ObjectListField } from '../fields/object-list-field';
import { pathKey } from '../fields/path-key';
import { ResourceField } from '../fields/resource-field';
import { BoundTextInput } from '../fields/text-field';
import { NotApplicableAlert } from '../not-applicable';
import { rowNumber } from '../row-number';
import type { ContainerContext } from './container-groups';
import { hasIrregularEntries, resourceEntry } from './resource-entries';

interface ResourceFieldsProps {
  readonly path: IssuePath;
  readonly context: ContainerContext;
}

/** vCPUs, memory and GPUs, each stored as a resourceRequirements string. */
export function ResourceFields({ path, context }: ResourceFieldsProps) {
  const listPath = [...path, 'resourceRequirements'];
  const facts = useResourceFacts(path);
  const showGpu = !context.isFargate || facts.gpuIndex !== undefined;

  return (
    <SpaceBetween size="s">
      <Header variant="h3" description={fieldInfo(listPath)?.description}>
        Resources
      </Header>
      <ColumnLayout columns={3}>
        <ResourceField
          containerPath={path}
          type="VCPU"
          label="vCPUs"
          description={
            context.isFargate
              ? '0.25, 0.5, 1, 2, 4, 8, 16 or 32.'
              : 'A whole number of vCPUs.'
          }
        />
        <ResourceField
          containerPath={path}
          type="MEMORY"
          label="Memory (MiB)"
          description="Hard limit, at least 4 MiB."
        />
        {showGpu && (
          <ResourceField
            containerPath={path}
            type="GPU"
            label="Number of GPUs"
            description="Whole GPUs; EC2 only."
          />
        )}
      </ColumnLayout>
      {context.isFargate && facts.gpuIndex !== undefined && (
        <NotApplicableAlert
          path={[...listPath, facts.gpuIndex]}
          label="The GPU entry"
          where="Fargate jobs"
          fix="run on EC2"
        />
      )}
      {facts.isIrregular && (
        <ObjectListField
          path={listPath}
          label="All resource requirements"
          description="Some entries are not one each of VCPU, MEMORY and GPU: edit them here."
          addText="Add resource requirement"
          columns={[
            {
              key: 'type',
              label: 'Type',
              render: (cell) => (
                <BoundSelect
                  path={cell}
                  ariaLabel={`Type ${rowNumber(cell)}`}
                />
              ),
            },
            {
              key: 'value',
              label: 'Value',
              render: (cell) => (
                <BoundTextInput
                  path={cell}
                  ariaLabel={`Value ${rowNumber(cell)}`}
                />
              ),
            },
          ]}
        />
      )}
    </SpaceBetween>
  );
}

function useResourceFacts(path: IssuePath) {
  const key = pathKey(path);
  const select = useMemo(
    () => (container: unknown) => {
      return `${resourceEntry(container, 'GPU')?.index ?? ''}/${hasIrregularEntries(container)}`;
    },
    // The path is compared by its key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );
  const [gpu = '', irregular] = useDraftValueSelector(path, select).split('/');
  return {
    gpuIndex: gpu === '' ? undefined : Number(gpu),
    isIrregular: irregular === 'true',
  };
}
