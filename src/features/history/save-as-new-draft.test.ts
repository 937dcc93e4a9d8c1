import { describe, expect, it } from 'vitest';

import { currentDraft, readLibrary } from '@/draft/draft-library';

import { saveAsNewDraft } from './save-as-new-draft';
import { described } from './testing/described';

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  isFull = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.isFull) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

describe('saveAsNewDraft', () => {
  it('saves the revision as the current draft, read-only fields stripped, and says what was removed', () => {
    const storage = new MemoryStorage();

    const result = saveAsNewDraft(
      storage,
      described('etl', 2, 'ACTIVE', { tags: {} }),
    );

    expect(result.ok).toBe(true);
    const library = readLibrary(storage);
    const draft = library && currentDraft(library);
    expect(draft?.name).toBe('etl from revision 2');
    expect(JSON.parse(draft?.text ?? '')).toEqual({
      jobDefinitionName: 'etl',
      type: 'container',
      containerProperties: described('etl', 2).containerProperties,
    });
    if (!result.ok) return;
    expect(result.notice.header).toBe('Opened etl:2 as a new draft');
    expect(result.notice.items.join('\n')).toMatch(
      /Removed jobDefinitionArn[\s\S]*Removed revision \(2\)[\s\S]*Removed status[\s\S]*empty tags/,
    );
  });

  it('keeps the drafts already saved and gives the new one a name of its own', () => {
    const storage = new MemoryStorage();
    saveAsNewDraft(storage, described('etl', 2));

    saveAsNewDraft(storage, described('etl', 2));

    expect(readLibrary(storage)?.drafts.map((draft) => draft.name)).toEqual([
      'etl from revision 2',
      'etl from revision 2 2',
    ]);
  });

  it('says so when the browser refuses to save', () => {
    const storage = new MemoryStorage();
    storage.isFull = true;

    const result = saveAsNewDraft(storage, described('etl', 2));

    expect(result).toMatchObject({
      ok: false,
      message: expect.stringContaining('refused to save'),
    });
  });
});
