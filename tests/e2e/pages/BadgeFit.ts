import type { Locator } from '@playwright/test';

export interface ClippedBadge {
  text: string;
  /** What cuts it: the badge itself, its label, or the table cell it sits in. */
  by: 'badge' | 'label' | 'cell';
  /** Width the text needs and width it is given, in CSS pixels. */
  needs: number;
  has: number;
}

export interface BadgeFit {
  /** The text of every badge shown, in document order. */
  texts: string[];
  clipped: ClippedBadge[];
}

/**
 * Every badge shown inside `scope` and those whose text does not fit: a badge or its label whose content is
 * wider than its box (scrollWidth > clientWidth: the text is cut, with an ellipsis), or a badge that runs
 * past the edge of the table cell that holds it (cells clip their overflow).
 */
export const measureBadges = (scope: Locator): Promise<BadgeFit> =>
  scope.evaluate((root) => {
    const texts: string[] = [];
    const clipped: ClippedBadge[] = [];
    for (const badge of root.querySelectorAll<HTMLElement>('.mantine-Badge-root')) {
      if (badge.getClientRects().length === 0) continue;
      const text = badge.textContent ?? '';
      texts.push(text);
      if (badge.scrollWidth > badge.clientWidth) {
        clipped.push({ text, by: 'badge', needs: badge.scrollWidth, has: badge.clientWidth });
      }
      const label = badge.querySelector<HTMLElement>('.mantine-Badge-label');
      if (label && label.scrollWidth > label.clientWidth) {
        clipped.push({ text, by: 'label', needs: label.scrollWidth, has: label.clientWidth });
      }
      const cell = badge.closest('td');
      if (cell) {
        const edge = cell.getBoundingClientRect().right;
        const right = badge.getBoundingClientRect().right;
        // Half a pixel for sub-pixel layout.
        if (right > edge + 0.5) clipped.push({ text, by: 'cell', needs: right, has: edge });
      }
    }
    return { texts, clipped };
  });
