import * as z from 'zod';

import { ENABLED_DISABLED } from '../constants';
import { integer, oneOf, text } from './base';

const Host = z
  .strictObject({
    sourcePath: text(
      'Path on the host to mount. Without it Docker picks a path that does not outlive the container.',
    ).optional(),
  })
  .meta({ description: 'A path on the host instance (not on Fargate).' });

const EfsAuthorizationConfig = z
  .strictObject({
    accessPointId: text(
      'EFS access point ID (fsap-...). Needs transit encryption, and rootDirectory omitted or "/".',
    ).optional(),
    iam: oneOf(
      ENABLED_DISABLED,
      'Mount with the job role. ENABLED needs transit encryption and a job role. Default DISABLED.',
    ).optional(),
  })
  .meta({ description: 'How the job is authorised on the EFS file system.' });

const EfsVolumeConfiguration = z
  .strictObject({
    fileSystemId: text('ID of the Amazon EFS file system (fs-...).'),
    rootDirectory: text(
      'Directory of the file system to mount as the root; at most 4,096 characters. Omitted means "/".',
    )
      .max(4096, { error: 'Must be at most 4,096 characters.' })
      .optional(),
    transitEncryption: oneOf(
      ENABLED_DISABLED,
      'Encrypt data in transit. Must be ENABLED with IAM authorisation or an access point. Default DISABLED.',
    ).optional(),
    transitEncryptionPort: integer(
      'Port for encrypted traffic, 0 to 65535. Omitted means the EFS mount helper chooses.',
    )
      .min(0, { error: 'Must be a port from 0 to 65535.' })
      .max(65535, { error: 'Must be a port from 0 to 65535.' })
      .optional(),
    authorizationConfig: EfsAuthorizationConfig.optional(),
  })
  .meta({ description: 'An Amazon EFS file system mounted as a volume.' });

const S3FilesVolumeConfiguration = z
  .strictObject({
    fileSystemArn: text('ARN of the Amazon S3 Files file system.'),
    rootDirectory: text(
      'Directory of the file system to mount as the root.',
    ).optional(),
    transitEncryptionPort: integer('Port for encrypted traffic.').optional(),
    accessPointArn: text('ARN of the S3 Files access point.').optional(),
  })
  .meta({ description: 'An Amazon S3 Files file system mounted as a volume.' });

export const Volume = z
  .strictObject({
    name: text(
      'Name of the volume, used by mountPoints[].sourceVolume: up to 255 letters, digits, hyphens and underscores.',
    )
      .regex(/^[A-Za-z0-9_-]{1,255}$/, {
        error: 'Use 1 to 255 letters, digits, hyphens (-) and underscores (_).',
      })
      .optional(),
    host: Host.optional(),
    efsVolumeConfiguration: EfsVolumeConfiguration.optional(),
    s3filesVolumeConfiguration: S3FilesVolumeConfiguration.optional(),
  })
  .meta({
    id: 'Volume',
    description: 'A data volume the containers can mount.',
  });
