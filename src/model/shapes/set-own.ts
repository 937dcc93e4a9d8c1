/**
 * Sets a key as an own data property. Plain assignment of `__proto__` would
 * replace the object's prototype instead of adding the user's key.
 */
export function setOwn(
  target: Record<string, unknown>,
  key: string,
  value: unknown,
): void {
  Object.defineProperty(target, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}
