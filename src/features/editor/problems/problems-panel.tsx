import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Icon from '@cloudscape-design/components/icon';
import List from '@cloudscape-design/components/list';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useMemo } from 'react';

import { useDraftIssueSelector } from '@/draft/draft-context';
import type { DraftIssue } from '@/draft/draft-state';

import { useEditorServices } from '../editor-context';
import { ProblemActions } from './problem-actions';
import { countText, problemItems, type ProblemItem } from './problem-items';

// Thousands of items (a 5 MB paste) would stall the page for no reader's gain.
const MAX_SHOWN = 200;

/** Every problem of the draft, each with a way to show it in either view. */
export function ProblemsPanel() {
  const syntaxError = useDraftIssueSelector((state) => state.syntaxError);
  // The panel shows paths and messages: ranges moved by an edit above a
  // problem do not re-render it.
  const issues = useDraftIssueSelector((state) => state.issues, sameProblems);
  const { focus } = useEditorServices();

  const items = useMemo(
    () => problemItems(syntaxError, issues),
    [syntaxError, issues],
  );
  const shown = items.slice(0, MAX_SHOWN);

  const renderItem = (item: ProblemItem) => ({
    id: item.id,
    icon: (
      <StatusIndicator
        type={item.severity}
        iconAriaLabel={item.severity === 'error' ? 'Error' : 'Warning'}
      />
    ),
    content: <Box variant="code">{item.location}</Box>,
    secondaryContent: item.message,
    actions: (
      <ProblemActions
        item={item}
        onShow={(view) => focus.request({ view, path: item.path ?? [] })}
      />
    ),
  });

  return (
    <Container
      header={
        <Header
          variant="h2"
          counter={`(${items.length})`}
          description={items.length > 0 ? countText(items) : undefined}
        >
          Problems
        </Header>
      }
    >
      <SpaceBetween size="s">
        {syntaxError && issues.length > 0 && (
          <Box variant="small">
            Until the JSON parses again, the problems below are those of the
            last version that parsed.
          </Box>
        )}
        {items.length === 0 ? (
          // Not a StatusIndicator: its text breaks inside words in a narrow
          // panel ("job d / efinition").
          <Box color="text-status-success">
            <Icon name="status-positive" /> No problems: AWS would accept this
            job definition.
          </Box>
        ) : (
          <List ariaLabel="Problems" items={shown} renderItem={renderItem} />
        )}
        {items.length > shown.length && (
          <Box variant="small">
            Showing the first {shown.length} of {items.length} problems.
          </Box>
        )}
      </SpaceBetween>
    </Container>
  );
}

function sameProblems(a: readonly DraftIssue[], b: readonly DraftIssue[]) {
  return (
    a.length === b.length &&
    a.every((issue, i) => {
      const other = b[i];
      return (
        other !== undefined &&
        issue.message === other.message &&
        issue.severity === other.severity &&
        issue.path.join('\u0000') === other.path.join('\u0000')
      );
    })
  );
}
