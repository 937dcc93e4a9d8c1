import AppLayout from '@cloudscape-design/components/app-layout';
import SideNavigation, {
  type SideNavigationProps,
} from '@cloudscape-design/components/side-navigation';
import { ErrorBoundary } from 'react-error-boundary';
import { Outlet, useLocation, useNavigate } from 'react-router';

import { AppTopNavigation } from './app-top-navigation';
import { PageErrorFallback } from './page-error-fallback';
import { useColorMode } from './use-color-mode';

const NAVIGATION: SideNavigationProps.Item[] = [
  { type: 'link', text: 'Editor', href: '/' },
  { type: 'link', text: 'Job definitions', href: '/job-definitions' },
  { type: 'link', text: 'Settings', href: '/settings' },
];

// Without these, the navigation's open and close buttons have no name.
const NAVIGATION_LABELS = {
  navigation: 'Navigation',
  navigationToggle: 'Open navigation',
  navigationClose: 'Close navigation',
};

/** The frame of every page: top bar, side navigation, and the page itself. */
export function AppShell() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const { preference, choose } = useColorMode();

  return (
    <>
      <div id="top-navigation">
        <AppTopNavigation colorMode={preference} onColorModeChange={choose} />
      </div>
      <AppLayout
        headerSelector="#top-navigation"
        toolsHide
        ariaLabels={NAVIGATION_LABELS}
        navigation={
          <SideNavigation
            header={{ text: 'jobdef studio', href: '/' }}
            activeHref={pathname}
            items={NAVIGATION}
            onFollow={(event) => {
              if (event.detail.external) return;
              event.preventDefault();
              navigate(event.detail.href);
            }}
          />
        }
        content={
          <ErrorBoundary
            FallbackComponent={PageErrorFallback}
            resetKeys={[pathname]}
          >
            <Outlet />
          </ErrorBoundary>
        }
      />
    </>
  );
}
