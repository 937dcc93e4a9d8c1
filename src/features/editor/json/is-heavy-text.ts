import { MAX_NESTING } from '@/model/text/parse-json';
import { findExcessiveNesting } from '@/model/text/find-excessive-nesting';

/** Far above AWS's 24 KiB quota for a job definition. */
export const HEAVY_TEXT_LENGTH = 512 * 1024;

/**
 * Whether the text is too big or too deeply nested for the editor's
 * whole-text features: such a text is no job definition AWS would take, so
 * the editor keeps it editable and drops the extras.
 */
export function isHeavyText(text: string): boolean {
  return (
    text.length > HEAVY_TEXT_LENGTH ||
    findExcessiveNesting(text, MAX_NESTING) !== undefined
  );
}
