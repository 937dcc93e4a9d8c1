import { describe, expect, it } from 'vitest';

import {
  readStoredOverrides,
  SETTINGS_KEY,
  writeStoredOverrides,
} from './settings-storage';

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('stored settings', () => {
  it('round-trips the overrides', () => {
    const storage = memoryStorage();

    writeStoredOverrides(storage, {
      region: 'eu-west-1',
      endpoints: { batch: '/emulator' },
    });

    expect(readStoredOverrides(storage)).toEqual({
      region: 'eu-west-1',
      endpoints: { batch: '/emulator' },
    });
  });

  it('removes the entry when nothing differs from the defaults', () => {
    const storage = memoryStorage({ [SETTINGS_KEY]: '{}' });

    writeStoredOverrides(storage, {});

    expect(storage.getItem(SETTINGS_KEY)).toBeNull();
  });

  it.each([['not json'], ['{"version":2,"overrides":{}}'], ['[]']])(
    'reads %j as no changes',
    (text) => {
      expect(
        readStoredOverrides(memoryStorage({ [SETTINGS_KEY]: text })),
      ).toEqual({});
    },
  );

  it('drops a malformed field and keeps the others', () => {
    const text = JSON.stringify({
      version: 1,
      overrides: { region: 'eu-west-1', signIn: 'token', authFlow: 'basic' },
    });

    expect(
      readStoredOverrides(memoryStorage({ [SETTINGS_KEY]: text })),
    ).toEqual({ region: 'eu-west-1', authFlow: 'basic' });
  });

  it('drops a stored endpoint that the endpoint rule refuses, keeping the others', () => {
    const text = JSON.stringify({
      version: 1,
      overrides: {
        region: 'eu-west-1',
        endpoints: {
          batch: '//evil.example',
          cognitoIdentity: 'foo bar',
          sts: '/emulator',
        },
      },
    });

    expect(
      readStoredOverrides(memoryStorage({ [SETTINGS_KEY]: text })),
    ).toEqual({ region: 'eu-west-1', endpoints: { sts: '/emulator' } });
  });

  it('works without storage and when the browser refuses', () => {
    const refusing = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };

    expect(readStoredOverrides(undefined)).toEqual({});
    expect(writeStoredOverrides(undefined, { region: 'eu-west-1' })).toBe(
      false,
    );
    expect(writeStoredOverrides(refusing, { region: 'eu-west-1' })).toBe(false);
  });
});
