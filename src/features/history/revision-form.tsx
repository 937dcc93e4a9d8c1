import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo } from 'react';

import { normalizeForCompare } from '@/model/compare/normalize-for-compare';
import { fieldInfo } from '@/model/field-info';
import { isRecord } from '@/model/shapes/is-record';

import { fieldLabel } from './field-label';
import { flattenFields } from './flatten-fields';

const SECTION_TITLES: Readonly<Record<string, string>> = {
  consumableResourceProperties: 'Consumable resources',
};

// A section is a block the form groups on its own: any object, or a list
// of objects (a list of plain values stays a general field).
const isSection = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  !(Array.isArray(value) && value.every((item) => typeof item !== 'object'));

function FieldList({
  value,
  path,
}: {
  readonly value: unknown;
  readonly path: readonly string[];
}) {
  const fields = flattenFields(value, path);
  return (
    <KeyValuePairs
      columns={2}
      items={fields.map((field) => ({
        label: field.label,
        value: field.lines.map((line, index) => (
          <Box key={`${index}-${line}`} variant="span" display="block">
            {line}
          </Box>
        )),
      }))}
    />
  );
}

/**
 * The revision's request body, read-only, grouped as the form groups it:
 * general fields first, then one section per block. What AWS adds when it
 * stores a definition (empty lists and objects, default values) is left out,
 * as the compare page's "Hide AWS defaults" leaves it out.
 */
export function RevisionForm({
  request,
}: {
  readonly request: Record<string, unknown>;
}) {
  const meaningful = useMemo(() => {
    const normalized = normalizeForCompare(request);
    return isRecord(normalized) ? normalized : {};
  }, [request]);
  const order = fieldInfo([])?.keys ?? [];
  const entries = Object.entries(meaningful).sort(
    ([a], [b]) => rank(order, a) - rank(order, b),
  );
  const general = Object.fromEntries(
    entries.filter(([, value]) => !isSection(value)),
  );
  const sections = entries.filter(([, value]) => isSection(value));

  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">General</Header>}>
        <FieldList value={general} path={[]} />
      </Container>
      {sections.map(([key, value]) => (
        <Container
          key={key}
          header={
            <Header variant="h2" description={fieldInfo([key])?.description}>
              {SECTION_TITLES[key] ?? fieldLabel(key)}
            </Header>
          }
        >
          <FieldList value={value} path={[key]} />
        </Container>
      ))}
    </SpaceBetween>
  );
}

function rank(order: readonly string[], key: string): number {
  const index = order.indexOf(key);
  return index === -1 ? order.length : index;
}
