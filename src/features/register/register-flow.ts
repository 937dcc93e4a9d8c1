import {
  AwsRequestError,
  KIND_TITLES,
  type AwsFailure,
} from '@/aws/errors/aws-failure';
import type { DescribedJobDefinition } from '@/aws/operations/describe-input';
import type { RegisteredRevision } from '@/aws/operations/register-job-definition';
import { isSameDefinition } from '@/model/compare/normalize-for-compare';
import {
  RegisterJobDefinition,
  type JobDefinition,
} from '@/model/schema/job-definition';

/** How the flow reaches AWS; a fake in tests. */
export interface RegisterGateway {
  /** The newest ACTIVE revision of a name, as described, if there is one. */
  newestActive(name: string): Promise<DescribedJobDefinition | undefined>;
  register(input: JobDefinition): Promise<RegisteredRevision>;
}

/** Which draft, in which version, a registration was started from. */
export interface DraftMark {
  /** The draft's store: another draft is another owner. */
  readonly owner: object;
  readonly version: number;
}

export type RegisterState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'checking'; readonly mark: DraftMark }
  | {
      readonly phase: 'confirm-identical';
      readonly mark: DraftMark;
      readonly input: JobDefinition;
      readonly newestRevision: number;
    }
  | { readonly phase: 'registering'; readonly mark: DraftMark }
  | {
      readonly phase: 'registered';
      readonly mark: DraftMark;
      readonly result: RegisteredRevision;
    }
  | {
      readonly phase: 'failed';
      readonly mark: DraftMark;
      readonly failure: AwsFailure;
    };

export interface RegisterFlow {
  getState(): RegisterState;
  subscribe(listener: () => void): () => void;
  /** Starts a registration; false (and nothing sent) while one is under way. */
  start(value: unknown, mark: DraftMark, gateway: RegisterGateway): boolean;
  /** Registers the identical revision the user was asked about. */
  confirm(gateway: RegisterGateway): void;
  /** Back to idle: the question declined, or a message dismissed. */
  dismiss(): void;
}

const IDLE: RegisterState = { phase: 'idle' };

function failureOf(error: unknown): AwsFailure {
  if (error instanceof AwsRequestError) return error.failure;
  return {
    kind: 'unknown',
    title: KIND_TITLES.unknown,
    message:
      error instanceof Error && error.message !== ''
        ? error.message
        : 'Registering failed for an unknown reason.',
    nextStep: 'Try again; your draft is unchanged.',
    service: 'batch',
    operation: 'RegisterJobDefinition',
  };
}

const INVALID_DRAFT: AwsFailure = {
  kind: 'invalid-request',
  title: KIND_TITLES['invalid-request'],
  message: 'The draft is not a valid job definition, so nothing was sent.',
  nextStep: 'Fix the problems the editor lists, then register again.',
  service: 'batch',
  operation: 'RegisterJobDefinition',
};

/**
 * Register, step by step: check the newest active revision, ask before
 * registering an identical one, register once however often it is asked.
 */
export function createRegisterFlow(): RegisterFlow {
  let state: RegisterState = IDLE;
  const listeners = new Set<() => void>();
  const set = (next: RegisterState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const isBusy = () =>
    state.phase === 'checking' ||
    state.phase === 'registering' ||
    state.phase === 'confirm-identical';

  const register = async (
    input: JobDefinition,
    mark: DraftMark,
    gateway: RegisterGateway,
  ) => {
    set({ phase: 'registering', mark });
    try {
      set({ phase: 'registered', mark, result: await gateway.register(input) });
    } catch (error) {
      set({ phase: 'failed', mark, failure: failureOf(error) });
    }
  };

  const check = async (
    input: JobDefinition,
    mark: DraftMark,
    gateway: RegisterGateway,
  ) => {
    try {
      const newest = await gateway.newestActive(input.jobDefinitionName);
      if (newest && isSameDefinition(input, newest)) {
        set({
          phase: 'confirm-identical',
          mark,
          input,
          newestRevision: newest.revision,
        });
        return;
      }
    } catch (error) {
      set({ phase: 'failed', mark, failure: failureOf(error) });
      return;
    }
    await register(input, mark, gateway);
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start(value, mark, gateway) {
      if (isBusy()) return false;
      // What is sent is the model's parsed value, never the text.
      const parsed = RegisterJobDefinition.safeParse(value);
      if (!parsed.success) {
        set({ phase: 'failed', mark, failure: INVALID_DRAFT });
        return true;
      }
      set({ phase: 'checking', mark });
      void check(parsed.data, mark, gateway);
      return true;
    },
    confirm(gateway) {
      if (state.phase !== 'confirm-identical') return;
      void register(state.input, state.mark, gateway);
    },
    dismiss() {
      if (state.phase === 'checking' || state.phase === 'registering') return;
      set(IDLE);
    },
  };
}
