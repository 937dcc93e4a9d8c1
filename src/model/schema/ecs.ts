import * as z from 'zod';

import {
  DEPENDENCY_CONDITIONS,
  FIRELENS_TYPES,
  IPC_MODES,
  NETWORK_MODES,
  PID_MODES,
} from '../constants';
import { flag, integer, oneOf, stringList, stringMap, text } from './base';
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

const TaskContainerDependency = z
  .strictObject({
    containerName: text('Name of the container this one waits for.').optional(),
    condition: oneOf(
      DEPENDENCY_CONDITIONS,
      'What to wait for: START, COMPLETE or SUCCESS. COMPLETE and SUCCESS need a non-essential container.',
    ).optional(),
  })
  .meta({
    description: 'A container that must reach a state before this one starts.',
  });

const FirelensConfiguration = z
  .strictObject({
    type: oneOf(FIRELENS_TYPES, 'Log router: fluentbit or fluentd.'),
    options: stringMap(
      'Options of the log router, such as enable-ecs-log-metadata.',
    ).optional(),
  })
  .meta({
    description: 'Makes this container the FireLens log router of the task.',
  });

const TaskContainerProperties = z
  .strictObject({
    name: text(
      'Name of the container, unique in the task; used by dependsOn and overrides.',
    ).optional(),
    image: text(
      'Image to run, such as repository-url/image:tag or repository-url/image@digest.',
    ),
    command: stringList('Command passed to the container.').optional(),
    essential: flag(
      'Whether the task stops when this container stops. Default true; at least one container must be essential.',
    ).optional(),
    dependsOn: z
      .array(TaskContainerDependency)
      .meta({ description: 'Containers this one waits for before it starts.' })
      .optional(),
    environment: z
      .array(KeyValuePair)
      .meta({
        description:
          'Environment variables. Keep secrets in secrets, not here.',
      })
      .optional(),
    firelensConfiguration: FirelensConfiguration.optional(),
    linuxParameters: LinuxParameters.optional(),
    logConfiguration: LogConfiguration.optional(),
    mountPoints: z
      .array(MountPoint)
      .meta({ description: 'Task volumes mounted into the container.' })
      .optional(),
    privileged: flag(
      'Give the container root-like access to the host. Not on Fargate or Windows.',
    ).optional(),
    readonlyRootFilesystem: flag(
      'Make the root file system of the container read-only. Not on Windows.',
    ).optional(),
    repositoryCredentials: RepositoryCredentials.optional(),
    resourceRequirements: z
      .array(ResourceRequirement)
      .meta({
        description: 'vCPUs, memory and GPUs reserved for the container.',
      })
      .optional(),
    secrets: z
      .array(Secret)
      .meta({ description: 'Secrets exposed as environment variables.' })
      .optional(),
    ulimits: z
      .array(Ulimit)
      .meta({
        description:
          'ulimits of the container. On Fargate only nofile can be set.',
      })
      .optional(),
    user: text(
      'User to run as: user, user:group, uid, uid:gid, user:gid or uid:group. Not on Windows.',
    ).optional(),
    startTimeout: integer(
      'Seconds to wait for dependencies before giving up on this container; at least 2, at most 120 on Fargate.',
    )
      .min(2, { error: 'Must be at least 2 seconds.' })
      .optional(),
    stopTimeout: integer(
      'Seconds between the stop signal and a forced kill; at least 2, at most 120 on Fargate.',
    )
      .min(2, { error: 'Must be at least 2 seconds.' })
      .optional(),
  })
  .meta({ description: 'One container of a multi-container ECS task.' });

const EcsTaskProperties = z
  .strictObject({
    containers: z
      .array(TaskContainerProperties)
      .min(1, { error: 'Add at least one container.' })
      .max(10, { error: 'A task can have at most 10 containers.' })
      .meta({ description: 'The containers of the task: 1 to 10.' }),
    ephemeralStorage: EphemeralStorage.optional(),
    executionRoleArn: text(
      'ARN of the IAM role Batch uses to pull images, write logs and read secrets. Required on Fargate.',
    ).optional(),
    platformVersion: text(
      'Fargate platform version: LATEST (the default), 1.4.0 or 1.3.0. Fargate only.',
    ).optional(),
    ipcMode: oneOf(
      IPC_MODES,
      'IPC namespace of the containers: host, task or none. Not on Fargate.',
    ).optional(),
    taskRoleArn: text(
      'ARN of the IAM role the containers use for AWS calls.',
    ).optional(),
    pidMode: oneOf(
      PID_MODES,
      'Process namespace of the containers: host or task.',
    ).optional(),
    networkConfiguration: NetworkConfiguration.optional(),
    runtimePlatform: RuntimePlatform.optional(),
    volumes: z
      .array(Volume)
      .meta({ description: 'Volumes shared by the containers of the task.' })
      .optional(),
    enableExecuteCommand: flag(
      'Turn on ECS Exec for every container of the task.',
    ).optional(),
    networkMode: oneOf(
      NETWORK_MODES,
      'Network mode of the task: host. Only for ECS Managed Instances.',
    ).optional(),
  })
  .meta({ description: 'The ECS task of the job.' });

/** `ecsProperties`, and the `ecsProperties` of a multi-node range. */
export const EcsProperties = z
  .strictObject({
    taskProperties: z
      .array(EcsTaskProperties)
      .length(1, { error: 'Give exactly one task.' })
      .meta({ description: 'The task of the job; exactly one.' }),
  })
  .meta({
    id: 'EcsProperties',
    description:
      'A multi-container ECS job (EC2, Fargate or Managed Instances).',
  });
