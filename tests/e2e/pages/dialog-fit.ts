import { expect, type Locator } from '@playwright/test';

/** Where an element is drawn and whether a reader can see all of it, as measured in the page. */
interface Placement {
  box: { left: number; top: number; right: number; bottom: number };
  /** The part of the page that can show it: the window, narrowed by every ancestor that clips. */
  shown: { left: number; top: number; right: number; bottom: number };
  /** What is drawn at its centre: itself (or its content), or whatever covers it. */
  onTop: boolean;
}

/**
 * Asserts that a dialog's action is fully in view without scrolling anything: inside the window, not cut
 * by a scrolling or clipping ancestor (a table scrolled sideways, a dialog taller than the window), and not
 * covered by something drawn over it. Playwright's clicks scroll into view first, so they would not notice.
 * Soft: one run names every dialog that does not fit.
 */
export const expectFullyInView = async (action: Locator, name: string): Promise<void> => {
  const placement = await action.evaluate((element): Placement => {
    const rect = element.getBoundingClientRect();
    const shown = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
    for (let node = element.parentElement; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const outer = node.getBoundingClientRect();
      // The client box: inside the borders, without the scrollbars.
      const left = outer.left + node.clientLeft;
      const top = outer.top + node.clientTop;
      shown.left = Math.max(shown.left, left);
      shown.top = Math.max(shown.top, top);
      shown.right = Math.min(shown.right, left + node.clientWidth);
      shown.bottom = Math.min(shown.bottom, top + node.clientHeight);
    }
    const hit = document.elementFromPoint((rect.left + rect.right) / 2, (rect.top + rect.bottom) / 2);
    return {
      box: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
      shown,
      onTop: hit !== null && (hit === element || element.contains(hit) || hit.contains(element)),
    };
  });
  const { box, shown } = placement;
  const inside =
    box.left >= shown.left - 0.5 &&
    box.top >= shown.top - 0.5 &&
    box.right <= shown.right + 0.5 &&
    box.bottom <= shown.bottom + 0.5;
  expect
    .soft(inside, `${name} is drawn at ${JSON.stringify(box)}, outside ${JSON.stringify(shown)}`)
    .toBe(true);
  expect.soft(placement.onTop, `${name} is covered by something drawn over it`).toBe(true);
};

/**
 * Brings a table row into view as a reader scrolling down the dialog does: vertically only, the table
 * left at its start, so a row action past the table's right edge stays out of view and is caught.
 */
export const scrollRowIntoView = async (row: Locator): Promise<void> => {
  await row.evaluate((element) => element.scrollIntoView({ block: 'center', inline: 'start' }));
};
