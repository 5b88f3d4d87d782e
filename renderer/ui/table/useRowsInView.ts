import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { RowsInView } from './rowRange';

/**
 * Which rows of a fixed height a scroller shows, by arithmetic on its scroll position and height: nothing
 * is laid out per row, so a list of 200,000 costs no more than one of 20. Changes only when a row boundary
 * is crossed. Scrolling and resizing (the first measure included) redraw before the frame is painted, so
 * no blank rows show.
 */
export const useRowsInView = (scroller: RefObject<HTMLElement | null>, rowHeight: number): RowsInView => {
  // Until the first measure, which comes before the first paint, only the overscan rows are drawn.
  const [view, setView] = useState<RowsInView>({ first: 0, visible: 0 });
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const read = () =>
      flushSync(() => {
        const first = Math.floor(element.scrollTop / rowHeight);
        const visible = Math.ceil(element.clientHeight / rowHeight) + 1;
        setView((last) => (last.first === first && last.visible === visible ? last : { first, visible }));
      });
    element.addEventListener('scroll', read, { passive: true });
    // Also tells the size when observing starts, and again when a list that fits its rows grows.
    const resize = new ResizeObserver(read);
    resize.observe(element);
    return () => {
      element.removeEventListener('scroll', read);
      resize.disconnect();
    };
  }, [scroller, rowHeight]);
  return view;
};
