const NAME = /^[A-Za-z0-9_-]{1,128}$/;

/** Whether `text` can be a job definition name, for an exact lookup. */
export function isJobDefinitionName(text: string): boolean {
  return NAME.test(text);
}
