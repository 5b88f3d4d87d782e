import { Box } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type Key, type ReactNode } from 'react';
import { MeasuredRows } from './MeasuredRows';

interface MeasuredListRegionProps {
  /** The region's accessible name. */
  label: string;
  count: number;
  /** A row's height before it is drawn and measured. */
  estimateSize: number;
  getItemKey?: (index: number) => Key;
  renderRow: (index: number) => ReactNode;
}

/**
 * A long list of rows of differing heights in a scrolling region of its own, reachable by keyboard (a
 * merge's conflicts, the records of a bulk event): only the rows in view are drawn.
 */
export const MeasuredListRegion = ({
  label,
  count,
  estimateSize,
  getItemKey,
  renderRow,
}: MeasuredListRegionProps) => {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimateSize,
    overscan: 4,
    ...(getItemKey && { getItemKey }),
  });
  return (
    <Box
      ref={scroller}
      role="region"
      aria-label={label}
      tabIndex={0}
      mah="55dvh"
      style={{ overflowY: 'auto' }}
    >
      <MeasuredRows virtualizer={virtualizer} renderRow={renderRow} />
    </Box>
  );
};
