import { FARGATE_LOG_DRIVERS } from '../constants';
import { asList, asRecord, asString, has } from '../view';
import { allEcsContainers, child, type Located, type Rule } from './context';

/** Which platform values and top-level fields fit together. */
export const platformCapabilities: Rule = ({ root, platform }, report) => {
  const capabilities = asList(root.platformCapabilities);
  if (platform === 'EKS' && has(root, 'platformCapabilities')) {
    report(
      ['platformCapabilities'],
      'error',
      'platform',
      'EKS job definitions take no platformCapabilities: remove it.',
    );
  }
  if (platform === 'EKS' && has(root, 'propagateTags')) {
    report(
      ['propagateTags'],
      'error',
      'platform',
      'EKS job definitions cannot propagate tags: remove propagateTags.',
    );
  }
  if (capabilities.length > 1) {
    report(
      ['platformCapabilities'],
      'error',
      'platform',
      'Give one platform: ["EC2"], ["FARGATE"] or ["MANAGED_INSTANCES"].',
    );
  }
  if (platform === 'FARGATE' && root.type === 'multinode') {
    report(
      ['platformCapabilities'],
      'error',
      'platform',
      'Multi-node jobs cannot run on Fargate: use EC2, or type "container".',
    );
  }
  if (platform === 'MANAGED_INSTANCES') {
    if (root.type === 'multinode') {
      report(
        ['platformCapabilities'],
        'error',
        'platform',
        'Multi-node jobs cannot run on ECS Managed Instances.',
      );
    }
    if (has(root, 'containerProperties')) {
      report(
        ['containerProperties'],
        'error',
        'platform',
        'ECS Managed Instances needs ecsProperties; containerProperties is not supported there.',
      );
    }
  }
};

/** Fields that Fargate refuses or ignores on containers and tasks. */
export const fargateFields: Rule = (context, report) => {
  if (context.platform !== 'FARGATE') return;

  for (const container of context.containers) {
    const { value, path } = container;
    if (!has(value, 'executionRoleArn')) {
      report(
        [...path, 'executionRoleArn'],
        'error',
        'fargate-execution-role',
        'Fargate jobs need an execution role: add executionRoleArn.',
      );
    }
    if (has(value, 'ulimits')) {
      report(
        [...path, 'ulimits'],
        'warning',
        'fargate-ignored',
        'Fargate ignores ulimits in containerProperties: remove them.',
      );
    }
    if (has(value, 'instanceType')) {
      report(
        [...path, 'instanceType'],
        'warning',
        'fargate-ignored',
        'Fargate does not use instanceType: remove it.',
      );
    }
    hostVolumes(container, report);
  }
  for (const task of context.tasks) {
    if (!has(task.value, 'executionRoleArn')) {
      report(
        [...task.path, 'executionRoleArn'],
        'error',
        'fargate-execution-role',
        'Fargate jobs need an execution role: add executionRoleArn to the task.',
      );
    }
    if (has(task.value, 'ipcMode')) {
      report(
        [...task.path, 'ipcMode'],
        'error',
        'fargate-refused',
        'Fargate does not support ipcMode: remove it.',
      );
    }
    hostVolumes(task, report);
  }
  for (const container of allEcsContainers(context))
    fargateContainer(container, report);
};

function fargateContainer(
  container: Located,
  report: Parameters<Rule>[1],
): void {
  const { value, path } = container;
  if (value.privileged === true) {
    report(
      [...path, 'privileged'],
      'error',
      'fargate-refused',
      'Fargate containers cannot be privileged: remove privileged or set it to false.',
    );
  }
  const linux = child(container, 'linuxParameters');
  for (const key of [
    'devices',
    'maxSwap',
    'swappiness',
    'sharedMemorySize',
    'tmpfs',
  ]) {
    if (linux && has(linux.value, key)) {
      report(
        [...linux.path, key],
        'warning',
        'fargate-ignored',
        `Fargate does not support linuxParameters.${key}: remove it.`,
      );
    }
  }
  const driver = asString(asRecord(value.logConfiguration)?.logDriver);
  if (
    driver !== undefined &&
    !FARGATE_LOG_DRIVERS.includes(driver) &&
    driver !== 'awsfirelens'
  ) {
    report(
      [...path, 'logConfiguration', 'logDriver'],
      'error',
      'fargate-refused',
      `Fargate supports the awslogs and splunk log drivers, not ${driver}.`,
    );
  }
  for (const key of ['startTimeout', 'stopTimeout']) {
    const seconds = value[key];
    if (typeof seconds === 'number' && seconds > 120) {
      report(
        [...path, key],
        'error',
        'fargate-refused',
        `On Fargate ${key} can be at most 120 seconds.`,
      );
    }
  }
}

function hostVolumes(owner: Located, report: Parameters<Rule>[1]): void {
  asList(owner.value.volumes).forEach((volume, index) => {
    if (has(asRecord(volume), 'host')) {
      report(
        [...owner.path, 'volumes', index, 'host'],
        // AWS documents host volumes as not applicable on Fargate, with no
        // known registration error: warn, as for the other ignored fields.
        'warning',
        'fargate-ignored',
        'Fargate cannot mount host paths: use an EFS volume, or run on EC2.',
      );
    }
  });
}

/** Fields that only Fargate (or Managed Instances) understands. */
export const ec2Fields: Rule = (context, report) => {
  const { platform } = context;
  if (platform !== 'EC2' && platform !== 'MANAGED_INSTANCES') return;
  const where = platform === 'EC2' ? 'EC2' : 'ECS Managed Instances';

  for (const owner of [...context.containers, ...context.tasks]) {
    const { value, path } = owner;
    if (has(value, 'networkConfiguration')) {
      report(
        [...path, 'networkConfiguration'],
        'error',
        'fargate-only',
        `networkConfiguration is for Fargate; AWS refuses it on ${where}. Remove it, or set platformCapabilities to ["FARGATE"].`,
      );
    }
    if (platform === 'EC2') {
      for (const key of ['fargatePlatformConfiguration', 'platformVersion']) {
        if (has(value, key)) {
          report(
            [...path, key],
            'error',
            'fargate-only',
            `${key} is for Fargate; AWS refuses it on EC2. Remove it, or set platformCapabilities to ["FARGATE"].`,
          );
        }
      }
      for (const key of ['ephemeralStorage', 'runtimePlatform']) {
        if (has(value, key)) {
          report(
            [...path, key],
            'warning',
            'fargate-only',
            `${key} only applies on Fargate: EC2 jobs ignore it or are refused.`,
          );
        }
      }
    }
  }
  for (const task of context.tasks) {
    if (platform === 'EC2' && has(task.value, 'networkMode')) {
      report(
        [...task.path, 'networkMode'],
        'error',
        'managed-instances-only',
        'networkMode is only for ECS Managed Instances: remove it.',
      );
    }
  }
};

/** ECS Managed Instances runs Linux tasks only. */
export const managedInstancesFields: Rule = (context, report) => {
  if (context.platform === 'FARGATE') {
    for (const task of context.tasks) {
      if (has(task.value, 'networkMode')) {
        report(
          [...task.path, 'networkMode'],
          'error',
          'managed-instances-only',
          'networkMode is only for ECS Managed Instances: remove it.',
        );
      }
    }
  }
  if (context.platform !== 'MANAGED_INSTANCES') return;
  for (const task of context.tasks) {
    const os = asString(
      asRecord(task.value.runtimePlatform)?.operatingSystemFamily,
    );
    if (os !== undefined && os !== 'LINUX') {
      report(
        [...task.path, 'runtimePlatform', 'operatingSystemFamily'],
        'error',
        'managed-instances',
        'ECS Managed Instances runs LINUX only.',
      );
    }
    for (const key of ['platformVersion', 'ephemeralStorage']) {
      if (has(task.value, key)) {
        report(
          [...task.path, key],
          'warning',
          'fargate-only',
          `${key} only applies on Fargate: ECS Managed Instances ignores it.`,
        );
      }
    }
  }
};
