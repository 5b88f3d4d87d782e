import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceEntry, Vendor, VendorListing } from '@shared/domain';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { saveVendor } from '@renderer/data/vendors';

/** The listing a matched entry stands for: its list and date, and a note saying where it came from. */
export const listingFromEntry = (entry: ReferenceEntry): VendorListing => ({
  list: entry.list,
  since: entry.since,
  note: [entry.name, entry.source].filter(Boolean).join(' — '),
});

/** Adding a listing changes the vendor's level, so it waits for the user's confirmation. */
export const useConfirmAddListing = (): ((vendor: Vendor, entry: ReferenceEntry) => void) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  return useCallback(
    (vendor: Vendor, entry: ReferenceEntry) => {
      const list = t(`vendors.listing.${entry.list}`);
      modals.openConfirmModal({
        title: t('reference.match.confirmTitle', { list }),
        children: <Text>{t('reference.match.confirmBody', { vendor: vendor.name, list })}</Text>,
        labels: { confirm: t('reference.match.confirm'), cancel: t('reference.match.cancel') },
        onConfirm: () => {
          saveVendor({ ...vendor, listings: [...vendor.listings, listingFromEntry(entry)] }).then(
            () =>
              notifications.show({
                color: 'green',
                message: t('reference.match.added', { vendor: vendor.name, list }),
              }),
            (error: unknown) => {
              const reason = errorMessage(error);
              notifications.show({ color: 'red', message: t('reference.match.failed', { reason }) });
            },
          );
        },
      });
    },
    [t, errorMessage],
  );
};
