import FormField from '@cloudscape-design/components/form-field';
import Select from '@cloudscape-design/components/select';

import { useDraftStore } from '@/draft/draft-context';
import type { IssuePath } from '@/model/issue';

import { fieldId } from '../fields/field-id';
import { issueText } from '../fields/issue-text';
import { useIsReadOnly, useIssuesAt } from '../fields/use-field';
import { usePresentKeys } from '../ecs/use-present-keys';
import { VOLUME_SOURCES } from './volume-sources';

/**
 * Where a pod volume comes from: exactly one source. Choosing another source
 * replaces the old one, whose settings go with it.
 */
export function EksVolumeSource({ path }: { readonly path: IssuePath }) {
  const store = useDraftStore();
  const isReadOnly = useIsReadOnly();
  const present = usePresentKeys(path);
  const sources = VOLUME_SOURCES.filter((s) => present.includes(s.value));
  const issues = useIssuesAt(path);
  const id = `${fieldId(path)}:source`;

  const handleChange = (source: string) => {
    if (present.includes(source)) return;
    store.setValue([...path, source], {});
    for (const old of sources) store.setValue([...path, old.value], undefined);
  };

  return (
    <FormField
      label="Volume source"
      description="A volume takes exactly one source."
      controlId={id}
      {...issueText(issues)}
    >
      <Select
        controlId={id}
        options={VOLUME_SOURCES}
        selectedOption={sources[0] ?? null}
        placeholder="Choose a source"
        disabled={isReadOnly}
        invalid={issues.some((issue) => issue.severity === 'error')}
        onChange={({ detail }) =>
          handleChange(detail.selectedOption.value ?? '')
        }
      />
    </FormField>
  );
}
