import Button from '@cloudscape-design/components/button';
import { useState } from 'react';

import { currentDraft, readLibrary } from '@/draft/draft-library';

import { browserStorage } from './browser-storage';

type CopyState = 'idle' | 'copied' | 'failed' | 'empty';

const LABELS: Record<CopyState, string> = {
  idle: 'Copy saved draft JSON',
  copied: 'Copied',
  failed: 'Copy refused by the browser',
  empty: 'No saved draft',
};

/** Copies the current saved draft straight from storage, for crash screens. */
export function CopySavedDraftButton() {
  const [state, setState] = useState<CopyState>('idle');

  const handleClick = async () => {
    const storage = browserStorage();
    const library = storage ? readLibrary(storage) : undefined;
    const draft = library ? currentDraft(library) : undefined;
    if (!draft) {
      setState('empty');
      return;
    }
    try {
      await navigator.clipboard.writeText(draft.text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <Button iconName="copy" onClick={() => void handleClick()}>
      {LABELS[state]}
    </Button>
  );
}
