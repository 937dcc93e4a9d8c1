import { asList, asRecord, asString, has } from '../view';
import type { IssuePath } from '../issue';
import { allEcsContainers, located, type Report, type Rule } from './context';

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const IMAGE_CHARACTERS = /^[A-Za-z0-9_:./#@-]+$/;
const SECRET_ARN =
  /^arn:aws[a-z-]*:(secretsmanager|ssm):[a-z0-9-]+:\d{12}:(secret:|parameter\/)/;

/** Images, environment variables and secrets of every ECS container. */
export const containerContents: Rule = (context, report) => {
  for (const container of allEcsContainers(context)) {
    const { value, path } = container;
    const image = asString(value.image);
    // Task containers require image in the schema; containerProperties only in the docs.
    if (container.task === undefined && !has(value, 'image')) {
      report(
        [...path, 'image'],
        'error',
        'image-missing',
        'Required: add the image to run.',
      );
    }
    imageReference([...path, 'image'], image, report);

    const names = new Set<string>();
    for (const variable of located(
      [...path, 'environment'],
      value.environment,
    )) {
      const name = asString(variable.value.name);
      if (name === undefined) continue;
      if (name.toUpperCase().startsWith('AWS_BATCH')) {
        report(
          [...variable.path, 'name'],
          'error',
          'reserved-env',
          'Names starting with AWS_BATCH are reserved for AWS Batch: rename the variable.',
        );
      } else if (names.has(name)) {
        report(
          [...variable.path, 'name'],
          'warning',
          'duplicate-env',
          `${name} is set twice: only one value reaches the container.`,
        );
      }
      names.add(name);
    }

    const secrets = [
      ...located([...path, 'secrets'], value.secrets),
      ...located(
        [...path, 'logConfiguration', 'secretOptions'],
        asRecord(value.logConfiguration)?.secretOptions,
      ),
    ];
    for (const secret of secrets) {
      const from = asString(secret.value.valueFrom);
      if (from !== undefined && from !== '' && !SECRET_ARN.test(from)) {
        report(
          [...secret.path, 'valueFrom'],
          'warning',
          'secret-arn',
          'Not a Secrets Manager or SSM parameter ARN: this works only if it is the name of an SSM parameter in the same Region.',
        );
      }
    }
    const roleOwner = container.task?.value ?? value;
    // On Fargate the missing role is already reported for every job.
    if (
      secrets.length > 0 &&
      !has(roleOwner, 'executionRoleArn') &&
      context.platform !== 'FARGATE'
    ) {
      report(
        secrets[0]?.path.slice(0, -1) ?? path,
        'error',
        'secrets-execution-role',
        'Secrets need an execution role that can read them: add executionRoleArn.',
      );
    }
  }
};

/** An image reference AWS can store and a registry can resolve. */
export function imageReference(
  path: IssuePath,
  image: string | undefined,
  report: Report,
): void {
  if (image === undefined || image === '') return;
  if (image.length > 255) {
    report(
      path,
      'error',
      'image',
      'An image reference can be at most 255 characters.',
    );
  } else if (!IMAGE_CHARACTERS.test(image)) {
    report(
      path,
      'warning',
      'image',
      'This is not a valid image reference: use letters, digits and - _ : . / # @ only, such as "public.ecr.aws/docker/library/busybox:latest".',
    );
  }
}

/** Role fields hold IAM role ARNs. */
export const roleArns: Rule = (context, report) => {
  const owners = [...context.containers, ...context.tasks];
  for (const owner of owners) {
    for (const key of ['jobRoleArn', 'executionRoleArn', 'taskRoleArn']) {
      const arn = asString(owner.value[key]);
      if (arn === undefined || arn === '' || ROLE_ARN.test(arn)) continue;
      report(
        [...owner.path, key],
        'error',
        'role-arn',
        'Not an IAM role ARN: write it as arn:aws:iam::123456789012:role/role-name.',
      );
    }
  }
};

/** User names AWS accepts in containers. */
export const containerUsers: Rule = (context, report) => {
  for (const container of context.containers) {
    const user = asString(container.value.user);
    if (
      user !== undefined &&
      user !== '' &&
      !/^[a-z0-9_][a-z0-9_-]{0,30}$/.test(user)
    ) {
      report(
        [...container.path, 'user'],
        'warning',
        'user',
        'AWS has refused user values other than a lower-case name or number (up to 31 characters, no ":"); use ecsProperties for user:group.',
      );
    }
  }
  for (const container of context.taskContainers) {
    const user = asString(container.value.user);
    if (
      user !== undefined &&
      user !== '' &&
      !/^[A-Za-z0-9_.-]+(:[A-Za-z0-9_.-]+)?$/.test(user)
    ) {
      report(
        [...container.path, 'user'],
        'warning',
        'user',
        'Write the user as user, uid, user:group or uid:gid.',
      );
    }
  }
};

/** ulimit pairs read the Linux way. */
export const ulimitPairs: Rule = (context, report) => {
  for (const container of allEcsContainers(context)) {
    asList(container.value.ulimits).forEach((item, index) => {
      const ulimit = asRecord(item);
      const soft = ulimit?.softLimit;
      const hard = ulimit?.hardLimit;
      // A negative hard limit (-1) means unlimited.
      const isAboveHard =
        typeof soft === 'number' &&
        typeof hard === 'number' &&
        hard >= 0 &&
        soft > hard;
      if (isAboveHard) {
        report(
          [...container.path, 'ulimits', index, 'softLimit'],
          'warning',
          'ulimit',
          'The soft limit is above the hard limit: the container will not start.',
        );
      }
    });
  }
};
