import { Box } from '@mantine/core';
import type { Virtualizer } from '@tanstack/react-virtual';
import type { ReactNode, Ref } from 'react';

interface MeasuredRowsProps<TScroll extends Element | Window> {
  virtualizer: Virtualizer<TScroll, Element>;
  renderRow: (index: number) => ReactNode;
  /** The element holding the rows, for a list that measures where it starts on the page. */
  ref?: Ref<HTMLDivElement>;
}

/**
 * The drawn rows of a virtualized list whose rows differ in height (an assessment's items, a merge's
 * conflicts): each row is measured once drawn and the next placed below it, so the list scrolls smoothly
 * whatever a row holds.
 */
export const MeasuredRows = <TScroll extends Element | Window>({
  virtualizer,
  renderRow,
  ref,
}: MeasuredRowsProps<TScroll>) => (
  <div ref={ref} style={{ position: 'relative', height: virtualizer.getTotalSize() }}>
    {virtualizer.getVirtualItems().map((item) => (
      <Box
        key={item.key}
        data-index={item.index}
        ref={virtualizer.measureElement}
        pos="absolute"
        top={0}
        left={0}
        w="100%"
        pb="xs"
        style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
      >
        {renderRow(item.index)}
      </Box>
    ))}
  </div>
);
