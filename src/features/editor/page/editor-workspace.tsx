import Grid from '@cloudscape-design/components/grid';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Tabs, { type TabsProps } from '@cloudscape-design/components/tabs';
import {
  lazy,
  Suspense,
  useEffect,
  useMemo,
  useState,
  type CSSProperties,
} from 'react';
import { flushSync } from 'react-dom';

import type { PasteConversion } from '../convert-paste';
import { EditorServicesProvider } from '../editor-context';
import type { EditorView, FocusChannel } from '../focus-request';
import { FormView } from '../form/form-view';
import { ProblemsPanel } from '../problems/problems-panel';
import { createPageFocusChannel } from './page-focus-channel';
import { ViewBoundary } from './view-boundary';

// Monaco is large: its chunk loads when the JSON tab first opens, never with
// the page, so the form is usable before it arrives.
const JsonView = lazy(() => import('../json/json-view'));

// Beside a long form, the problems stay in view while the form scrolls.
const PROBLEMS_STYLE: CSSProperties = {
  position: 'sticky',
  top: '1rem',
  maxHeight: 'calc(100vh - 2rem)',
  overflowY: 'auto',
};

interface EditorWorkspaceProps {
  /** The current draft; the views start afresh when it changes. */
  readonly draftId: string;
  readonly reportPaste: (conversion: PasteConversion) => void;
  /** Jump requests from outside the editor, passed on to the views. */
  readonly focusRequests?: FocusChannel;
}

/** The form and JSON tabs of one draft, and its problems. */
export function EditorWorkspace({
  draftId,
  reportPaste,
  focusRequests,
}: EditorWorkspaceProps) {
  const [activeTab, setActiveTab] = useState<EditorView>('form');
  const [focus] = useState(() => {
    const channel = createPageFocusChannel((request) => {
      // The tab must be shown before the view can scroll to and focus the
      // place, so the switch is committed first.
      flushSync(() => setActiveTab(request.view));
      channel.deliver(request);
    });
    return channel;
  });
  const services = useMemo(
    () => ({ focus, reportPaste }),
    [focus, reportPaste],
  );

  useEffect(() => () => focus.forget(), [focus, draftId]);
  useEffect(
    () => focusRequests?.subscribe((request) => focus.request(request)),
    [focusRequests, focus],
  );

  const tabs: TabsProps.Tab[] = [
    {
      id: 'form',
      label: 'Form',
      contentRenderStrategy: 'eager',
      content: (
        <ViewBoundary key={draftId} viewName="form" otherViewName="JSON view">
          <FormView />
        </ViewBoundary>
      ),
    },
    {
      id: 'json',
      label: 'JSON',
      // Kept mounted once opened, so Monaco's undo history survives switches.
      contentRenderStrategy: 'lazy',
      content: (
        <ViewBoundary key={draftId} viewName="JSON view" otherViewName="form">
          <Suspense
            fallback={
              <StatusIndicator type="loading">
                Loading the JSON editor
              </StatusIndicator>
            }
          >
            <JsonView />
          </Suspense>
        </ViewBoundary>
      ),
    },
  ];

  return (
    <EditorServicesProvider value={services}>
      <Grid
        gridDefinition={[
          { colspan: { default: 12, s: 8 } },
          { colspan: { default: 12, s: 4 } },
        ]}
      >
        <Tabs
          ariaLabel="Editor views"
          activeTabId={activeTab}
          tabs={tabs}
          onChange={({ detail }) => {
            const id = detail.activeTabId;
            if (id !== 'form' && id !== 'json') return;
            focus.forget();
            setActiveTab(id);
          }}
        />
        <div style={PROBLEMS_STYLE}>
          <ProblemsPanel />
        </div>
      </Grid>
    </EditorServicesProvider>
  );
}
