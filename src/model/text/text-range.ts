/** A 1-based line and column; columns count UTF-16 code units, as editors do. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** A span of the JSON text: a 0-based offset and length, plus where it starts. */
export interface TextRange extends TextPosition {
  readonly offset: number;
  readonly length: number;
}
