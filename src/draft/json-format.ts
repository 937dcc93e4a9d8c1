/** How a JSON text is laid out, so that edits can match it. */
export interface JsonLayout {
  /** One level of indentation: spaces or a tab. */
  readonly unit: string;
  readonly eol: '\n' | '\r\n';
}

/** Reads the indentation and line ending a text already uses. */
export function detectLayout(text: string): JsonLayout {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indented = /\n([ \t]+)["{[\]}\d-tfn]/.exec(text);
  return { unit: indented?.[1] ?? '  ', eol };
}

/** The indentation of the line on which `offset` lies. */
export function indentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))?.[0] ?? '';
}

/**
 * A value printed as JSON for insertion at a given indentation: nested lines
 * are indented from `base`, in the text's own style.
 */
export function printValue(
  value: unknown,
  base: string,
  layout: JsonLayout,
): string {
  const printed = JSON.stringify(value, null, layout.unit) ?? 'null';
  return printed.split('\n').join(`${layout.eol}${base}`);
}

/**
 * A value printed on one line, for objects and lists written on one line:
 * `{"a": [1, 2]}`. Built item by item, so the text inside strings is never
 * touched.
 */
export function printInline(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map((item) => printInline(item)).join(', ')}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, inner]) => inner !== undefined)
      .map(([key, inner]) => `${JSON.stringify(key)}: ${printInline(inner)}`);
    return `{${entries.join(', ')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
