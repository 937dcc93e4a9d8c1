import { useParams } from 'react-router';

import { RevisionsView } from '@/features/history/revisions-view';

/** `/job-definitions/:name`. */
export function RevisionsPage() {
  const { name = '' } = useParams();
  // A new name is a new page: selection and dialogs start afresh.
  return <RevisionsView key={name} name={name} />;
}
