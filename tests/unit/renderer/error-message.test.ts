import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Refusal } from '@shared/messages/refusal';
import { WorkbenchDatabase } from '@renderer/db/database';
import { closeWorkspace, openWorkspace } from '@renderer/data/database';
import { saveDependency } from '@renderer/data/dependencies';
import { deleteVendor, saveVendor } from '@renderer/data/vendors';
import { initI18n } from '@renderer/i18n';
import { errorMessage } from '@renderer/ui/error-message';
import { numberFormatters } from '@renderer/ui/useFormatNumber';

initI18n('fr');

/** What the screen shows of a caught error, in the language i18next is set to. */
const shown = (error: unknown): string => {
  const fixed = i18next.getFixedT(i18next.language);
  return errorMessage(
    error,
    (key, params) => fixed(key as never, params),
    numberFormatters(i18next.language).bytes,
  );
};

const named = (name: string, inner?: unknown) => Object.assign(new Error(name), { name, inner });

beforeEach(async () => {
  await i18next.changeLanguage('fr');
  await openWorkspace(new WorkbenchDatabase('error-message', { indexedDB: new IDBFactory(), IDBKeyRange }));
});

afterEach(() => closeWorkspace());

describe('a caught error, in the user’s language', () => {
  it('says a command’s refusal in French, with its values', async () => {
    const vendor = await saveVendor({ name: 'Radio Nord', hqCountry: 'FI' });
    await saveDependency({
      name: 'eNodeB',
      vendorId: vendor.id,
      kind: 'hardware',
      domain: 'ran',
      criticality: 4,
      substitutability: 'hard',
    });
    const refused: unknown = await deleteVendor(vendor.id).catch((error: unknown) => error);
    expect(shown(refused)).toBe(
      'Radio Nord a encore 1 dépendance : choisissez le fournisseur auquel la rattacher.',
    );
    const itself: unknown = await deleteVendor(vendor.id, vendor.id).catch((error: unknown) => error);
    expect(shown(itself)).toBe(
      'Un fournisseur ne peut pas être rattaché à lui-même : choisissez un autre fournisseur.',
    );
    await i18next.changeLanguage('en');
    expect(shown(itself)).toBe('A vendor cannot be reassigned to itself: choose another vendor.');
  });

  it('words a status and writes a file size the French way', () => {
    expect(
      shown(new Refusal('decisions.errors.wrongStatus', { status: { term: 'decisions.status.in-review' } })),
    ).toBe('Cette étape n’est pas possible tant que la décision est En revue.');
    expect(
      shown(
        new Refusal('assessments.errors.evidenceTooLarge', {
          name: 'audit.pdf',
          size: { bytes: 30 * 1024 * 1024 },
        }),
      ),
    ).toMatch(/^audit\.pdf pèse 30\sMo : les pièces justificatives sont limitées à 25 Mo\.$/);
  });

  it('names a full disk, and gives anything else a French sentence with the technical detail', () => {
    expect(shown(named('AbortError', named('QuotaExceededError')))).toBe(
      'Le disque est plein ou l’application a atteint son quota de stockage : rien n’a été enregistré. Libérez de l’espace et réessayez.',
    );
    expect(shown(new TypeError('x is undefined'))).toBe(
      'Une erreur inattendue est survenue (TypeError: x is undefined).',
    );
  });
});
