import * as z from 'zod';

import { createLogger } from '../logger';
import { SettingsOverrides } from './aws-settings';

const log = createLogger('aws.settings');

export const SETTINGS_KEY = 'jobdef-studio.aws-settings';

const Stored = z.object({ version: z.literal(1), overrides: z.unknown() });

/**
 * Reads the user's saved changes to the settings. Anything unreadable counts
 * as no changes; a malformed field is dropped and the others kept.
 */
export function readStoredOverrides(
  storage: Storage | undefined,
): SettingsOverrides {
  let text: string | null;
  try {
    text = storage?.getItem(SETTINGS_KEY) ?? null;
  } catch {
    return {};
  }
  if (text === null) return {};

  let stored: z.infer<typeof Stored>;
  try {
    stored = Stored.parse(JSON.parse(text));
  } catch {
    log.warn('stored settings unreadable, using defaults');
    return {};
  }
  return keepValidFields(stored.overrides);
}

function keepValidFields(raw: unknown): SettingsOverrides {
  const whole = SettingsOverrides.safeParse(raw);
  if (whole.success) return whole.data;
  if (typeof raw !== 'object' || raw === null) return {};

  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const field = SettingsOverrides.safeParse({ [key]: value });
    if (field.success) Object.assign(kept, field.data);
    else if (key === 'endpoints') kept[key] = keepValidEndpoints(value);
  }
  return SettingsOverrides.parse(kept);
}

/** One refused endpoint (a "//host" saved by an older version) is dropped alone. */
function keepValidEndpoints(raw: unknown): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null) return {};

  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw))
    if (SettingsOverrides.safeParse({ endpoints: { [name]: value } }).success)
      kept[name] = value;
  if (Object.keys(kept).length < Object.keys(raw).length)
    log.warn('stored endpoints dropped', {
      count: Object.keys(raw).length - Object.keys(kept).length,
    });
  return kept;
}

/** Saves the user's changes; false when the browser refuses. */
export function writeStoredOverrides(
  storage: Storage | undefined,
  overrides: SettingsOverrides,
): boolean {
  if (!storage) return false;
  try {
    if (Object.keys(overrides).length === 0) storage.removeItem(SETTINGS_KEY);
    else
      storage.setItem(SETTINGS_KEY, JSON.stringify({ version: 1, overrides }));
    return true;
  } catch {
    log.warn('settings not saved: storage refused');
    return false;
  }
}
