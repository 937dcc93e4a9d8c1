import { describe, expect, it } from 'vitest';

import { parseOptions, PARTS } from './options';

describe('parseOptions', () => {
  it('runs every part, fully, with no options', () => {
    const options = parseOptions([]);

    expect([...options.parts]).toEqual([...PARTS]);
    expect(options.quick).toBe(false);
  });

  it('runs only the named parts, in either spelling', () => {
    expect([...parseOptions(['--only', 'form']).parts]).toEqual(['form']);
    expect([...parseOptions(['--only=load,json', '--quick']).parts]).toEqual([
      'load',
      'json',
    ]);
    expect(parseOptions(['--quick']).quick).toBe(true);
  });

  it('names the unknown part or option and shows the usage', () => {
    expect(() => parseOptions(['--only', 'speed'])).toThrow(
      /unknown part "speed".*\nUsage: npm run bench/s,
    );
    expect(() => parseOptions(['--fast'])).toThrow(/unknown option "--fast"/);
  });
});
