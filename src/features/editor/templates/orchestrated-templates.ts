import type { JobTemplate } from './job-template';

export const eksPod: JobTemplate = {
  id: 'eks',
  name: 'EKS pod',
  description:
    'One container in a Kubernetes pod on an EKS compute environment. Set the namespace and service account your cluster uses for Batch jobs.',
  definition: {
    jobDefinitionName: 'my-eks-job',
    type: 'container',
    eksProperties: {
      podProperties: {
        serviceAccountName: 'batch-job',
        metadata: { namespace: 'batch-jobs', labels: { app: 'my-eks-job' } },
        containers: [
          {
            name: 'main',
            image: 'public.ecr.aws/amazonlinux/amazonlinux:2023',
            command: ['echo', 'Hello from EKS'],
            resources: {
              limits: { cpu: '1', memory: '2048Mi' },
            },
          },
        ],
      },
    },
    retryStrategy: { attempts: 1 },
    timeout: { attemptDurationSeconds: 3600 },
  },
};

export const multiNode: JobTemplate = {
  id: 'multi-node',
  name: 'Multi-node parallel',
  description:
    'Four EC2 nodes: node 0 is the main node, nodes 1 to 3 are workers. Set the instance type your compute environment offers.',
  definition: {
    jobDefinitionName: 'my-multi-node-job',
    type: 'multinode',
    nodeProperties: {
      numNodes: 4,
      mainNode: 0,
      nodeRangeProperties: [
        {
          targetNodes: '0:',
          instanceTypes: ['c5.xlarge'],
          container: {
            image: 'public.ecr.aws/amazonlinux/amazonlinux:2023',
            command: [
              'sh',
              '-c',
              'echo Hello from node $AWS_BATCH_JOB_NODE_INDEX',
            ],
            resourceRequirements: [
              { type: 'VCPU', value: '4' },
              { type: 'MEMORY', value: '7168' },
            ],
          },
        },
      ],
    },
    retryStrategy: { attempts: 1 },
    timeout: { attemptDurationSeconds: 7200 },
  },
};

export const multiContainerEcs: JobTemplate = {
  id: 'multi-container-ecs',
  name: 'Multi-container (ECS)',
  description:
    'An application container and a sidecar in one ECS task on EC2; the job ends when the essential application container stops.',
  definition: {
    jobDefinitionName: 'my-multi-container-job',
    type: 'container',
    platformCapabilities: ['EC2'],
    ecsProperties: {
      taskProperties: [
        {
          containers: [
            {
              name: 'app',
              essential: true,
              image: 'public.ecr.aws/amazonlinux/amazonlinux:2023',
              command: ['echo', 'Hello from the application container'],
              resourceRequirements: [
                { type: 'VCPU', value: '1' },
                { type: 'MEMORY', value: '2048' },
              ],
              dependsOn: [{ containerName: 'sidecar', condition: 'START' }],
            },
            {
              name: 'sidecar',
              essential: false,
              image: 'public.ecr.aws/amazonlinux/amazonlinux:2023',
              command: ['sleep', '3600'],
              resourceRequirements: [
                { type: 'VCPU', value: '1' },
                { type: 'MEMORY', value: '512' },
              ],
            },
          ],
        },
      ],
    },
    retryStrategy: { attempts: 1 },
  },
};
