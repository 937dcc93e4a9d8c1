import ExpandableSection from '@cloudscape-design/components/expandable-section';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

import type { IssuePath } from '@/model/issue';

import { useEditorServices } from '../../editor-context';
import { fieldId } from '../fields/field-id';
import { isUnder } from '../fields/path-key';
import { useIssuesBelow } from '../fields/use-field';
import { issueCounts } from './issue-counts';

interface IssueSectionProps {
  /** The part of the draft the section shows: it counts the issues below. */
  readonly path: IssuePath;
  /** Count only the issues under these paths (each under `path`). */
  readonly within?: readonly IssuePath[];
  /** Leave out the issues under these paths (shown by another section). */
  readonly exclude?: readonly IssuePath[];
  /**
   * The path whose problems jump to this section (`path` by default), or null
   * when each field inside has its own place and the section needs no id.
   */
  readonly anchor?: IssuePath | null;
  readonly title: string;
  readonly description?: string;
  /** A container section on the page, or a lighter one inside a panel. */
  readonly variant?: 'container' | 'default';
  readonly defaultExpanded?: boolean;
  readonly children: ReactNode;
}

/**
 * A collapsible group of fields whose header counts the errors and warnings
 * inside it, so a collapsed section still says it holds problems. It starts
 * open when it holds problems, and opens itself when one is selected.
 */
export function IssueSection(props: IssueSectionProps) {
  const { path, title, variant = 'default' } = props;
  const anchor = props.anchor === undefined ? path : props.anchor;
  const { focus } = useEditorServices();
  const scopeKey = JSON.stringify([path, props.within, props.exclude]);
  const covers = useMemo(
    () => coverage(path, props.within, props.exclude),
    // The same paths in new arrays are the same scope.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [scopeKey],
  );
  const issues = useIssuesBelow(path).filter((issue) => covers(issue.path));
  const [isExpanded, setIsExpanded] = useState(
    props.defaultExpanded === true || issues.length > 0,
  );
  // Fields mount on first opening (a form of ten containers stays light) and
  // then stay mounted, keeping what the user is typing.
  const [hasOpened, setHasOpened] = useState(isExpanded);
  const jumpTarget = useRef<IssuePath | null>(null);
  const counts = issueCounts(issues);

  useEffect(
    () =>
      focus.subscribe((request) => {
        if (request.view !== 'form' || isExpanded || !covers(request.path))
          return;
        jumpTarget.current = request.path;
        setIsExpanded(true);
        setHasOpened(true);
      }),
    [focus, covers, isExpanded],
  );

  // A field that mounted because of a jump is revealed once it exists.
  useEffect(() => {
    const target = jumpTarget.current;
    if (!target || !isExpanded) return;
    jumpTarget.current = null;
    revealNearest(target, path.length);
  }, [isExpanded, path.length]);

  return (
    <ExpandableSection
      id={anchor ? fieldId(anchor) : undefined}
      variant={variant}
      expanded={isExpanded}
      onChange={({ detail }) => {
        setIsExpanded(detail.expanded);
        setHasOpened(true);
      }}
      headerText={
        variant === 'container' || !counts ? title : `${title} (${counts})`
      }
      headerCounter={
        variant === 'container' && counts ? `(${counts})` : undefined
      }
      headerDescription={props.description}
    >
      {hasOpened && <SpaceBetween size="m">{props.children}</SpaceBetween>}
    </ExpandableSection>
  );
}

function coverage(
  path: IssuePath,
  within: readonly IssuePath[] | undefined,
  exclude: readonly IssuePath[] = [],
): (target: IssuePath) => boolean {
  return (target) =>
    (within
      ? within.some((inner) => isUnder(target, inner))
      : isUnder(target, path)) &&
    !exclude.some((outer) => isUnder(target, outer));
}

/** Scrolls to and focuses the element of `target`, or of its nearest parent. */
function revealNearest(target: IssuePath, shortest: number): void {
  for (let length = target.length; length >= shortest; length -= 1) {
    const element = document.getElementById(fieldId(target.slice(0, length)));
    if (element) {
      element.scrollIntoView?.({ block: 'center' });
      element.focus({ preventScroll: true });
      return;
    }
  }
}
