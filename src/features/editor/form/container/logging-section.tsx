import Button from '@cloudscape-design/components/button';

import { useDraftStore } from '@/draft/draft-context';
import { FARGATE_LOG_DRIVERS, LOG_DRIVERS } from '@/model/constants';
import { fieldInfo } from '@/model/field-info';
import type { IssuePath } from '@/model/issue';

import { BlockIssues } from '../block-issues';
import { ChoiceField } from '../fields/choice-field';
import { MapField } from '../fields/map-field';
import { useIsReadOnly } from '../fields/use-field';
import { FormSection } from '../form-section';
import { RemainingFields } from '../remaining-fields';
import { useIsPresent } from '../use-presence';
import { groupCoverage, type ContainerContext } from './container-groups';
import { NameValueFromList } from './environment-section';

interface LoggingSectionProps {
  readonly path: IssuePath;
  readonly context: ContainerContext;
  readonly variant: 'container' | 'default';
}

/** The log driver of a container, its options and secret options. */
export function LoggingSection({
  path,
  context,
  variant,
}: LoggingSectionProps) {
  const store = useDraftStore();
  const isReadOnly = useIsReadOnly();
  const log = [...path, 'logConfiguration'];
  const isPresent = useIsPresent(log);
  const drivers = context.isFargate
    ? [...FARGATE_LOG_DRIVERS, 'awsfirelens']
    : [...LOG_DRIVERS];

  return (
    <FormSection
      title="Logging"
      description={fieldInfo(log)?.description}
      coverage={groupCoverage(path, 'logging')}
      anchor={log}
      variant={variant}
      defaultExpanded={false}
    >
      <BlockIssues path={log} />
      <ChoiceField
        path={[...log, 'logDriver']}
        label="Log driver"
        options={drivers}
      />
      <MapField
        path={[...log, 'options']}
        label="Options"
        addText="Add option"
        keyLabel="Option"
      />
      <NameValueFromList
        path={[...log, 'secretOptions']}
        label="Secret options"
      />
      <RemainingFields
        path={log}
        omit={['logDriver', 'options', 'secretOptions']}
      />
      {isPresent && (
        <div>
          <Button
            disabled={isReadOnly}
            onClick={() => store.setValue(log, undefined)}
          >
            Remove log configuration
          </Button>
        </div>
      )}
    </FormSection>
  );
}
