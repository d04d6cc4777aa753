/**
 * Waits for entrance animations (a dialog, a step, a menu) to end, so visibility checks see the settled screen.
 * Only animations on the document's clock that end: a spinner loops, and a scroll-driven one (a dialog's divider)
 * follows the scroll and never finishes.
 */
export async function settle() {
  const ending = document
    .getAnimations()
    .filter((animation) => animation.timeline === document.timeline && animation.effect?.getComputedTiming().iterations !== Infinity);
  await Promise.all(ending.map((animation) => animation.finished.catch(() => undefined)));
}
