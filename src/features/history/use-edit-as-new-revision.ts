import { useState } from 'react';
import { useNavigate } from 'react-router';

import type { DescribedJobDefinition } from '@/aws/operations/describe-input';

import { editorLocationState } from './opening-notice';
import { saveAsNewDraft } from './save-as-new-draft';

function pageStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Edit as new revision: saves the revision as a new draft and opens the
 * editor on it, telling it what was stripped. `error` says why the browser
 * refused to save.
 */
export function useEditAsNewRevision() {
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);

  const edit = (described: DescribedJobDefinition) => {
    const result = saveAsNewDraft(pageStorage(), described);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setError(null);
    navigate('/', { state: editorLocationState(result.notice) });
  };

  return { edit, error, clearError: () => setError(null) };
}
