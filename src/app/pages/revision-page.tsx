import { useParams } from 'react-router';

import { RevisionView } from '@/features/history/revision-view';

/** `/job-definitions/:name/:revision`. */
export function RevisionPage() {
  const { name = '', revision = '' } = useParams();
  return (
    <RevisionView key={`${name}:${revision}`} name={name} revision={revision} />
  );
}
