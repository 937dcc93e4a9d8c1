import Alert from '@cloudscape-design/components/alert';
import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useNavigate } from 'react-router';

import { useRevision } from '@/aws/operations/describe-job-definitions';

import { ConnectionGate } from './connection-gate';
import { definitionHref, revisionPageHref } from './history-hrefs';
import { InvalidNameAlert } from './invalid-name-alert';
import { jobDefinitionNameProblem } from './job-definition-name';
import { QueryFailure } from './query-failure';
import { RevisionDetails } from './revision-details';
import { RouteLink } from './route-link';

interface RevisionViewProps {
  readonly name: string;
  /** The revision as the address gives it, not yet checked. */
  readonly revision: string;
}

function RevisionContent({
  name,
  revision,
}: {
  name: string;
  revision: number;
}) {
  const query = useRevision(name, revision);

  if (query.error) {
    return (
      <QueryFailure
        error={query.error}
        what={`Could not load ${name}:${revision}`}
        onRetry={() => void query.refetch()}
      />
    );
  }
  if (query.data === undefined) {
    return (
      <StatusIndicator type="loading">
        Loading {name}:{revision}
      </StatusIndicator>
    );
  }
  if (query.data === null) {
    return (
      <SpaceBetween size="m">
        <Header variant="h1">
          {name}:{revision}
        </Header>
        <Alert type="warning" header={`No revision ${revision} of ${name}`}>
          AWS has no such revision: it may never have existed, or it was
          deregistered more than 180 days ago.{' '}
          <RouteLink href={definitionHref(name)}>
            See the revisions of {name}
          </RouteLink>
        </Alert>
      </SpaceBetween>
    );
  }
  return <RevisionDetails revision={query.data} />;
}

/** `/job-definitions/NAME/REVISION`: one revision, read-only. */
export function RevisionView({ name, revision }: RevisionViewProps) {
  const navigate = useNavigate();
  const number = /^[1-9]\d{0,9}$/.test(revision) ? Number(revision) : undefined;
  const problem = jobDefinitionNameProblem(name);

  return (
    <SpaceBetween size="m">
      <BreadcrumbGroup
        ariaLabel="Breadcrumbs"
        items={[
          { text: 'Job definitions', href: '/job-definitions' },
          { text: name, href: definitionHref(name) },
          {
            text: `Revision ${revision}`,
            href: number ? revisionPageHref(name, number) : '#',
          },
        ]}
        onFollow={(event) => {
          event.preventDefault();
          navigate(event.detail.href);
        }}
      />
      {problem !== undefined ? (
        <InvalidNameAlert name={name} problem={problem} />
      ) : number === undefined ? (
        <Alert type="error" header="Not a revision number">
          “{revision}” is not a revision: revisions are whole numbers from 1.{' '}
          <RouteLink href={definitionHref(name)}>
            See the revisions of {name}
          </RouteLink>
        </Alert>
      ) : (
        <ConnectionGate title={`${name}:${revision}`} what="Revisions">
          <RevisionContent name={name} revision={number} />
        </ConnectionGate>
      )}
    </SpaceBetween>
  );
}
