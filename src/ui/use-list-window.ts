import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';

/** Until the first option is measured (and in jsdom, which has no layout). */
const ESTIMATED_ROW_PX = 56;
export const FALLBACK_VIEWPORT_PX = 320;
/** Rows rendered beyond each edge of the view, so fast scrolling rarely shows a blank. */
const OVERSCAN_ROWS = 8;

export interface ListWindow {
  scrollerRef: RefObject<HTMLDivElement | null>;
  /** Reads the scroller's position and size (on scroll, and after moving it). */
  measureScroller: () => void;
  /** For the first rendered row: its height sets every row's. */
  measureRow: (element: HTMLElement | null) => void;
  rowHeight: number;
  /** The indexes to render: those in view plus a margin, and the active one wherever it is. */
  rendered: number[];
  /** The last index in the rendered window (exclusive). */
  end: number;
  /** Rows that fit in the view, less one (PageUp / PageDown). */
  pageRows: number;
  /** Scrolls just enough to show the row. */
  scrollToIndex: (index: number) => void;
}

/**
 * A fixed-row window over a long list: only the rows in view (plus a margin) are in the DOM, so a list of 10,000
 * keeps a few dozen nodes. Rows are one height, measured from the first one rendered.
 */
export function useListWindow({ open, count, activeIndex }: { open: boolean; count: number; activeIndex: number }): ListWindow {
  const scrollerRef = useRef<HTMLDivElement | null>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 0 });
  const [rowHeight, setRowHeight] = useState(ESTIMATED_ROW_PX);
  const measureScroller = useCallback(() => {
    const el = scrollerRef.current;
    if (el) setViewport({ top: el.scrollTop, height: el.clientHeight });
  }, []);
  useLayoutEffect(() => {
    if (open) measureScroller();
  }, [open, measureScroller]);
  const measureRow = useCallback((el: HTMLElement | null) => {
    const height = el?.offsetHeight ?? 0;
    if (height > 0) setRowHeight((current) => (Math.abs(current - height) > 0.5 ? height : current));
  }, []);

  const viewHeight = viewport.height || FALLBACK_VIEWPORT_PX;
  const start = Math.max(0, Math.floor(viewport.top / rowHeight) - OVERSCAN_ROWS);
  const end = Math.min(count, Math.ceil((viewport.top + viewHeight) / rowHeight) + OVERSCAN_ROWS);
  const rendered = useMemo(() => {
    const indexes: number[] = [];
    for (let index = start; index < end; index += 1) indexes.push(index);
    // The active option must exist for aria-activedescendant, even before the scroll event re-renders the window.
    if (activeIndex >= 0 && activeIndex < count && (activeIndex < start || activeIndex >= end)) indexes.push(activeIndex);
    return indexes;
  }, [start, end, activeIndex, count]);

  const scrollToIndex = useCallback(
    (index: number) => {
      const el = scrollerRef.current;
      if (!el) return;
      const top = index * rowHeight;
      const height = el.clientHeight || FALLBACK_VIEWPORT_PX;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + rowHeight > el.scrollTop + height) el.scrollTop = top + rowHeight - height;
      measureScroller();
    },
    [rowHeight, measureScroller],
  );

  const pageRows = Math.max(1, Math.floor(viewHeight / rowHeight) - 1);
  return { scrollerRef, measureScroller, measureRow, rowHeight, rendered, end, pageRows, scrollToIndex };
}
