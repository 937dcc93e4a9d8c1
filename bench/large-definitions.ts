/**
 * Large job definitions for the benchmarks: a multi-container ECS job with 10
 * containers of 50 environment variables each, and a multi-node job with 5
 * node ranges.
 */

const environment = (container: number) =>
  Array.from({ length: 50 }, (_, index) => ({
    name: `SETTING_${container}_${index}`,
    value: `value-${container}-${index}`,
  }));

export function largeEcsDefinition(): Record<string, unknown> {
  return {
    jobDefinitionName: 'large-ecs-job',
    type: 'container',
    platformCapabilities: ['FARGATE'],
    ecsProperties: {
      taskProperties: [
        {
          executionRoleArn: 'arn:aws:iam::123456789012:role/batch-execution',
          networkConfiguration: { assignPublicIp: 'ENABLED' },
          containers: Array.from({ length: 10 }, (_, index) => ({
            name: `worker-${index}`,
            image: `public.ecr.aws/docker/library/busybox:1.${index}`,
            essential: index === 0,
            command: ['sh', '-c', `echo worker ${index}`],
            environment: environment(index),
            resourceRequirements: [
              { type: 'VCPU', value: '0.25' },
              { type: 'MEMORY', value: '512' },
            ],
          })),
        },
      ],
    },
  };
}

export function largeMultiNodeDefinition(): Record<string, unknown> {
  const ranges = ['0:0', '1:9', '10:19', '20:29', '30:'];
  return {
    jobDefinitionName: 'large-multinode-job',
    type: 'multinode',
    nodeProperties: {
      numNodes: 40,
      mainNode: 0,
      nodeRangeProperties: ranges.map((targetNodes, index) => ({
        targetNodes,
        container: {
          image: `123456789012.dkr.ecr.us-east-1.amazonaws.com/mpi:${index}`,
          command: ['mpirun', '--rank', String(index)],
          instanceType: 'c5.4xlarge',
          environment: environment(index).slice(0, 20),
          resourceRequirements: [
            { type: 'VCPU', value: '16' },
            { type: 'MEMORY', value: '30000' },
          ],
        },
      })),
    },
  };
}

/** The large definition of a benchmark by its name: `ecs` or `multinode`. */
export function largeDefinition(name: string): Record<string, unknown> {
  return name === 'multinode'
    ? largeMultiNodeDefinition()
    : largeEcsDefinition();
}
