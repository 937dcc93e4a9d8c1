import { isRecord } from './is-record';

/**
 * The name of the CloudFormation intrinsic function a value is written with
 * (`Ref`, `Fn::Sub`, `Fn::GetAtt`, …), or undefined for an ordinary value.
 */
export function intrinsicFunction(value: unknown): string | undefined {
  if (!isRecord(value)) {
    return undefined;
  }
  const keys = Object.keys(value);
  const [key] = keys;
  if (keys.length !== 1 || key === undefined) {
    return undefined;
  }
  return key === 'Ref' || key.startsWith('Fn::') ? key : undefined;
}
