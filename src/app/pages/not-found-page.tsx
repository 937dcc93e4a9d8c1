import { useLocation } from 'react-router';

import { PlaceholderPage } from './placeholder-page';

export function NotFoundPage() {
  const { pathname } = useLocation();

  return (
    <PlaceholderPage title="Page not found" description={pathname}>
      There is no page at this address. The editor, the job definitions and the
      settings are in the navigation on the left.
    </PlaceholderPage>
  );
}
