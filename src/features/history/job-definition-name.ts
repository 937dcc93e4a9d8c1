import { RegisterJobDefinition } from '@/model/schema/job-definition';

/**
 * Why `text` cannot be a job definition name, in the model's words, or
 * undefined when it can be one.
 */
export function jobDefinitionNameProblem(text: string): string | undefined {
  const checked = RegisterJobDefinition.shape.jobDefinitionName.safeParse(text);
  if (checked.success) return undefined;
  return checked.error.issues[0]?.message ?? 'Not a job definition name.';
}

/** Whether `text` can be a job definition name, for an exact lookup. */
export function isJobDefinitionName(text: string): boolean {
  return jobDefinitionNameProblem(text) === undefined;
}
