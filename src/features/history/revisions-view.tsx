import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useNavigate } from 'react-router';

import { ConnectionGate } from './connection-gate';
import { definitionHref } from './history-hrefs';
import { InvalidNameAlert } from './invalid-name-alert';
import { jobDefinitionNameProblem } from './job-definition-name';
import { RevisionsTable } from './revisions-table';

/** `/job-definitions/NAME`: every revision of one job definition. */
export function RevisionsView({ name }: { readonly name: string }) {
  const navigate = useNavigate();
  const problem = jobDefinitionNameProblem(name);

  return (
    <SpaceBetween size="m">
      <BreadcrumbGroup
        ariaLabel="Breadcrumbs"
        items={[
          { text: 'Job definitions', href: '/job-definitions' },
          { text: name, href: definitionHref(name) },
        ]}
        onFollow={(event) => {
          event.preventDefault();
          navigate(event.detail.href);
        }}
      />
      {problem === undefined ? (
        <ConnectionGate title={name} what="Revisions">
          <RevisionsTable name={name} />
        </ConnectionGate>
      ) : (
        <InvalidNameAlert name={name} problem={problem} />
      )}
    </SpaceBetween>
  );
}
