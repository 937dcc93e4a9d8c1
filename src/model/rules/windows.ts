import { asRecord, asString, has } from '../view';
import { allEcsContainers, type Located, type Rule } from './context';

const NOT_ON_WINDOWS = [
  'linuxParameters',
  'privileged',
  'user',
  'ulimits',
  'readonlyRootFilesystem',
];

/** Windows containers run on x86 and take no Linux-only settings. */
export const windowsContainers: Rule = (context, report) => {
  const owners: Located[] = [...context.containers, ...context.tasks];
  for (const owner of owners) {
    const platform = asRecord(owner.value.runtimePlatform);
    const os = asString(platform?.operatingSystemFamily);
    if (os === undefined || os === 'LINUX') continue;
    if (platform?.cpuArchitecture === 'ARM64') {
      report(
        [...owner.path, 'runtimePlatform', 'cpuArchitecture'],
        'error',
        'windows',
        'Windows containers run on X86_64 only.',
      );
    }
    const containers =
      owner.value.containers === undefined
        ? [owner]
        : allEcsContainers(context).filter((c) => c.task === owner);
    for (const container of containers) {
      for (const key of NOT_ON_WINDOWS) {
        if (has(container.value, key)) {
          report(
            [...container.path, key],
            'error',
            'windows',
            `Windows containers do not support ${key}: remove it.`,
          );
        }
      }
    }
    const volumes = Array.isArray(owner.value.volumes)
      ? owner.value.volumes
      : [];
    volumes.forEach((volume: unknown, index: number) => {
      if (has(asRecord(volume), 'efsVolumeConfiguration')) {
        report(
          [...owner.path, 'volumes', index, 'efsVolumeConfiguration'],
          'error',
          'windows',
          'Windows containers cannot mount EFS volumes.',
        );
      }
    });
  }
};
