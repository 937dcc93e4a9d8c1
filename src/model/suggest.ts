/**
 * The known name closest to an unknown one, or undefined when none is close
 * enough to be a likely typo (case slips, a missing or extra letter, a swap).
 */
export function closestName(
  unknown: string,
  known: readonly string[],
): string | undefined {
  const lower = unknown.toLowerCase();
  const sameLetters = known.find((name) => name.toLowerCase() === lower);
  if (sameLetters) return sameLetters;

  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    const distance = editDistance(lower, name.toLowerCase());
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(1, Math.floor(unknown.length / 4));
  if (best && bestDistance <= tolerance) return best;

  // A plural or singular slip, such as containerProperty for containerProperties.
  return known.find((name) => {
    const stem = commonPrefixLength(lower, name.toLowerCase());
    return stem >= 6 && stem >= Math.min(lower.length, name.length) - 3;
  });
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length += 1;
  return length;
}

/** Optimal string alignment distance: edits plus swaps of neighbours. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const up = rows[i - 1] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (up[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (up[j - 1] ?? 0) + cost,
      );
      const swapped =
        i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
      if (swapped) value = Math.min(value, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(value);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? Infinity;
}
