import ExpandableSection from '@cloudscape-design/components/expandable-section';
import { useEffect, useMemo, useState, type ReactNode } from 'react';

import type { IssuePath } from '@/model/issue';

import { useEditorServices } from '../../editor-context';
import { covers } from '../coverage';
import { issueCountText } from '../issue-count-text';
import { useIssueCounts } from '../use-issue-counts';
import { pathKey } from './path-key';

interface CollapsibleItemProps {
  /** The item: its problems are counted in the header and open it. */
  readonly path: IssuePath;
  readonly header: ReactNode;
  readonly actions: ReactNode;
  readonly defaultExpanded: boolean;
  readonly children: ReactNode;
}

/**
 * One item of a long list (containers, node ranges) as a collapsible panel:
 * its form mounts when it first opens, so ten containers do not put
 * thousands of inputs on the page. It starts open when it holds a problem,
 * counts its problems while closed, and opens when one inside is shown.
 */
export function CollapsibleItem(props: CollapsibleItemProps) {
  const { focus } = useEditorServices();
  const key = pathKey(props.path);
  // The same path in a new array is the same coverage.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const coverage = useMemo(() => ({ within: [props.path] }), [key]);
  const { errors, warnings } = useIssueCounts(coverage);
  const [isExpanded, setIsExpanded] = useState(
    props.defaultExpanded || errors + warnings > 0,
  );
  const [hasOpened, setHasOpened] = useState(isExpanded);
  const counts = issueCountText(errors, warnings);

  useEffect(
    () =>
      focus.subscribe((request) => {
        if (request.view === 'form' && covers(coverage, request.path)) {
          setIsExpanded(true);
          setHasOpened(true);
        }
      }),
    [focus, coverage],
  );

  return (
    <ExpandableSection
      variant="container"
      expanded={isExpanded}
      onChange={({ detail }) => {
        setIsExpanded(detail.expanded);
        if (detail.expanded) setHasOpened(true);
      }}
      headerText={props.header}
      headerCounter={counts ? `(${counts})` : undefined}
      headerActions={props.actions}
    >
      {hasOpened && props.children}
    </ExpandableSection>
  );
}
