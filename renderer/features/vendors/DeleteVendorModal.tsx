import { Button, List, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Vendor } from '@shared/domain';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { deleteVendor, useVendorReferences } from '@renderer/data/vendors';
import { useVendorOptions, VENDOR_OPTION_LIMIT } from '@renderer/ui/records/vendorOptions';
import { paths } from '@renderer/paths';
import { DialogActions } from '@renderer/ui/DialogActions';

interface DeleteVendorModalProps {
  vendor: Vendor;
  vendors: readonly Vendor[];
  opened: boolean;
  onClose: () => void;
}

/**
 * Deleting a vendor says what still points at it and what will happen to each: dependencies cannot be
 * left without a vendor, so they must move to another one (or the user cancels); licences and risks move
 * too when a vendor is chosen, or lose the link; subsidiaries lose their parent.
 */
export const DeleteVendorModal = ({ vendor, vendors, opened, onClose }: DeleteVendorModalProps) => {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const references = useVendorReferences(vendor.id);
  const options = useVendorOptions(vendors, vendor.id);
  const [reassignTo, setReassignTo] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const needsReassign = (references?.dependencies ?? 0) > 0;
  const canReassign = !!references && references.dependencies + references.licences + references.risks > 0;
  const target = reassignTo ? vendors.find((other) => other.id === reassignTo)?.name : undefined;

  const confirm = async () => {
    setDeleting(true);
    try {
      await deleteVendor(vendor.id, reassignTo ?? undefined);
      notifications.show({ color: 'green', message: t('vendors.delete.deleted', { name: vendor.name }) });
      void navigate(paths.vendors.list);
    } catch (error) {
      const reason = errorMessage(error);
      notifications.show({ color: 'red', message: t('vendors.delete.failed', { reason }) });
      setDeleting(false);
    }
  };

  const consequences: string[] = [];
  if (references) {
    const { dependencies, licences, subsidiaries, risks } = references;
    if (dependencies > 0)
      consequences.push(
        target
          ? t('vendors.delete.dependenciesMove', { count: dependencies, target })
          : t('vendors.delete.dependenciesNeedTarget', { count: dependencies }),
      );
    if (licences > 0)
      consequences.push(
        target
          ? t('vendors.delete.licencesMove', { count: licences, target })
          : t('vendors.delete.licencesUnlinked', { count: licences }),
      );
    if (risks > 0)
      consequences.push(
        target
          ? t('vendors.delete.risksMove', { count: risks, target })
          : t('vendors.delete.risksUnlinked', { count: risks }),
      );
    if (subsidiaries > 0) consequences.push(t('vendors.delete.subsidiaries', { count: subsidiaries }));
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('vendors.delete.title', { name: vendor.name })}>
      <Stack>
        <Text>{t('vendors.delete.intro')}</Text>
        {references === undefined ? (
          <Text c="dimmed">{t('common.loading')}</Text>
        ) : consequences.length === 0 ? (
          <Text>{t('vendors.delete.nothingRefers')}</Text>
        ) : (
          <List spacing={4}>
            {consequences.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        )}
        {canReassign && (
          <Select
            label={
              needsReassign ? t('vendors.delete.reassignRequired') : t('vendors.delete.reassignOptional')
            }
            withAsterisk={needsReassign}
            data={options}
            searchable
            clearable
            limit={VENDOR_OPTION_LIMIT}
            nothingFoundMessage={t('vendors.form.noVendorFound')}
            value={reassignTo}
            onChange={setReassignTo}
            comboboxProps={{ withinPortal: true }}
          />
        )}
        {needsReassign && options.length === 0 && <Text c="orange">{t('vendors.delete.noOtherVendor')}</Text>}
        <DialogActions>
          <Button variant="default" onClick={onClose}>
            {t('vendors.delete.cancel')}
          </Button>
          <Button
            color="red"
            onClick={() => void confirm()}
            loading={deleting}
            disabled={!references || (needsReassign && !reassignTo)}
          >
            {t('vendors.delete.confirm')}
          </Button>
        </DialogActions>
      </Stack>
    </Modal>
  );
};
