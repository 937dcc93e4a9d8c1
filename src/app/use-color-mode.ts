import { applyMode, Mode } from '@cloudscape-design/global-styles';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';

import { browserStorage } from './browser-storage';
import {
  isDarkMode,
  readColorMode,
  writeColorMode,
  type ColorModePreference,
} from './color-mode';

const DARK_QUERY = '(prefers-color-scheme: dark)';

// Old or embedded browsers may lack matchMedia: they count as light.
const hasMatchMedia = () => typeof window.matchMedia === 'function';

function subscribeToSystem(onChange: () => void): () => void {
  if (!hasMatchMedia()) return () => undefined;
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function isSystemDark(): boolean {
  return hasMatchMedia() && window.matchMedia(DARK_QUERY).matches;
}

/**
 * The color mode of the whole app: follows the system until the user picks
 * light or dark, and remembers that choice in the browser.
 */
export function useColorMode() {
  const [preference, setPreference] = useState(() =>
    readColorMode(browserStorage()),
  );
  const systemDark = useSyncExternalStore(subscribeToSystem, isSystemDark);
  const isDark = isDarkMode(preference, systemDark);

  useEffect(() => {
    applyMode(isDark ? Mode.Dark : Mode.Light);
  }, [isDark]);

  const choose = useCallback((next: ColorModePreference) => {
    writeColorMode(browserStorage(), next);
    setPreference(next);
  }, []);

  return { preference, isDark, choose };
}
