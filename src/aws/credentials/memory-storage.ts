/**
 * A Storage kept in memory, for the SDK's identity id cache and the user
 * pool library's tokens: neither may reach localStorage, which is where both
 * libraries put them by default.
 */
export class MemoryStorage {
  private readonly items = new Map<string, string>();

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  clear(): void {
    this.items.clear();
  }
}
