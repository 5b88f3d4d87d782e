import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useVendor } from '@renderer/data/vendors';
import { PageTitle } from '@renderer/ui/PageTitle';
import { VendorForm } from './VendorForm';
import { VendorNotFound } from './VendorNotFound';

export const NewVendorPage = () => {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('vendors.form.titleNew')}</PageTitle>
      <VendorForm />
    </>
  );
};

/** The form opens once the vendor is loaded, so its starting values are the stored ones. */
export const EditVendorPage = () => {
  const { t } = useTranslation();
  const { vendorId } = useParams();
  const vendor = useVendor(vendorId);
  if (vendor === undefined) return <Text c="dimmed">{t('common.loading')}</Text>;
  if (vendor === null) return <VendorNotFound />;
  return (
    <>
      <PageTitle>{t('vendors.form.titleEdit', { name: vendor.name })}</PageTitle>
      <VendorForm key={vendor.id} vendor={vendor} />
    </>
  );
};
