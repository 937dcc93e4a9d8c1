import type { PasteShape } from '@/model/shapes/detect-shape';
import { normalizePaste } from '@/model/shapes/normalize-paste';
import type { Notice } from '@/model/shapes/notice';
import { parseJson } from '@/model/text/parse-json';

/** What a paste became: the JSON text to edit and what was done to it. */
export interface PasteConversion {
  readonly shape: PasteShape;
  /** The request as JSON text; the pasted text itself when nothing changed. */
  readonly text: string;
  readonly notices: readonly Notice[];
  readonly isChanged: boolean;
}

/**
 * Turns pasted text (a request body, describe-job-definitions output, a
 * CloudFormation resource, a CLI skeleton) into the request to edit. Text that
 * is not JSON is returned unchanged, for the editor to show the syntax error.
 */
export function convertPaste(pasted: string): PasteConversion {
  const parsed = parseJson(pasted);
  if (!parsed.ok) {
    return { shape: 'unknown', text: pasted, notices: [], isChanged: false };
  }
  const normalized = normalizePaste(parsed.document.value);
  const isChanged = normalized.request !== parsed.document.value;
  return {
    shape: normalized.shape,
    text: isChanged
      ? `${JSON.stringify(normalized.request, null, 2)}\n`
      : pasted,
    notices: normalized.notices,
    isChanged,
  };
}
