import type { JobTemplate } from './job-template';

const ACCOUNT_NOTE =
  'Replace the account 123456789012 in the role ARNs with your own.';

export const ec2Container: JobTemplate = {
  id: 'ec2-container',
  name: 'EC2 container',
  description:
    'A single container on EC2 or Spot compute, with logs in CloudWatch. Set the image and command of your job.',
  definition: {
    jobDefinitionName: 'my-ec2-job',
    type: 'container',
    platformCapabilities: ['EC2'],
    containerProperties: {
      image: 'public.ecr.aws/amazonlinux/amazonlinux:2023',
      command: ['echo', 'Ref::message'],
      resourceRequirements: [
        { type: 'VCPU', value: '1' },
        { type: 'MEMORY', value: '2048' },
      ],
      environment: [{ name: 'LOG_LEVEL', value: 'info' }],
      logConfiguration: { logDriver: 'awslogs' },
    },
    parameters: { message: 'Hello from AWS Batch' },
    retryStrategy: { attempts: 2 },
    timeout: { attemptDurationSeconds: 3600 },
  },
};

export const fargateContainer: JobTemplate = {
  id: 'fargate-container',
  name: 'Fargate container',
  description: `A single container on Fargate: 0.5 vCPU and 1 GiB, a public IP to pull the image. ${ACCOUNT_NOTE}`,
  definition: {
    jobDefinitionName: 'my-fargate-job',
    type: 'container',
    platformCapabilities: ['FARGATE'],
    containerProperties: {
      image: 'public.ecr.aws/amazonlinux/amazonlinux:2023',
      command: ['echo', 'Hello from Fargate'],
      executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
      resourceRequirements: [
        { type: 'VCPU', value: '0.5' },
        { type: 'MEMORY', value: '1024' },
      ],
      networkConfiguration: { assignPublicIp: 'ENABLED' },
      fargatePlatformConfiguration: { platformVersion: 'LATEST' },
      runtimePlatform: {
        operatingSystemFamily: 'LINUX',
        cpuArchitecture: 'X86_64',
      },
      logConfiguration: { logDriver: 'awslogs' },
    },
    retryStrategy: { attempts: 1 },
    timeout: { attemptDurationSeconds: 3600 },
  },
};

export const sleep10: JobTemplate = {
  id: 'sleep10',
  name: 'sleep10 (AWS example)',
  description:
    'The AWS documentation example: busybox sleeping for 10 seconds.',
  definition: {
    jobDefinitionName: 'sleep10',
    type: 'container',
    containerProperties: {
      image: 'busybox',
      command: ['sleep', '10'],
      resourceRequirements: [
        { type: 'MEMORY', value: '128' },
        { type: 'VCPU', value: '1' },
      ],
    },
  },
};

export const sleep30: JobTemplate = {
  id: 'sleep30',
  name: 'sleep30 with tags (AWS example)',
  description:
    'The AWS documentation example with tags: busybox sleeping for 30 seconds.',
  definition: {
    jobDefinitionName: 'sleep30',
    type: 'container',
    containerProperties: {
      image: 'busybox',
      command: ['sleep', '30'],
      resourceRequirements: [
        { type: 'MEMORY', value: '128' },
        { type: 'VCPU', value: '1' },
      ],
    },
    tags: { Department: 'Engineering', User: 'JaneDoe' },
  },
};
