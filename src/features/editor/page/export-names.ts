import { asRecord, asString } from '@/model/view';

const FALLBACK_NAME = 'job-definition';

// jobDefinitionName allows only letters, digits, hyphens and underscores, so a
// valid name is always a safe file name; anything else falls back.
const SAFE_NAME = /^[A-Za-z0-9_-]{1,128}$/;

/** `NAME.json`, NAME being the job definition's name, or `job-definition`. */
export function exportFileName(value: unknown): string {
  const name = asString(asRecord(value)?.jobDefinitionName);
  return `${name !== undefined && SAFE_NAME.test(name) ? name : FALLBACK_NAME}.json`;
}

/** The CLI command that registers the downloaded file. */
export function registerCommand(fileName: string): string {
  return `aws batch register-job-definition --cli-input-json file://${fileName}`;
}
