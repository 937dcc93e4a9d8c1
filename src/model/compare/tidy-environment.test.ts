import { describe, expect, it } from 'vitest';

import { tidyEnvironment } from './tidy-environment';

const variable = (name: string, value?: string | null) => ({ name, value });

describe('tidyEnvironment', () => {
  it('sorts the variables of a container by name', () => {
    const job = {
      containerProperties: {
        environment: [variable('ZONE', 'a'), variable('APP', 'b')],
      },
    };

    tidyEnvironment(job);

    expect(job.containerProperties.environment).toEqual([
      variable('APP', 'b'),
      variable('ZONE', 'a'),
    ]);
  });

  it.each([
    ['an empty value', ''],
    ['a null value', null],
    ['no value', undefined],
  ])('drops a variable with %s, which AWS does not keep', (_name, value) => {
    const job = {
      containerProperties: {
        environment: [variable('EMPTY', value), variable('KEPT', '1')],
      },
    };

    tidyEnvironment(job);

    expect(job.containerProperties.environment).toEqual([
      variable('KEPT', '1'),
    ]);
  });

  it('keeps two variables of one name in their order', () => {
    const job = {
      containerProperties: {
        environment: [
          variable('A', '2'),
          variable('B', '0'),
          variable('A', '1'),
        ],
      },
    };

    tidyEnvironment(job);

    expect(job.containerProperties.environment).toEqual([
      variable('A', '2'),
      variable('A', '1'),
      variable('B', '0'),
    ]);
  });

  it('tidies node range, ECS and EKS containers too', () => {
    const unsorted = () => [variable('B', '1'), variable('A', '1')];
    const sorted = [variable('A', '1'), variable('B', '1')];
    const job = {
      nodeProperties: {
        nodeRangeProperties: [{ container: { environment: unsorted() } }],
      },
      ecsProperties: {
        taskProperties: [{ containers: [{ environment: unsorted() }] }],
      },
      eksProperties: {
        podProperties: {
          containers: [{ env: unsorted() }],
          initContainers: [{ env: unsorted() }],
        },
      },
    };

    tidyEnvironment(job);

    expect(job).toEqual({
      nodeProperties: {
        nodeRangeProperties: [{ container: { environment: sorted } }],
      },
      ecsProperties: {
        taskProperties: [{ containers: [{ environment: sorted }] }],
      },
      eksProperties: {
        podProperties: {
          containers: [{ env: sorted }],
          initContainers: [{ env: sorted }],
        },
      },
    });
  });

  it('leaves an environment that is not a list alone', () => {
    const job = { containerProperties: { environment: { A: '1' } } };

    tidyEnvironment(job);

    expect(job.containerProperties.environment).toEqual({ A: '1' });
  });
});
