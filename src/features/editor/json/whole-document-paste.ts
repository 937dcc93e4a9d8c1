const BLANK = /^\s*$/;

/**
 * The pasted text when a paste makes up the whole document (the editor was
 * empty, or the paste replaced everything), since only then is it a job
 * definition to convert; undefined for a paste into existing text. `start`
 * and `end` are the offsets of the pasted text in `text` after the paste.
 */
export function wholeDocumentPaste(
  text: string,
  start: number,
  end: number,
): string | undefined {
  if (start >= end) return undefined;

  const isAlone =
    BLANK.test(text.slice(0, start)) && BLANK.test(text.slice(end));
  return isAlone ? text.slice(start, end) : undefined;
}
