import { parseJson } from '@/model/text/parse-json';
import { asRecord, asString } from '@/model/view';

/** A draft opened from a paste is named after its job definition. */
export function pastedDraftName(text: string): string {
  const parsed = parseJson(text);
  const name = parsed.ok
    ? asString(asRecord(parsed.document.value)?.jobDefinitionName)?.trim()
    : undefined;
  return name ? name : 'Pasted draft';
}
