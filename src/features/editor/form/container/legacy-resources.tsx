import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo } from 'react';

import { useDraftStore, useDraftValueSelector } from '@/draft/draft-context';
import { valueAt } from '@/draft/value-at';
import type { IssuePath } from '@/model/issue';

import { NumberField } from '../fields/number-field';
import { pathKey } from '../fields/path-key';
import { useIsReadOnly } from '../fields/use-field';
import { usePresentKeys } from '../use-presence';
import { planLegacyConversion } from './legacy-conversion';

/**
 * The deprecated vcpus and memory, shown with their warnings while present,
 * and a one-click conversion to resourceRequirements that says what it does.
 */
export function LegacyResources({ path }: { readonly path: IssuePath }) {
  const store = useDraftStore();
  const isReadOnly = useIsReadOnly();
  const present = usePresentKeys(path, ['vcpus', 'memory']);
  const key = pathKey(path);
  const select = useMemo(
    () => (container: unknown) =>
      planLegacyConversion(container, path)?.description ?? '',
    // The path is compared by its key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );
  const description = useDraftValueSelector(path, select);

  if (present.length === 0) return null;
  const handleConvert = () => {
    const plan = planLegacyConversion(
      valueAt(store.getState().value, path),
      path,
    );
    for (const edit of plan?.edits ?? []) store.setValue(edit.path, edit.value);
  };

  return (
    <SpaceBetween size="s">
      <ColumnLayout columns={2}>
        {present.includes('vcpus') && (
          <NumberField path={[...path, 'vcpus']} label="vCPUs (deprecated)" />
        )}
        {present.includes('memory') && (
          <NumberField
            path={[...path, 'memory']}
            label="Memory in MiB (deprecated)"
          />
        )}
      </ColumnLayout>
      <Alert
        type="info"
        header="vcpus and memory are deprecated"
        action={
          <Button disabled={isReadOnly} onClick={handleConvert}>
            Convert to resource requirements
          </Button>
        }
      >
        {description}
      </Alert>
    </SpaceBetween>
  );
}
