import ExpandableSection from '@cloudscape-design/components/expandable-section';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useEffect, useMemo, useState, type ReactNode } from 'react';

import type { IssuePath } from '@/model/issue';

import { useEditorServices } from '../editor-context';
import { covers, type Coverage } from './coverage';
import { fieldId } from './fields/field-id';
import { issueCountText } from './issue-count-text';
import { useIssueCounts } from './use-issue-counts';

interface FormSectionProps {
  readonly title: string;
  readonly description?: string;
  /** What the section shows: its counts and the problems that open it. */
  readonly coverage: Coverage;
  /** The block whose problems land on the section itself. */
  readonly anchor?: IssuePath;
  /** A page-level container, or a lighter section inside a panel. */
  readonly variant?: 'container' | 'default';
  readonly defaultExpanded?: boolean;
  readonly children: ReactNode;
}

/**
 * A collapsible group of fields. Its header counts the errors and warnings
 * inside, so a collapsed section still says it holds problems, and it opens
 * itself when a problem inside it is selected. Its fields mount when it
 * first opens.
 */
export function FormSection(props: FormSectionProps) {
  const { coverage, variant = 'container' } = props;
  const { focus } = useEditorServices();
  const { errors, warnings } = useIssueCounts(coverage);
  // A section holding a problem starts open, so the problem is easy to find.
  const [isExpanded, setIsExpanded] = useState(
    (props.defaultExpanded ?? true) || errors + warnings > 0,
  );
  // A section that was never opened has no fields yet: a long form mounts
  // only what is shown. Once opened, its fields stay mounted.
  const [hasOpened, setHasOpened] = useState(isExpanded);
  const counts = issueCountText(errors, warnings);
  const scope = JSON.stringify([coverage.within, coverage.exclude ?? []]);
  // The same paths in new arrays are the same coverage.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stable = useMemo(() => coverage, [scope]);

  useEffect(
    () =>
      focus.subscribe((request) => {
        if (request.view === 'form' && covers(stable, request.path)) {
          setIsExpanded(true);
          setHasOpened(true);
        }
      }),
    [focus, stable],
  );

  const section = (
    <ExpandableSection
      variant={variant}
      expanded={isExpanded}
      onChange={({ detail }) => {
        setIsExpanded(detail.expanded);
        if (detail.expanded) setHasOpened(true);
      }}
      headerText={
        variant === 'container' || !counts
          ? props.title
          : `${props.title} (${counts})`
      }
      headerCounter={
        variant === 'container' && counts ? `(${counts})` : undefined
      }
      headerDescription={props.description}
    >
      {hasOpened && <SpaceBetween size="l">{props.children}</SpaceBetween>}
    </ExpandableSection>
  );
  if (!props.anchor) return section;
  return <div id={fieldId(props.anchor)}>{section}</div>;
}
