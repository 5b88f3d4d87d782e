import { describe, expect, it, vi } from 'vitest';
import { externalLinkDialog, openExternalLink } from '../../../electron/external-link';

const actions = (answer: boolean) => ({
  confirm: vi.fn((_url: string) => Promise.resolve(answer)),
  open: vi.fn((_url: string) => Promise.resolve()),
});

describe('opening a link outside the app', () => {
  it('asks the user about the exact address, then opens it in their browser', async () => {
    const steps = actions(true);
    expect(await openExternalLink('https://www.fcc.gov/supplychain/coveredlist', steps)).toBe('opened');
    expect(steps.confirm).toHaveBeenCalledWith('https://www.fcc.gov/supplychain/coveredlist');
    expect(steps.open).toHaveBeenCalledWith('https://www.fcc.gov/supplychain/coveredlist');
  });

  it('opens nothing when the user declines', async () => {
    const steps = actions(false);
    expect(await openExternalLink('https://www.fcc.gov/', steps)).toBe('declined');
    expect(steps.open).not.toHaveBeenCalled();
  });

  it('neither asks nor opens for an address off the allowlist', async () => {
    for (const url of [
      'https://example.com/',
      'http://www.fcc.gov/',
      'mailto:a@fcc.gov',
      'file:///etc/passwd',
    ]) {
      const steps = actions(true);
      expect(await openExternalLink(url, steps)).toBe('refused');
      expect(steps.confirm).not.toHaveBeenCalled();
      expect(steps.open).not.toHaveBeenCalled();
    }
  });

  it('names the address in the dialog, in the user’s language, with Cancel as the default', () => {
    const english = externalLinkDialog('https://www.fcc.gov/', 'en');
    expect(english).toMatchObject({
      message: 'Open this page in your web browser?',
      detail: 'https://www.fcc.gov/',
      buttons: ['Open in browser', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
    });
    expect(externalLinkDialog('https://www.fcc.gov/', 'fr')).toMatchObject({
      message: 'Ouvrir cette page dans votre navigateur web ?',
      buttons: ['Ouvrir dans le navigateur', 'Annuler'],
    });
  });
});
