/** What the user chose: follow the system, or always light or dark. */
export type ColorModePreference = 'system' | 'light' | 'dark';

const STORAGE_KEY = 'jobdef-studio.color-mode';

const PREFERENCES: readonly ColorModePreference[] = ['system', 'light', 'dark'];

function isPreference(value: unknown): value is ColorModePreference {
  return PREFERENCES.some((preference) => preference === value);
}

/** The saved choice; 'system' when there is none or storage is blocked. */
export function readColorMode(
  storage: Storage | undefined,
): ColorModePreference {
  try {
    const saved = storage?.getItem(STORAGE_KEY);
    return isPreference(saved) ? saved : 'system';
  } catch {
    return 'system';
  }
}

export function writeColorMode(
  storage: Storage | undefined,
  preference: ColorModePreference,
): void {
  try {
    if (preference === 'system') storage?.removeItem(STORAGE_KEY);
    else storage?.setItem(STORAGE_KEY, preference);
  } catch {
    // A blocked storage only costs remembering the choice across reloads.
  }
}

/** Whether the page is dark for this choice and the system's setting. */
export function isDarkMode(
  preference: ColorModePreference,
  isSystemDark: boolean,
): boolean {
  return preference === 'system' ? isSystemDark : preference === 'dark';
}
