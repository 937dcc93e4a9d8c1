/**
 * The page's localStorage, or undefined where the browser blocks it (some
 * privacy settings make merely reading `window.localStorage` throw).
 */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
