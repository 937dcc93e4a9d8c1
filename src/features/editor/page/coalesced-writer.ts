export interface CoalescedWriter {
  /** Asks for a write; writes asked for within the delay become one. */
  schedule(): void;
  /** Writes now if a write is pending. */
  flush(): void;
  cancel(): void;
}

/**
 * Runs `write` at most once per `delayMs`, starting from the first request
 * rather than the last, so a user typing without pause is still saved
 * every `delayMs`.
 */
export function createCoalescedWriter(
  write: () => void,
  delayMs: number,
): CoalescedWriter {
  let timer: ReturnType<typeof setTimeout> | undefined;

  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const run = () => {
    cancel();
    write();
  };

  return {
    schedule() {
      if (timer === undefined) timer = setTimeout(run, delayMs);
    },
    flush() {
      if (timer !== undefined) run();
    },
    cancel,
  };
}
