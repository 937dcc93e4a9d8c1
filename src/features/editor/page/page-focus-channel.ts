import {
  createFocusChannel,
  type FocusChannel,
  type FocusRequest,
} from '../focus-request';

/** The focus channel the page hands to its views and the problems list. */
export interface PageFocusChannel extends FocusChannel {
  /** Sends a request to the views, once the page shows the right tab. */
  deliver(request: FocusRequest): void;
  /** Drops a request not yet picked up (the user moved on). */
  forget(): void;
}

// Long enough for Monaco to load on a slow, busy machine after its tab opens;
// the page also forgets the request as soon as the user switches tabs.
const REPLAY_MS = 30_000;

/**
 * `request` goes to the page (which switches tabs, then calls `deliver`).
 * A view that subscribes shortly after a delivery, such as the JSON view
 * whose editor is still loading when its tab opens, gets that request too.
 */
export function createPageFocusChannel(
  onRequest: (request: FocusRequest) => void,
  now: () => number = Date.now,
): PageFocusChannel {
  const views = createFocusChannel();
  let last: { request: FocusRequest; at: number } | null = null;

  return {
    request: onRequest,
    subscribe(listener) {
      const unsubscribe = views.subscribe(listener);
      if (last && now() - last.at < REPLAY_MS) listener(last.request);
      return unsubscribe;
    },
    deliver(request) {
      last = { request, at: now() };
      views.request(request);
    },
    forget() {
      last = null;
    },
  };
}
