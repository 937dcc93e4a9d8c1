/**
 * An in-memory Storage for tests. With `quota`, a write whose value is longer
 * than the quota throws as browsers do when storage is full.
 */
export class FakeStorage implements Storage {
  private readonly items = new Map<string, string>();

  constructor(private readonly quota = Infinity) {}

  get length(): number {
    return this.items.size;
  }

  clear(): void {
    this.items.clear();
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  setItem(key: string, value: string): void {
    if (value.length > this.quota) {
      throw new DOMException(
        'The quota has been exceeded.',
        'QuotaExceededError',
      );
    }
    this.items.set(key, value);
  }
}
