import { describe, expect, it } from 'vitest';

import { summarizeRevision } from './summarize-revision';

const sizes = (value: unknown) => {
  const { vcpus, memoryMiB } = summarizeRevision(value);
  return [vcpus, memoryMiB];
};

describe('summarizeRevision', () => {
  it('reads vCPU and memory from resourceRequirements', () => {
    expect(
      sizes({
        type: 'container',
        containerProperties: {
          resourceRequirements: [
            { type: 'MEMORY', value: '4096' },
            { type: 'VCPU', value: '0.5' },
            { type: 'GPU', value: '1' },
          ],
        },
      }),
    ).toEqual([0.5, 4096]);
  });

  it('falls back to the legacy vcpus and memory fields', () => {
    expect(sizes({ containerProperties: { vcpus: 2, memory: 1024 } })).toEqual([
      2, 1024,
    ]);
  });

  it('prefers resourceRequirements over the legacy fields', () => {
    expect(
      sizes({
        containerProperties: {
          vcpus: 2,
          memory: 1024,
          resourceRequirements: [{ type: 'VCPU', value: '4' }],
        },
      }),
    ).toEqual([4, 1024]);
  });

  it('adds up the containers of an ECS task', () => {
    const summary = summarizeRevision({
      platformCapabilities: ['FARGATE'],
      ecsProperties: {
        taskProperties: [
          {
            containers: [
              {
                image: 'app',
                resourceRequirements: [
                  { type: 'VCPU', value: '1' },
                  { type: 'MEMORY', value: '2048' },
                ],
              },
              {
                image: 'sidecar',
                resourceRequirements: [
                  { type: 'VCPU', value: '0.25' },
                  { type: 'MEMORY', value: '512' },
                ],
              },
            ],
          },
        ],
      },
    });

    expect(summary).toMatchObject({
      platform: 'Fargate',
      image: 'app, sidecar',
      vcpus: 1.25,
      memoryMiB: 2560,
    });
  });

  it('reads EKS requests, or limits, as Kubernetes quantities', () => {
    const summary = summarizeRevision({
      eksProperties: {
        podProperties: {
          containers: [
            {
              image: 'a',
              resources: { requests: { cpu: '500m', memory: '1Gi' } },
            },
            {
              image: 'b',
              resources: { limits: { cpu: '1', memory: '512Mi' } },
            },
          ],
        },
      },
    });

    expect(summary).toMatchObject({
      platform: 'EKS',
      vcpus: 1.5,
      memoryMiB: 1536,
    });
  });

  it('shows the first node range of a multi-node job', () => {
    const summary = summarizeRevision({
      type: 'multinode',
      nodeProperties: {
        nodeRangeProperties: [
          { container: { image: 'main', vcpus: 8, memory: 16384 } },
          { container: { image: 'worker', vcpus: 2, memory: 4096 } },
        ],
      },
    });

    expect(summary).toMatchObject({
      type: 'Multi-node',
      platform: 'EC2',
      image: 'main',
      vcpus: 8,
      memoryMiB: 16384,
    });
  });

  it('leaves sizes it cannot read empty instead of guessing', () => {
    expect(
      sizes({
        containerProperties: {
          resourceRequirements: [{ type: 'VCPU', value: 'lots' }],
          memory: 'big',
        },
      }),
    ).toEqual([undefined, undefined]);
  });

  it('lists tags as key=value', () => {
    expect(
      summarizeRevision({ tags: { team: 'data', empty: '' } }).tags,
    ).toEqual(['team=data', 'empty']);
  });
});
