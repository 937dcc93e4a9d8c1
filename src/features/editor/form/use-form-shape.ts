import { useDraftSelector } from '@/draft/draft-context';
import { asList, asRecord, asString } from '@/model/view';

/** Where the job runs, as the form decides which sections apply. */
export type FormPlatform = 'EC2' | 'FARGATE' | 'MANAGED_INSTANCES' | 'EKS';

/** The few facts of the draft that decide which sections the form shows. */
export interface FormShape {
  readonly isMultinode: boolean;
  readonly platform: FormPlatform;
  readonly hasContainerProperties: boolean;
  readonly hasEcsProperties: boolean;
  readonly hasEksProperties: boolean;
  readonly hasNodeProperties: boolean;
}

const sameShape = (a: FormShape, b: FormShape) =>
  (Object.keys(a) as (keyof FormShape)[]).every((key) => a[key] === b[key]);

/**
 * The shape of the draft: the form re-renders its sections only when one of
 * these facts changes, never on a keystroke inside a field.
 */
export function useFormShape(): FormShape {
  return useDraftSelector((state) => shapeOf(state.value), sameShape);
}

export function shapeOf(value: unknown): FormShape {
  const root = asRecord(value) ?? {};
  const ranges = asList(asRecord(root.nodeProperties)?.nodeRangeProperties);
  const hasEks =
    root.eksProperties !== undefined ||
    ranges.some((range) => asRecord(range)?.eksProperties !== undefined);
  const first = asString(asList(root.platformCapabilities)[0]);
  const platform: FormPlatform = hasEks
    ? 'EKS'
    : first === 'FARGATE' || first === 'MANAGED_INSTANCES'
      ? first
      : 'EC2';

  return {
    isMultinode: root.type === 'multinode',
    platform,
    hasContainerProperties: root.containerProperties !== undefined,
    hasEcsProperties: root.ecsProperties !== undefined,
    hasEksProperties: root.eksProperties !== undefined,
    hasNodeProperties: root.nodeProperties !== undefined,
  };
}
