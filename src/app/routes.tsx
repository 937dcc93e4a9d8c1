import type { RouteObject } from 'react-router';

import { AppShell } from './app-shell';
import { AppProviders } from './app-providers';
import { EditorRoute } from './pages/editor-route';
import { lazyPage } from './pages/lazy-page';
import { NotFoundPage } from './pages/not-found-page';
import { RootErrorScreen } from './root-error-screen';

// Only the editor is in the first page's code; the other pages load on use.
const JobDefinitionsPage = lazyPage(async () => {
  const page = await import('./pages/job-definitions-page');
  return page.JobDefinitionsPage;
});
const RevisionsPage = lazyPage(async () => {
  const page = await import('./pages/revisions-page');
  return page.RevisionsPage;
});
const ComparePage = lazyPage(async () => {
  const page = await import('@/features/compare/compare-page');
  return page.ComparePage;
});
const RevisionPage = lazyPage(async () => {
  const page = await import('./pages/revision-page');
  return page.RevisionPage;
});
const SettingsPage = lazyPage(async () => {
  const page = await import('@/features/settings/settings-page');
  return page.SettingsPage;
});

/** Every page of the app, under the shell. */
export const routes: RouteObject[] = [
  {
    element: (
      <AppProviders>
        <AppShell />
      </AppProviders>
    ),
    errorElement: <RootErrorScreen />,
    children: [
      { index: true, element: <EditorRoute /> },
      { path: 'job-definitions', element: <JobDefinitionsPage /> },
      { path: 'job-definitions/:name', element: <RevisionsPage /> },
      { path: 'job-definitions/:name/compare', element: <ComparePage /> },
      // Also where Register's success message links.
      { path: 'job-definitions/:name/:revision', element: <RevisionPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
