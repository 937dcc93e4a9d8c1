import ColumnLayout from '@cloudscape-design/components/column-layout';

import type { IssuePath } from '@/model/issue';

import { BooleanField } from '../fields/boolean-field';
import { ChoiceField } from '../fields/choice-field';
import { ObjectListField } from '../fields/object-list-field';
import { BoundTextInput, TextField } from '../fields/text-field';
import { IssueSection } from '../ecs/issue-section';

export const POD_SETTINGS = [
  'serviceAccountName',
  'hostNetwork',
  'dnsPolicy',
  'imagePullSecrets',
  'shareProcessNamespace',
];

/** Pod-wide settings: identity, networking, DNS, image pull secrets. */
export function EksPodSettings({ podPath }: { readonly podPath: IssuePath }) {
  const at = (key: string): IssuePath => [...podPath, key];

  return (
    <IssueSection
      path={podPath}
      within={POD_SETTINGS.map(at)}
      title="Pod settings"
      description="The service account, networking and DNS of the pod, and the secrets it pulls images with."
      variant="container"
      defaultExpanded
    >
      <ColumnLayout columns={2}>
        <TextField path={at('serviceAccountName')} />
        <ChoiceField
          path={at('dnsPolicy')}
          unsetLabel="Not set (follows host network)"
        />
      </ColumnLayout>
      <BooleanField path={at('hostNetwork')} defaultValue />
      <BooleanField path={at('shareProcessNamespace')} />
      <ObjectListField
        path={at('imagePullSecrets')}
        addText="Add image pull secret"
        columns={[
          {
            key: 'name',
            label: 'Secret name',
            render: (cell) => (
              <BoundTextInput
                path={cell}
                ariaLabel={`Image pull secret ${Number(cell[cell.length - 2]) + 1}`}
              />
            ),
          },
        ]}
      />
    </IssueSection>
  );
}
