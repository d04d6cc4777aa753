import { useEffect, useState, type DependencyList, type RefObject } from 'react';

/**
 * Puts focus on the element marked `data-focus-id={id}` inside `root` after the next render. A row that moved
 * re-renders elsewhere (a reorder, another stage) or goes away (a removal), and focus would be lost with it.
 */
export function useFocusRequest(root: RefObject<HTMLElement | null>, deps: DependencyList) {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (target === null) return;
    const elements = root.current?.querySelectorAll<HTMLElement>('[data-focus-id]') ?? [];
    [...elements].find((element) => element.dataset.focusId === target)?.focus();
    setTarget(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- also after the change the caller names
  }, [target, root, ...deps]);
  return setTarget;
}
