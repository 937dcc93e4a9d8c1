import { useSyncExternalStore } from 'react';

// Cloudscape's applyMode marks dark mode with this class on the body.
const DARK_MODE_CLASS = 'awsui-dark-mode';

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.body, {
    attributes: true,
    attributeFilter: ['class'],
  });
  return () => observer.disconnect();
}

const isDark = () => document.body.classList.contains(DARK_MODE_CLASS);

/** Whether the app is in dark mode now, following every switch. */
export function useDarkMode(): boolean {
  return useSyncExternalStore(subscribe, isDark, () => false);
}
