import type { IssuePath } from '@/model/issue';

/** Which view should show a place of the draft. */
export type EditorView = 'form' | 'json';

export interface FocusRequest {
  readonly view: EditorView;
  readonly path: IssuePath;
}

type FocusListener = (request: FocusRequest) => void;

/**
 * A small channel from the problems list (and other links) to the views: the
 * page switches to the requested tab, then the view reveals the field or the
 * text range at that path.
 */
export interface FocusChannel {
  request(request: FocusRequest): void;
  subscribe(listener: FocusListener): () => void;
}

export function createFocusChannel(): FocusChannel {
  const listeners = new Set<FocusListener>();
  return {
    request(request) {
      for (const listener of listeners) listener(request);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
