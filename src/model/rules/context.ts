import type { IssuePath, Severity } from '../issue';
import { asList, asRecord, asString, has, type JsonRecord } from '../view';

/** Where the job runs, as far as the rules are concerned. */
export type Platform = 'EC2' | 'FARGATE' | 'MANAGED_INSTANCES' | 'EKS';

/** An object of the request together with its path. */
export interface Located {
  readonly path: IssuePath;
  readonly value: JsonRecord;
}

/** A container of an ECS task, or (without task) a containerProperties block. */
export interface EcsContainer extends Located {
  readonly task?: Located;
}

export interface TaskContainer extends EcsContainer {
  readonly task: Located;
}

/** The request, read once, with every place a container can sit. */
export interface RuleContext {
  readonly root: JsonRecord;
  readonly platform: Platform;
  /** `containerProperties` and the `container` of each node range. */
  readonly containers: readonly Located[];
  /** ECS task properties, top-level or in node ranges. */
  readonly tasks: readonly Located[];
  readonly taskContainers: readonly TaskContainer[];
  /** EKS pod properties, top-level or in node ranges. */
  readonly pods: readonly Located[];
  readonly ranges: readonly Located[];
}

export type Report = (
  path: IssuePath,
  severity: Severity,
  code: string,
  message: string,
) => void;

export type Rule = (context: RuleContext, report: Report) => void;

/** Reads the request into a rule context. */
export function readContext(root: JsonRecord): RuleContext {
  const ranges = located(
    ['nodeProperties', 'nodeRangeProperties'],
    asRecord(root.nodeProperties)?.nodeRangeProperties,
  );
  const containers: Located[] = [];
  const ecsBlocks: Located[] = [];
  const eksBlocks: Located[] = [];
  collect(root, [], 'containerProperties', containers);
  collect(root, [], 'ecsProperties', ecsBlocks);
  collect(root, [], 'eksProperties', eksBlocks);
  for (const range of ranges) {
    collect(range.value, range.path, 'container', containers);
    collect(range.value, range.path, 'ecsProperties', ecsBlocks);
    collect(range.value, range.path, 'eksProperties', eksBlocks);
  }

  const tasks = ecsBlocks.flatMap((block) =>
    located([...block.path, 'taskProperties'], block.value.taskProperties),
  );
  const taskContainers = tasks.flatMap((task) =>
    located([...task.path, 'containers'], task.value.containers).map(
      (container) => ({ ...container, task }),
    ),
  );
  const pods: Located[] = [];
  for (const block of eksBlocks)
    collect(block.value, block.path, 'podProperties', pods);

  return {
    root,
    platform: platformOf(root, eksBlocks.length > 0),
    containers,
    tasks,
    taskContainers,
    pods,
    ranges,
  };
}

function platformOf(root: JsonRecord, hasEks: boolean): Platform {
  if (hasEks) return 'EKS';
  const first = asString(asList(root.platformCapabilities)[0]);
  return first === 'FARGATE' || first === 'MANAGED_INSTANCES' ? first : 'EC2';
}

function collect(
  parent: JsonRecord,
  parentPath: IssuePath,
  key: string,
  into: Located[],
): void {
  const value = asRecord(parent[key]);
  if (value) into.push({ path: [...parentPath, key], value });
}

/** The object elements of a list, with their paths. */
export function located(path: IssuePath, list: unknown): Located[] {
  const result: Located[] = [];
  asList(list).forEach((item, index) => {
    const value = asRecord(item);
    if (value) result.push({ path: [...path, index], value });
  });
  return result;
}

/** A nested object of a located object, if it is one. */
export function child(parent: Located, key: string): Located | undefined {
  const value = asRecord(parent.value[key]);
  return value ? { path: [...parent.path, key], value } : undefined;
}

/** Every ECS-style container: containerProperties-like and task containers. */
export function allEcsContainers(
  context: RuleContext,
): readonly EcsContainer[] {
  return [...context.containers, ...context.taskContainers];
}

export { has };
