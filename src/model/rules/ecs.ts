import { asList, asRecord, asString, has } from '../view';
import { located, type Rule } from './context';

/** Essential containers, unique names and valid dependencies in a task. */
export const ecsTask: Rule = (context, report) => {
  for (const task of context.tasks) {
    const containers = context.taskContainers.filter((c) => c.task === task);
    if (
      containers.length > 0 &&
      containers.every((c) => c.value.essential === false)
    ) {
      report(
        [...task.path, 'containers'],
        'error',
        'ecs-essential',
        'At least one container must be essential: set essential to true (or leave it out) on one of them.',
      );
    }

    const names = new Map<string, boolean>();
    for (const container of containers) {
      const name = asString(container.value.name);
      if (name === undefined) continue;
      if (names.has(name)) {
        report(
          [...container.path, 'name'],
          'error',
          'ecs-container-name',
          `Another container of this task is already named "${name}": names must be unique.`,
        );
      }
      names.set(name, container.value.essential !== false);
    }

    for (const container of containers) {
      for (const dependency of located(
        [...container.path, 'dependsOn'],
        container.value.dependsOn,
      )) {
        const target = asString(dependency.value.containerName);
        const condition = asString(dependency.value.condition);
        if (target === undefined) {
          report(
            dependency.path,
            'error',
            'ecs-depends-on',
            'Name the container to wait for in containerName.',
          );
          continue;
        }
        if (target === asString(container.value.name)) {
          report(
            [...dependency.path, 'containerName'],
            'error',
            'ecs-depends-on',
            'A container cannot wait for itself.',
          );
        } else if (!names.has(target)) {
          report(
            [...dependency.path, 'containerName'],
            'error',
            'ecs-depends-on',
            `No container of this task is named "${target}".`,
          );
        } else if (
          (condition === 'COMPLETE' || condition === 'SUCCESS') &&
          names.get(target)
        ) {
          report(
            [...dependency.path, 'condition'],
            'error',
            'ecs-depends-on',
            `${condition} needs "${target}" to be non-essential: set essential to false on it, or wait for START.`,
          );
        }
      }
    }

    const firelensRouter = containers.some((c) =>
      has(c.value, 'firelensConfiguration'),
    );
    for (const container of containers) {
      const driver = asString(
        asRecord(container.value.logConfiguration)?.logDriver,
      );
      if (driver === 'awsfirelens' && !firelensRouter) {
        report(
          [...container.path, 'logConfiguration', 'logDriver'],
          'warning',
          'firelens',
          'awsfirelens needs a log router: give one container of the task a firelensConfiguration.',
        );
      }
    }
  }
};

/** Fargate task containers only take the nofile ulimit. */
export const fargateTaskUlimits: Rule = (context, report) => {
  if (context.platform !== 'FARGATE') return;
  for (const container of context.taskContainers) {
    asList(container.value.ulimits).forEach((ulimit, index) => {
      const name = asString(asRecord(ulimit)?.name);
      if (name !== undefined && name !== 'nofile') {
        report(
          [...container.path, 'ulimits', index, 'name'],
          'warning',
          'fargate-ignored',
          `Fargate only lets you change the nofile ulimit, not ${name}.`,
        );
      }
    });
  }
};
