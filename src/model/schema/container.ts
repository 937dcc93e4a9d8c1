import * as z from 'zod';

import { integer, flag, stringList, text } from './base';
import {
  EphemeralStorage,
  KeyValuePair,
  LinuxParameters,
  LogConfiguration,
  MountPoint,
  NetworkConfiguration,
  RepositoryCredentials,
  ResourceRequirement,
  RuntimePlatform,
  Secret,
  Ulimit,
} from './shared-shapes';
import { Volume } from './volume';

export const FargatePlatformConfiguration = z
  .strictObject({
    platformVersion: text(
      'Fargate platform version: LATEST (the default), 1.4.0 or 1.3.0. EFS volumes need 1.4.0 or LATEST.',
    ).optional(),
  })
  .meta({
    id: 'FargatePlatformConfiguration',
    description: 'Fargate platform settings.',
  });

/** `containerProperties`, and the `container` of a multi-node range. */
export const ContainerProperties = z
  .strictObject({
    image: text(
      'Image to run, such as public.ecr.aws/amazonlinux/amazonlinux:latest or 123456789012.dkr.ecr.us-east-1.amazonaws.com/app@sha256:... (up to 255 characters).',
    ).optional(),
    vcpus: integer(
      'Deprecated: use a VCPU entry in resourceRequirements. Number of vCPUs (EC2 only).',
    )
      .min(1, { error: 'Must be at least 1 vCPU.' })
      .optional(),
    memory: integer(
      'Deprecated: use a MEMORY entry in resourceRequirements. Memory hard limit in MiB (EC2 only).',
    )
      .min(4, { error: 'Must be at least 4 MiB.' })
      .optional(),
    command: stringList(
      'Command passed to the container. Elements such as "Ref::name" are replaced by job parameters.',
    ).optional(),
    jobRoleArn: text(
      'ARN of the IAM role the container uses for AWS calls (the task role).',
    ).optional(),
    executionRoleArn: text(
      'ARN of the IAM role Batch uses to pull images, write logs and read secrets. Required on Fargate.',
    ).optional(),
    volumes: z
      .array(Volume)
      .meta({ description: 'Data volumes of the job.' })
      .optional(),
    environment: z
      .array(KeyValuePair)
      .meta({
        description:
          'Environment variables. Keep secrets in secrets, not here.',
      })
      .optional(),
    mountPoints: z
      .array(MountPoint)
      .meta({ description: 'Volumes mounted into the container.' })
      .optional(),
    readonlyRootFilesystem: flag(
      'Make the root file system of the container read-only.',
    ).optional(),
    privileged: flag(
      'Give the container root-like access to the host. Not on Fargate. Default false.',
    ).optional(),
    ulimits: z
      .array(Ulimit)
      .meta({ description: 'ulimits of the container (not on Fargate).' })
      .optional(),
    user: text('User name to run as inside the container.').optional(),
    instanceType: text(
      'Instance type for the nodes of a multi-node job. Not for single-node jobs or Fargate.',
    ).optional(),
    resourceRequirements: z
      .array(ResourceRequirement)
      .meta({
        description: 'vCPUs, memory and GPUs reserved for the container.',
      })
      .optional(),
    linuxParameters: LinuxParameters.optional(),
    logConfiguration: LogConfiguration.optional(),
    secrets: z
      .array(Secret)
      .meta({ description: 'Secrets exposed as environment variables.' })
      .optional(),
    networkConfiguration: NetworkConfiguration.optional(),
    fargatePlatformConfiguration: FargatePlatformConfiguration.optional(),
    enableExecuteCommand: flag(
      'Turn on ECS Exec, to open a shell in the running container.',
    ).optional(),
    ephemeralStorage: EphemeralStorage.optional(),
    runtimePlatform: RuntimePlatform.optional(),
    repositoryCredentials: RepositoryCredentials.optional(),
  })
  .meta({
    id: 'ContainerProperties',
    description:
      'The container of a single-container ECS job (EC2 or Fargate).',
  });
