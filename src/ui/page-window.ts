/** Rows a long list or table shows at once. */
export const PAGE_SIZE = 50;

export interface PageWindow {
  /** The page shown: the one asked for, or the last one if the list shrank. */
  readonly current: number;
  readonly pages: number;
  /** Index range of the rows shown: [start, end). */
  readonly start: number;
  readonly end: number;
}

/** Which rows of a list of `length` rows page `requested` shows. */
export function pageWindow(length: number, requested: number): PageWindow {
  const pages = Math.max(1, Math.ceil(length / PAGE_SIZE));
  const current = Math.min(requested, pages);
  const start = (current - 1) * PAGE_SIZE;
  return { current, pages, start, end: Math.min(length, start + PAGE_SIZE) };
}
