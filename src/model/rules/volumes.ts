import { TMPFS_MOUNT_OPTIONS } from '../constants';
import { asRecord, asString, has } from '../view';
import {
  allEcsContainers,
  child,
  located,
  type Located,
  type Report,
  type Rule,
} from './context';

const SOURCES = [
  'host',
  'efsVolumeConfiguration',
  's3filesVolumeConfiguration',
];

/** Volume names, sources, EFS settings and the mount points that use them. */
export const ecsVolumes: Rule = (context, report) => {
  const owners: Located[] = [...context.containers, ...context.tasks];
  for (const owner of owners) {
    const names = new Set<string>();
    for (const volume of located(
      [...owner.path, 'volumes'],
      owner.value.volumes,
    )) {
      const name = asString(volume.value.name);
      if (name !== undefined && names.has(name)) {
        report(
          [...volume.path, 'name'],
          'error',
          'volume-name',
          `Another volume is already named "${name}".`,
        );
      }
      if (name !== undefined) names.add(name);
      const sources = SOURCES.filter((key) => has(volume.value, key));
      if (sources.length > 1) {
        report(
          volume.path,
          'warning',
          'volume-source',
          `Give the volume one source, not ${sources.join(' and ')}.`,
        );
      }
      efs(volume, owner, context.platform === 'FARGATE', report);
    }

    const mounters =
      owner.value.containers === undefined
        ? [owner]
        : context.taskContainers.filter((c) => c.task === owner);
    for (const container of mounters) {
      for (const mount of located(
        [...container.path, 'mountPoints'],
        container.value.mountPoints,
      )) {
        const source = asString(mount.value.sourceVolume);
        if (source !== undefined && source !== '' && !names.has(source)) {
          report(
            [...mount.path, 'sourceVolume'],
            'error',
            'mount-source',
            names.size > 0
              ? `No volume is named "${source}": use one of ${[...names].join(', ')}.`
              : `No volume is named "${source}": add it to volumes.`,
          );
        }
      }
    }
  }
};

function efs(
  volume: Located,
  owner: Located,
  isFargate: boolean,
  report: Report,
): void {
  const config = child(volume, 'efsVolumeConfiguration');
  if (!config) return;
  const auth = asRecord(config.value.authorizationConfig);
  const encrypted = config.value.transitEncryption === 'ENABLED';
  const root = asString(config.value.rootDirectory);
  if (has(auth, 'accessPointId') && asString(auth?.accessPointId) !== '') {
    if (root !== undefined && root !== '/') {
      report(
        [...config.path, 'rootDirectory'],
        'error',
        'efs',
        'With an access point, leave rootDirectory out or set it to "/": the access point sets the root.',
      );
    }
    if (!encrypted) {
      report(
        [...config.path, 'transitEncryption'],
        'error',
        'efs',
        'An access point needs transitEncryption set to "ENABLED".',
      );
    }
  }
  if (auth?.iam === 'ENABLED') {
    if (!encrypted) {
      report(
        [...config.path, 'transitEncryption'],
        'error',
        'efs',
        'IAM authorisation needs transitEncryption set to "ENABLED".',
      );
    }
    const roleKey =
      owner.value.containers === undefined ? 'jobRoleArn' : 'taskRoleArn';
    if (!has(owner.value, roleKey)) {
      report(
        [...config.path, 'authorizationConfig', 'iam'],
        'error',
        'efs',
        `IAM authorisation mounts with the job's role: add ${roleKey}.`,
      );
    }
  }
  const version =
    asString(
      asRecord(owner.value.fargatePlatformConfiguration)?.platformVersion,
    ) ?? asString(owner.value.platformVersion);
  if (isFargate && version === '1.3.0') {
    report(
      config.path,
      'error',
      'efs',
      'EFS volumes on Fargate need platform version 1.4.0 or LATEST.',
    );
  }
}

/** tmpfs paths and options. */
export const tmpfsMounts: Rule = (context, report) => {
  for (const container of allEcsContainers(context)) {
    const linux = child(container, 'linuxParameters');
    if (!linux) continue;
    for (const mount of located([...linux.path, 'tmpfs'], linux.value.tmpfs)) {
      const path = asString(mount.value.containerPath);
      if (path !== undefined && path !== '' && !path.startsWith('/')) {
        report(
          [...mount.path, 'containerPath'],
          'error',
          'tmpfs',
          'Give an absolute path, starting with "/".',
        );
      }
      const options = mount.value.mountOptions;
      (Array.isArray(options) ? options : []).forEach(
        (option: unknown, index: number) => {
          if (typeof option !== 'string' || option === '') return;
          const name = option.split('=')[0] ?? option;
          if (!TMPFS_MOUNT_OPTIONS.includes(name)) {
            report(
              [...mount.path, 'mountOptions', index],
              'error',
              'tmpfs',
              `"${name}" is not a tmpfs mount option AWS accepts such as rw, ro, noexec or nosuid; the size goes in size.`,
            );
          }
        },
      );
    }
  }
};
