import { useEffect, useState, useSyncExternalStore } from 'react';

import { createDraftSession } from './draft-session';

/**
 * The saved drafts of this browser, kept in `storage`. Pending changes are
 * written when the page is hidden or closed, and drafts that another tab adds
 * or renames show up here.
 */
export function useDraftSession(
  storage: Storage | undefined,
  starter: { readonly name: string; readonly text: string },
) {
  const [session] = useState(() => createDraftSession(storage, { starter }));
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);

  useEffect(() => {
    const handleHide = () => session.flush();
    const handleVisibility = () => {
      if (document.visibilityState === 'hidden') session.flush();
    };
    const handleStorage = (event: StorageEvent) => {
      if (event.storageArea === storage) session.refresh();
    };
    window.addEventListener('pagehide', handleHide);
    document.addEventListener('visibilitychange', handleVisibility);
    window.addEventListener('storage', handleStorage);
    return () => {
      window.removeEventListener('pagehide', handleHide);
      document.removeEventListener('visibilitychange', handleVisibility);
      window.removeEventListener('storage', handleStorage);
      session.flush();
    };
  }, [session, storage]);

  return { session, snapshot };
}
