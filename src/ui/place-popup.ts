/** Space between a field and its popup, and kept free at the window's edges. */
const GAP = 4;

/**
 * Places a `position: fixed` popup (the select's list, the date field's calendar): under its trigger, or above it
 * when there is more room there, as wide as the trigger at least and aligned with its start edge. Measured again
 * after placing, so a transformed ancestor (which moves `fixed`) is corrected for.
 */
export function placePopup(trigger: HTMLElement, popup: HTMLElement) {
  const view = trigger.ownerDocument.documentElement;
  const anchor = trigger.getBoundingClientRect();
  popup.style.minWidth = `${anchor.width}px`;
  popup.style.maxHeight = '';
  const natural = popup.getBoundingClientRect();
  const below = view.clientHeight - anchor.bottom - GAP * 2;
  const above = anchor.top - GAP * 2;
  const flip = natural.height > below && above > below;
  const height = Math.min(natural.height, flip ? above : below);
  popup.style.maxHeight = `${Math.max(height, 0)}px`;
  const rtl = getComputedStyle(trigger).direction === 'rtl';
  const left = rtl ? anchor.right - natural.width : anchor.left;
  const top = flip ? anchor.top - GAP - height : anchor.bottom + GAP;
  popup.style.left = `${left}px`;
  popup.style.top = `${top}px`;
  const placed = popup.getBoundingClientRect();
  if (placed.left !== left || placed.top !== top) {
    popup.style.left = `${2 * left - placed.left}px`;
    popup.style.top = `${2 * top - placed.top}px`;
  }
}
