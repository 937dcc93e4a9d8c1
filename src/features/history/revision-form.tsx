import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';

import { flattenFields } from './flatten-fields';

const SECTION_TITLES: Readonly<Record<string, string>> = {
  containerProperties: 'Container properties',
  nodeProperties: 'Node properties',
  ecsProperties: 'ECS properties',
  eksProperties: 'EKS properties',
  retryStrategy: 'Retry strategy',
  timeout: 'Timeout',
  parameters: 'Parameters',
  tags: 'Tags',
  consumableResourceProperties: 'Consumable resources',
};

const isSection = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  !(Array.isArray(value) && value.every((item) => typeof item !== 'object'));

function FieldList({ value }: { readonly value: unknown }) {
  const fields = flattenFields(value);
  return (
    <KeyValuePairs
      columns={2}
      items={fields.map((field) => ({
        label: field.label,
        value: field.value,
      }))}
    />
  );
}

/**
 * The revision's request body, read-only, grouped as the form groups it:
 * general fields first, then one section per block.
 */
export function RevisionForm({
  request,
}: {
  readonly request: Record<string, unknown>;
}) {
  const entries = Object.entries(request);
  const general = Object.fromEntries(
    entries.filter(([, value]) => !isSection(value)),
  );
  const sections = entries.filter(([, value]) => isSection(value));

  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">General</Header>}>
        <FieldList value={general} />
      </Container>
      {sections.map(([key, value]) => (
        <Container
          key={key}
          header={
            <Header variant="h2" description={key}>
              {SECTION_TITLES[key] ?? key}
            </Header>
          }
        >
          <FieldList value={value} />
        </Container>
      ))}
    </SpaceBetween>
  );
}
