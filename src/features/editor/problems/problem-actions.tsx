import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';

import type { EditorView } from '../focus-request';
import type { ProblemItem } from './problem-items';

interface ProblemActionsProps {
  readonly item: ProblemItem;
  readonly onShow: (view: EditorView) => void;
}

/** "Show in form" and "Show in JSON"; a syntax error is only in the JSON. */
export function ProblemActions({ item, onShow }: ProblemActionsProps) {
  return (
    <SpaceBetween direction="horizontal" size="xs">
      {item.path && (
        <Button
          variant="inline-link"
          ariaLabel={`Show in form: ${item.location}`}
          onClick={() => onShow('form')}
        >
          Show in form
        </Button>
      )}
      <Button
        variant="inline-link"
        ariaLabel={`Show in JSON: ${item.location}`}
        onClick={() => onShow('json')}
      >
        Show in JSON
      </Button>
    </SpaceBetween>
  );
}
