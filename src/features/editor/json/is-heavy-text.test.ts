import { describe, expect, it } from 'vitest';

import { HEAVY_TEXT_LENGTH, isHeavyText } from './is-heavy-text';

describe('isHeavyText', () => {
  it('is false for a job definition, even one over the 24 KiB quota', () => {
    const env = Array.from({ length: 800 }, (_, i) => ({
      name: `VARIABLE_${i}`,
      value: 'x'.repeat(20),
    }));
    const text = JSON.stringify({ containerProperties: { env } }, null, 2);

    expect(text.length).toBeGreaterThan(24 * 1024);
    expect(isHeavyText(text)).toBe(false);
  });

  it('is true past the heavy length', () => {
    expect(isHeavyText(' '.repeat(HEAVY_TEXT_LENGTH + 1))).toBe(true);
  });

  it('is true for nesting deeper than the parser takes, however short', () => {
    expect(isHeavyText(`${'['.repeat(10_000)}${']'.repeat(10_000)}`)).toBe(
      true,
    );
  });

  it('is false for brackets inside strings', () => {
    expect(isHeavyText(JSON.stringify({ a: '['.repeat(10_000) }))).toBe(false);
  });
});
