import type { RegisterJobDefinitionCommandInput } from '@aws-sdk/client-batch';
import { describe, expectTypeOf, it } from 'vitest';

import type { JobDefinition, JobDefinitionInput } from './job-definition';

type Element<T> = T extends readonly (infer Item)[] ? Element<Item> : T;
type Shape<T> = Element<NonNullable<T>>;

/**
 * The dotted paths of fields that `Sdk` has and `Model` lacks, found by walking
 * both types together through nested objects and lists. Maps (string keys) are
 * leaves.
 */
type MissingFields<Sdk, Model, Prefix extends string = ''> =
  Shape<Sdk> extends infer S
    ? Shape<Model> extends infer M
      ? S extends object
        ? string extends keyof S
          ? never
          : {
              [K in keyof S & string]-?: K extends keyof M
                ? MissingFields<S[K], M[K], `${Prefix}${K}.`>
                : `${Prefix}${K}`;
            }[keyof S & string]
        : never
      : never
    : never;

describe('the model and the SDK', () => {
  it('produces values the SDK accepts as RegisterJobDefinition input', () => {
    expectTypeOf<JobDefinition>().toExtend<RegisterJobDefinitionCommandInput>();
  });

  it('has every field of the SDK input, down to the bottom', () => {
    expectTypeOf<
      MissingFields<RegisterJobDefinitionCommandInput, JobDefinitionInput>
    >().toEqualTypeOf<never>();
  });

  it('names a missing nested field, so the check above can fail', () => {
    type Sdk = {
      a?: { b?: { c?: string; d?: string }[] };
      tags?: Record<string, string>;
    };
    type Model = {
      a?: { b?: { c?: string }[] };
      tags?: Record<string, string>;
    };
    expectTypeOf<MissingFields<Sdk, Model>>().toEqualTypeOf<'a.b.d'>();
  });
});
