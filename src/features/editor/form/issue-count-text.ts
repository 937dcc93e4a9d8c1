/** "2 errors, 1 warning", or undefined when there is nothing to count. */
export function issueCountText(
  errors: number,
  warnings: number,
): string | undefined {
  const parts = [
    errors > 0 ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : '',
    warnings > 0
      ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`
      : '',
  ].filter((part) => part !== '');
  return parts.length > 0 ? parts.join(', ') : undefined;
}
