import type { RegisterState } from './register-flow';

/** What the draft says about registering it. */
export interface DraftCounts {
  readonly hasSyntaxError: boolean;
  readonly errors: number;
  readonly warnings: number;
}

/** Whether the app can reach AWS, from Settings and sign-in. */
export type Reachability = 'loading' | 'ready' | 'sign-in' | 'settings';

export interface RegisterHint {
  /** Why the button is disabled; undefined when it is not. */
  readonly blocker?: string;
  /** What is going on, or what was done. */
  readonly progress?: string;
  readonly registeredAs?: string;
  /** Warnings do not block; they are summarised. */
  readonly warnings?: string;
}

const plural = (count: number, word: string) =>
  `${count} ${word}${count === 1 ? '' : 's'}`;

function blockerOf(counts: DraftCounts, reach: Reachability) {
  if (counts.hasSyntaxError) return 'Fix the JSON syntax error to register.';
  if (counts.errors > 0)
    return `Fix ${plural(counts.errors, 'error')} to register.`;
  if (reach === 'loading') return 'Loading the settings.';
  if (reach === 'sign-in') return 'Sign in (Settings) to register.';
  if (reach === 'settings') return 'Set up AWS in Settings to register.';
  return undefined;
}

/**
 * The line beside the Register button. `isThisDraft` tells whether the
 * flow's state belongs to the draft in view, in its current version.
 */
export function registerHint(
  counts: DraftCounts,
  reach: Reachability,
  state: RegisterState,
  isThisDraft: boolean,
): RegisterHint {
  const blocker = blockerOf(counts, reach);
  const warnings =
    counts.warnings > 0
      ? `${plural(counts.warnings, 'warning')}; registering is allowed.`
      : undefined;
  const progress =
    state.phase === 'checking'
      ? 'Checking the newest revision…'
      : state.phase === 'registering'
        ? 'Registering…'
        : undefined;
  const registeredAs =
    state.phase === 'registered' && isThisDraft
      ? `Registered as ${state.result.jobDefinitionName}:${state.result.revision}`
      : undefined;

  return {
    ...(blocker && { blocker }),
    ...(progress && { progress }),
    ...(registeredAs && { registeredAs }),
    ...(warnings && { warnings }),
  };
}
