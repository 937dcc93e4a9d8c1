import { JobDefinitionsView } from '@/features/history/job-definitions-view';

/** `/job-definitions`. */
export function JobDefinitionsPage() {
  return <JobDefinitionsView />;
}
