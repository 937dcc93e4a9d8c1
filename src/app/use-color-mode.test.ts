// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { useColorMode } from './use-color-mode';

const isDarkPage = () => document.body.classList.contains('awsui-dark-mode');

/** A system color scheme the test can change, as matchMedia reports it. */
function stubSystem(isDark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    matches: isDark,
    addEventListener: (_type: string, listener: () => void) =>
      listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) =>
      listeners.delete(listener),
  };
  vi.stubGlobal('matchMedia', () => query);
  return (next: boolean) => {
    query.matches = next;
    for (const listener of listeners) listener();
  };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
  document.body.className = '';
});

describe('useColorMode', () => {
  it('follows the system, also when it changes', () => {
    const setSystemDark = stubSystem(true);
    renderHook(() => useColorMode());
    expect(isDarkPage()).toBe(true);

    act(() => setSystemDark(false));

    expect(isDarkPage()).toBe(false);
  });

  it('lets a choice override the system, and remembers it', () => {
    stubSystem(true);
    const { result } = renderHook(() => useColorMode());

    act(() => result.current.choose('light'));

    expect(isDarkPage()).toBe(false);
    expect(localStorage.getItem('jobdef-studio.color-mode')).toBe('light');
    expect(renderHook(() => useColorMode()).result.current.preference).toBe(
      'light',
    );
  });

  it('is light where the browser cannot tell the system scheme', () => {
    vi.stubGlobal('matchMedia', undefined);

    const { result } = renderHook(() => useColorMode());

    expect(result.current.isDark).toBe(false);
  });
});
