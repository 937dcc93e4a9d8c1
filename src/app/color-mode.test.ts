import { describe, expect, it } from 'vitest';

import { FakeStorage } from '@/features/editor/page/fake-storage';

import { isDarkMode, readColorMode, writeColorMode } from './color-mode';

describe('color mode', () => {
  it('follows the system until the user chooses', () => {
    expect(readColorMode(new FakeStorage())).toBe('system');
    expect(isDarkMode('system', true)).toBe(true);
    expect(isDarkMode('system', false)).toBe(false);
  });

  it('keeps a choice that overrides the system', () => {
    const storage = new FakeStorage();

    writeColorMode(storage, 'light');

    expect(readColorMode(storage)).toBe('light');
    expect(isDarkMode('light', true)).toBe(false);
    expect(isDarkMode('dark', false)).toBe(true);
  });

  it('forgets the choice when the user goes back to the system', () => {
    const storage = new FakeStorage();
    writeColorMode(storage, 'dark');

    writeColorMode(storage, 'system');

    expect(storage.length).toBe(0);
  });

  it('reads an unknown or unreadable value as the system', () => {
    const storage = new FakeStorage();
    storage.setItem('jobdef-studio.color-mode', 'purple');

    expect(readColorMode(storage)).toBe('system');
    expect(readColorMode(undefined)).toBe('system');
  });
});
