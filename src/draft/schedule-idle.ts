/** Runs `check` later, once. */
export type ScheduleCheck = (check: () => void) => void;

/** At most this long after a keystroke, the issues are those of its text. */
const CHECK_DEADLINE_MS = 100;

/**
 * Runs `check` when the browser is next idle, after the keystroke's frame
 * has painted, or within CHECK_DEADLINE_MS on a busy page; without idle
 * callbacks (Node, jsdom), as the next task.
 */
export function scheduleIdle(check: () => void): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(() => check(), { timeout: CHECK_DEADLINE_MS });
  } else {
    setTimeout(check, 0);
  }
}
