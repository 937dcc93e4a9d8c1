import Alert from '@cloudscape-design/components/alert';
import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { ErrorBoundary } from 'react-error-boundary';
import { useNavigate, useParams, useSearchParams } from 'react-router';

import { useAws } from '@/aws/session/aws-context';
import { emulatorUnavailable } from '@/aws/session/emulator-unavailable';

import { CompareErrorFallback } from './compare-error-fallback';
import { CompareView } from './compare-view';
import { parseCompareParams } from './compare-params';
import { RouterLink } from './router-link';

/**
 * `/job-definitions/:name/compare?a=REV&b=REV`: two revisions of one job
 * definition, or a revision and the current draft, side by side.
 */
export function ComparePage() {
  const { name } = useParams();
  const [search] = useSearchParams();
  const aws = useAws();
  const { connection } = aws;
  const stopped = emulatorUnavailable(aws);
  const navigate = useNavigate();
  const params = parseCompareParams(name, search);

  const crumbs = [
    { text: 'Job definitions', href: '/job-definitions' },
    ...(params.ok
      ? [
          {
            text: params.name,
            href: `/job-definitions/${encodeURIComponent(params.name)}`,
          },
        ]
      : []),
    { text: 'Compare', href: `?${search.toString()}` },
  ];

  return (
    <ContentLayout
      breadcrumbs={
        <BreadcrumbGroup
          ariaLabel="Breadcrumbs"
          items={crumbs}
          onFollow={(event) => {
            event.preventDefault();
            void navigate(event.detail.href);
          }}
        />
      }
      header={<Header variant="h1">Compare revisions</Header>}
    >
      {!params.ok ? (
        <Alert type="error" header={params.title}>
          <ul>
            {params.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Alert>
      ) : connection === undefined ? (
        <StatusIndicator type="loading">Loading the settings</StatusIndicator>
      ) : !connection.ok ? (
        <Alert type="warning" header="Not connected to AWS">
          <SpaceBetween size="xs">
            {stopped && <span>{stopped}</span>}
            <span>
              The revisions come from AWS Batch, and the settings for reaching
              it are not complete.
            </span>
            <RouterLink href="/settings">Open Settings</RouterLink>
          </SpaceBetween>
        </Alert>
      ) : (
        <ErrorBoundary
          FallbackComponent={CompareErrorFallback}
          resetKeys={[search.toString()]}
        >
          <CompareView
            key={`${params.name}?${search.toString()}`}
            name={params.name}
            a={params.a}
            b={params.b}
          />
        </ErrorBoundary>
      )}
    </ContentLayout>
  );
}
