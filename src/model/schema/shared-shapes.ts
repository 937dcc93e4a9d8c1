import * as z from 'zod';

import {
  CPU_ARCHITECTURES,
  DEVICE_PERMISSIONS,
  ENABLED_DISABLED,
  LOG_DRIVERS,
  OPERATING_SYSTEM_FAMILIES,
  RESOURCE_TYPES,
  ULIMIT_NAMES,
} from '../constants';
import { flag, integer, oneOf, stringMap, text } from './base';

/** Shapes used by both `containerProperties` and ECS task containers. */

export const KeyValuePair = z
  .strictObject({
    name: text(
      'Name of the environment variable. Names starting with AWS_BATCH are reserved.',
    ).optional(),
    value: text('Value of the environment variable.').optional(),
  })
  .meta({
    id: 'KeyValuePair',
    description: 'An environment variable set in the container.',
  });

export const Secret = z
  .strictObject({
    name: text(
      'Name of the environment variable (or log option) that receives the secret.',
    ),
    valueFrom: text(
      'ARN of the Secrets Manager secret or Systems Manager parameter. A bare parameter name works only for a parameter in the same Region.',
    ),
  })
  .meta({
    id: 'Secret',
    description:
      'A secret exposed to the container. Needs an execution role that can read it.',
  });

export const MountPoint = z
  .strictObject({
    containerPath: text(
      'Path inside the container where the volume is mounted.',
    ).optional(),
    readOnly: flag('Mount the volume read-only. Default false.').optional(),
    sourceVolume: text(
      'Name of the volume to mount, as given in volumes.',
    ).optional(),
  })
  .meta({
    id: 'MountPoint',
    description: 'A volume mounted into the container.',
  });

export const Ulimit = z
  .strictObject({
    name: oneOf(ULIMIT_NAMES, 'The resource the limit applies to.'),
    softLimit: integer('Soft limit for the resource.'),
    hardLimit: integer('Hard limit for the resource.'),
  })
  .meta({
    id: 'Ulimit',
    description: 'A ulimit set in the container (not on Fargate).',
  });

export const ResourceRequirement = z
  .strictObject({
    type: oneOf(RESOURCE_TYPES, 'The resource: VCPU, MEMORY (MiB) or GPU.'),
    value: text(
      'Amount as a string: vCPUs (for example "1" or "0.25" on Fargate), memory in MiB (for example "2048"), or a whole number of GPUs.',
    ),
  })
  .meta({
    id: 'ResourceRequirement',
    description: 'A resource reserved for the container.',
  });

const Device = z
  .strictObject({
    hostPath: text('Path of the device on the host.'),
    containerPath: text(
      'Path where the device appears in the container. Defaults to hostPath.',
    ).optional(),
    permissions: z
      .array(oneOf(DEVICE_PERMISSIONS, 'A permission on the device.'))
      .meta({ description: 'READ, WRITE and MKNOD; all three by default.' })
      .optional(),
  })
  .meta({ description: 'A host device exposed to the container.' });

const Tmpfs = z
  .strictObject({
    containerPath: text('Absolute path in the container of the tmpfs mount.'),
    size: integer('Size of the tmpfs mount in MiB.').min(1, {
      error: 'Must be at least 1 MiB.',
    }),
    mountOptions: z
      .array(z.string())
      .meta({ description: 'Mount options, such as "rw" or "noexec".' })
      .optional(),
  })
  .meta({ description: 'A tmpfs mount in the container.' });

export const LinuxParameters = z
  .strictObject({
    devices: z
      .array(Device)
      .meta({
        description: 'Host devices exposed to the container (not on Fargate).',
      })
      .optional(),
    initProcessEnabled: flag(
      'Run an init process in the container that forwards signals and reaps processes.',
    ).optional(),
    sharedMemorySize: integer('Size of /dev/shm in MiB (not on Fargate).')
      .min(1, { error: 'Must be at least 1 MiB, or leave it out.' })
      .optional(),
    tmpfs: z
      .array(Tmpfs)
      .meta({ description: 'tmpfs mounts (not on Fargate).' })
      .optional(),
    maxSwap: integer(
      'Swap the container may use, in MiB; 0 turns swap off (EC2 only).',
    )
      .min(0, { error: 'Must be 0 (no swap) or more.' })
      .optional(),
    swappiness: integer(
      'How eagerly memory pages are swapped, 0 to 100; ignored unless maxSwap is set (EC2 only).',
    )
      .min(0, { error: 'Must be from 0 to 100.' })
      .max(100, { error: 'Must be from 0 to 100.' })
      .optional(),
  })
  .meta({
    id: 'LinuxParameters',
    description: 'Linux-specific settings of the container.',
  });

export const LogConfiguration = z
  .strictObject({
    logDriver: oneOf(
      LOG_DRIVERS,
      'Log driver of the container. Fargate supports awslogs and splunk only.',
    ),
    options: stringMap(
      'Options of the log driver, such as awslogs-group or awslogs-stream-prefix.',
    ).optional(),
    secretOptions: z
      .array(Secret)
      .meta({ description: 'Secrets passed to the log driver.' })
      .optional(),
  })
  .meta({
    id: 'LogConfiguration',
    description: 'Where and how the container sends its logs.',
  });

export const NetworkConfiguration = z
  .strictObject({
    assignPublicIp: oneOf(
      ENABLED_DISABLED,
      'Give the task a public IP address. Needed on Fargate in a subnet without a NAT gateway to pull images. Default DISABLED.',
    ).optional(),
  })
  .meta({
    id: 'NetworkConfiguration',
    description: 'Network settings of a Fargate job.',
  });

export const EphemeralStorage = z
  .strictObject({
    sizeInGiB: integer('Ephemeral storage of the task, 21 to 200 GiB.')
      .min(21, { error: 'Must be from 21 to 200 GiB.' })
      .max(200, { error: 'Must be from 21 to 200 GiB.' }),
  })
  .meta({
    id: 'EphemeralStorage',
    description: 'Ephemeral storage of a Fargate task.',
  });

export const RuntimePlatform = z
  .strictObject({
    operatingSystemFamily: oneOf(
      OPERATING_SYSTEM_FAMILIES,
      'Operating system of the container. Default LINUX.',
    ).optional(),
    cpuArchitecture: oneOf(
      CPU_ARCHITECTURES,
      'CPU architecture of the container. Default X86_64; Windows needs X86_64.',
    ).optional(),
  })
  .meta({
    id: 'RuntimePlatform',
    description: 'Operating system and CPU architecture (Fargate).',
  });

export const RepositoryCredentials = z
  .strictObject({
    credentialsParameter: text(
      'ARN of the Secrets Manager secret that holds the registry credentials.',
    ),
  })
  .meta({
    id: 'RepositoryCredentials',
    description: 'Credentials for a private image registry.',
  });
