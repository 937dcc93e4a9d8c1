import { useEffect } from 'react';

import { useEditorServices } from '../editor-context';
import { findTarget, focusTarget, openAround } from './reveal-target';

// Sections open on the same request; their content is usable a frame later.
const SETTLE_MS = 30;

/**
 * Answers "show this path in the form": opens the sections that hold it,
 * scrolls to its control (or the nearest block that has one) and focuses it.
 */
export function useFormFocus(): void {
  const { focus } = useEditorServices();

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = focus.subscribe((request) => {
      if (request.view !== 'form') return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const target = findTarget(document, request.path);
        if (!target) return;
        if (openAround(target)) {
          timer = setTimeout(() => focusTarget(target), SETTLE_MS);
        } else {
          focusTarget(target);
        }
      }, SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [focus]);
}
