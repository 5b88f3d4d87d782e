import type { Page } from '@playwright/test';

export interface NavigationEdge {
  /** Height of the whole page, in CSS pixels. */
  pageHeight: number;
  /** The first and last row, below the header, where no line is drawn at the navigation's edge. */
  gap: { from: number; to: number } | null;
}

/**
 * Where, down a full-page capture, the line between the navigation and the page is missing. The capture is
 * read back pixel by pixel in the page's own canvas; at each row below the header, one of the two pixel
 * columns at the navigation's right edge must be the frame's border grey rather than the white page.
 */
export const navigationEdge = async (page: Page): Promise<NavigationEdge> => {
  const { edge, top } = await page.evaluate(() => ({
    edge: Math.round(document.querySelector('nav')!.getBoundingClientRect().right),
    top: Math.ceil(document.querySelector('header')!.getBoundingClientRect().bottom),
  }));
  const png = (await page.screenshot({ fullPage: true })).toString('base64');
  return page.evaluate(
    async ({ png, edge, top }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(edge - 1, 0, 2, image.height).data;
      // Mantine's gray-3 (#dee2e6) against white: anything clearly darker than white is the line.
      const isLine = (offset: number) => (pixels[offset] ?? 255) < 240;
      const missing: number[] = [];
      for (let row = top; row < image.height; row += 1) {
        const offset = row * 2 * 4;
        if (!isLine(offset) && !isLine(offset + 4)) missing.push(row);
      }
      const [from] = missing;
      const to = missing[missing.length - 1];
      return {
        pageHeight: image.height,
        gap: from === undefined || to === undefined ? null : { from, to },
      };
    },
    { png, edge, top },
  );
};
