import Alert from '@cloudscape-design/components/alert';
import SpaceBetween from '@cloudscape-design/components/space-between';

import { useDraftIssueSelector } from '@/draft/draft-context';

import { ConsumableFields } from './blocks/consumable-fields';
import { EcsBlock } from './blocks/ecs-block';
import { EksBlock } from './blocks/eks-block';
import { PropertiesSection } from './blocks/properties-section';
import { ContainerSections } from './container/container-sections';
import { fieldId } from './fields/field-id';
import { GeneralSection } from './general/general-section';
import { MultinodeSection } from './multinode/multinode-section';
import { NotApplicableAlert } from './not-applicable';
import { useFormFocus } from './use-form-focus';
import { useFormShape } from './use-form-shape';
import { useIsPresent } from './use-presence';

/**
 * The form view of the draft, grouped as the Batch console groups a job
 * definition. Sections follow the job's shape only, so typing re-renders
 * just the field typed in. While the JSON text does not parse, the form shows
 * the last good value read-only and says where the syntax error is.
 */
export function FormView() {
  const syntaxError = useDraftIssueSelector((state) => state.syntaxError);
  const shape = useFormShape();
  const hasConsumables = useIsPresent(['consumableResourceProperties']);
  const isFargate = shape.platform === 'FARGATE';
  const single = !shape.isMultinode;
  useFormFocus();

  const notForMultinode = (block: string) =>
    single ? undefined : (
      <NotApplicableAlert
        path={[block]}
        label={block}
        where="multi-node jobs, whose node ranges hold their containers"
        fix="set the type to single-node"
      />
    );

  return (
    <div id={fieldId([])}>
      <SpaceBetween size="l">
        {syntaxError && (
          <Alert
            type="warning"
            header="The form is read-only until the JSON parses"
          >
            The JSON has a syntax error at line {syntaxError.line}, column{' '}
            {syntaxError.column} ({syntaxError.line}:{syntaxError.column}):{' '}
            {syntaxError.message}. The form shows the last version that parsed.
          </Alert>
        )}
        <GeneralSection shape={shape} />
        {shape.hasContainerProperties && (
          <ContainerSections
            path={['containerProperties']}
            context={{ isFargate, isMultinode: false }}
            variant="container"
            notice={notForMultinode('containerProperties')}
          />
        )}
        {shape.hasEcsProperties && (
          <EcsBlock
            path={['ecsProperties']}
            notice={notForMultinode('ecsProperties')}
          />
        )}
        {shape.hasEksProperties && (
          <EksBlock
            path={['eksProperties']}
            notice={notForMultinode('eksProperties')}
          />
        )}
        {(shape.isMultinode || shape.hasNodeProperties) && (
          <MultinodeSection
            isFargate={isFargate}
            notice={
              single && (
                <NotApplicableAlert
                  path={['nodeProperties']}
                  label="nodeProperties"
                  where="single-node jobs"
                  fix="set the type to multi-node"
                />
              )
            }
          />
        )}
        <PropertiesSection
          title="Consumable resources"
          path={['consumableResourceProperties']}
          variant="container"
          defaultExpanded={hasConsumables}
        >
          <ConsumableFields path={['consumableResourceProperties']} />
        </PropertiesSection>
      </SpaceBetween>
    </div>
  );
}
