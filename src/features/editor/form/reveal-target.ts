import type { IssuePath } from '@/model/issue';

import { fieldId } from './fields/field-id';

const FOCUSABLE =
  'input:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The element that shows `path`: the control bound to it, else the first
 * control bound below it (a problem about a resource entry lands on its
 * value), else the nearest parent that has one (a section, a list).
 */
export function findTarget(
  root: ParentNode,
  path: IssuePath,
): HTMLElement | null {
  const exact = document.getElementById(fieldId(path));
  if (exact) return exact;
  if (path.length > 0) {
    const prefix = fieldId(path);
    const below = [
      ...root.querySelectorAll<HTMLElement>('[id^="field:"]'),
    ].filter(
      (element) =>
        element.id.startsWith(`${prefix}.`) ||
        element.id.startsWith(`${prefix}[`),
    );
    // Cloudscape derives ids for labels and descriptions from a control's id.
    const control =
      below.find((element) => element.matches(FOCUSABLE)) ?? below[0];
    if (control) return control;
  }
  for (let depth = path.length - 1; depth >= 0; depth -= 1) {
    const parent = document.getElementById(fieldId(path.slice(0, depth)));
    if (parent) return parent;
  }
  return null;
}

/**
 * Opens every collapsed section around the element (nested ones a section
 * does not open itself, such as a generic object's), by their own toggles.
 * Returns whether any had to open.
 */
export function openAround(element: HTMLElement): boolean {
  let opened = false;
  for (
    let node = element.parentElement;
    node !== null;
    node = node.parentElement
  ) {
    if (!node.id || node.getAttribute('role') !== 'group') continue;
    const controls = node.id;
    const toggle = [
      ...document.querySelectorAll<HTMLElement>('[aria-expanded="false"]'),
    ].find((candidate) => candidate.getAttribute('aria-controls') === controls);
    if (toggle) {
      toggle.click();
      opened = true;
    }
  }
  return opened;
}

/** Scrolls to the element and focuses it, or the first control inside it. */
export function focusTarget(element: HTMLElement): void {
  const control = element.matches(FOCUSABLE)
    ? element
    : (element.querySelector<HTMLElement>(FOCUSABLE) ?? element);
  control.scrollIntoView?.({ block: 'center' });
  if (control === element && !element.matches(FOCUSABLE)) {
    element.tabIndex = -1;
  }
  control.focus({ preventScroll: true });
}
