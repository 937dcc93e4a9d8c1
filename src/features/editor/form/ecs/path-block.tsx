import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReactNode } from 'react';

import type { IssuePath } from '@/model/issue';

import { fieldId } from '../fields/field-id';
import { OwnIssues } from './own-issues';

interface PathBlockProps {
  /** An object or list of the draft that has no input of its own. */
  readonly path: IssuePath;
  readonly children?: ReactNode;
}

/**
 * The place of an object or list in the form: problems with that path jump
 * here, and the issues about the object itself show above its fields.
 */
export function PathBlock({ path, children }: PathBlockProps) {
  return (
    <div id={fieldId(path)}>
      <SpaceBetween size="s">
        <OwnIssues path={path} />
        {children}
      </SpaceBetween>
    </div>
  );
}
