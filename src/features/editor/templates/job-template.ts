import type { JobDefinitionInput } from '@/model/schema/job-definition';

/** A starting point offered by "New from template". */
export interface JobTemplate {
  readonly id: string;
  /** Also the name of a draft started from it. */
  readonly name: string;
  /** What it is for, and which fields are left for the user to fill. */
  readonly description: string;
  readonly definition: JobDefinitionInput;
}

/** The template as the JSON text of a new draft. */
export function templateText(template: JobTemplate): string {
  return `${JSON.stringify(template.definition, null, 2)}\n`;
}
