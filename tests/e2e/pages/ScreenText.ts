import type { Locator, Page } from '@playwright/test';
import { englishIn } from '../english-words';

/** A piece of text a reader meets on the screen: shown, or read out as an element's name or hint. */
export interface ScreenPiece {
  text: string;
  /** "text" for shown text, else the attribute it came from; with the tag holding it. */
  where: string;
}

/** The attributes a screen reader reads or a pointer shows: words as much as the visible text. */
const spokenAttributes = ['aria-label', 'aria-description', 'aria-valuetext', 'title', 'placeholder', 'alt'];

/** Whatever screen is showing, the words on it: to check that none is left in the other language. */
export class ScreenText {
  constructor(private readonly page: Page) {}

  /**
   * Every visible text node and every spoken attribute of a visible element, within `part` (the whole page,
   * its title included, when none is given).
   */
  async pieces(part?: Locator): Promise<ScreenPiece[]> {
    return (part ?? this.page.locator('body')).evaluate((root, attributes) => {
      const found: { text: string; where: string }[] =
        root === document.body ? [{ text: document.title, where: 'document title' }] : [];
      const visible = (element: Element) =>
        element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName) || !visible(parent)) continue;
        const text = node.textContent ?? '';
        if (text.trim()) found.push({ text, where: `text in <${parent.tagName.toLowerCase()}>` });
      }
      for (const element of [root, ...root.querySelectorAll('*')]) {
        if (!visible(element)) continue;
        for (const attribute of attributes) {
          const text = element.getAttribute(attribute);
          if (text?.trim()) found.push({ text, where: `${attribute} of <${element.tagName.toLowerCase()}>` });
        }
      }
      return found;
    }, spokenAttributes);
  }

  /** The pieces of the screen that are English, each with the reason, user data left aside. */
  async english(userData: readonly string[], part?: Locator): Promise<string[]> {
    const pieces = await this.pieces(part);
    return [
      ...new Set(
        pieces.flatMap(({ text, where }) => {
          const reason = englishIn(text, userData);
          return reason ? [`${JSON.stringify(text.trim())} (${where}; ${reason})`] : [];
        }),
      ),
    ];
  }
}
