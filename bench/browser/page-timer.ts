/**
 * Installed in the page before typing (as source text: the bundler that runs
 * the bench would add helpers to a function that the page lacks).
 *
 * For each armed keystroke: t0 in a keydown capture listener; then every
 * animation frame checks whether the change is there (the draft's text, an
 * input's value, rjsf's last onChange); in the first frame where it is, a
 * message posted from that frame's callback runs after its paint and gives
 * t1. Also "work": key until the main thread is next free (the key's own
 * handlers, React's synchronous render), and "change": key until the draft
 * changed (probe pages only).
 */
export const PAGE_TIMER = `(() => {
  if (window.benchTimer) return;
  const probe = window.jobdefBenchProbe;
  let armed = null;

  const after = (fn) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = fn;
    channel.port2.postMessage(0);
  };

  const matches = (a) => {
    if (a.kind === 'draft-text') return probe.text().includes(a.expected);
    const input = document.getElementById(a.inputId);
    const shown = input !== null && input.value === a.expected;
    if (a.kind === 'reference') return shown && window.referenceLastName === a.expected;
    return shown;
  };

  const finish = (a, result) => {
    if (armed === a) armed = null;
    a.resolve(result);
  };

  const waitFrame = (a) => {
    requestAnimationFrame(() => {
      if (armed !== a) return;
      if (performance.now() - a.t0 > 10000) {
        finish(a, { error: 'the change never showed (10 s)' });
      } else if (matches(a)) {
        after(() => {
          const t1 = performance.now();
          finish(a, {
            toPaint: t1 - a.t0,
            work: (a.tIdle ?? t1) - a.t0,
            change: a.tChange === undefined ? null : a.tChange - a.t0,
          });
        });
      } else {
        waitFrame(a);
      }
    });
  };

  window.addEventListener('keydown', () => {
    const a = armed;
    if (a === null || a.t0 !== undefined) return;
    a.t0 = performance.now();
    after(() => { a.tIdle = performance.now(); });
    waitFrame(a);
  }, true);

  if (probe) {
    probe.subscribe(() => {
      const a = armed;
      if (a === null || a.t0 === undefined || a.tChange !== undefined) return;
      if (probe.text().includes(a.expected)) a.tChange = performance.now();
    });
  }

  window.benchTimer = {
    arm(kind, expected, inputId) {
      let resolve;
      const result = new Promise((r) => { resolve = r; });
      armed = { kind, expected, inputId, resolve, t0: undefined };
      window.benchTimer.result = result;
    },
    result: null,
  };
})();`;

export type WatchKind = 'draft-text' | 'input-value' | 'reference';

export interface KeystrokeSample {
  /** Key event until the first frame that shows the change has painted. */
  readonly toPaint: number;
  /** Key event until the main thread is free again. */
  readonly work: number;
  /** Key event until the draft held the change (probe pages only). */
  readonly change: number | null;
}
