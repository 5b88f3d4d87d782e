import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useDependencies } from '@renderer/data/dependencies';
import { useLicence } from '@renderer/data/licences';
import { useVendors } from '@renderer/data/vendors';
import { PageTitle } from '@renderer/ui/PageTitle';
import { LicenceForm } from './LicenceForm';
import { LicenceNotFound } from './LicenceNotFound';

/** A new licence; `?vendorId=` or `?dependencyId=` (a link from that record's page) starts it linked to it. */
export const NewLicencePage = () => {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const vendors = useVendors();
  const dependencies = useDependencies();
  if (vendors === undefined || dependencies === undefined)
    return <Text c="dimmed">{t('common.loading')}</Text>;
  // A stale link (record since deleted) starts with nothing chosen rather than an id nobody can see.
  const vendorId = searchParams.get('vendorId');
  const dependencyId = searchParams.get('dependencyId');
  const preset = {
    vendorId: vendors.find((vendor) => vendor.id === vendorId)?.id,
    dependencyId: dependencies.find((dependency) => dependency.id === dependencyId)?.id,
  };
  return (
    <>
      <PageTitle>{t('licences.form.titleNew')}</PageTitle>
      <LicenceForm preset={preset} vendors={vendors} dependencies={dependencies} />
    </>
  );
};

/** The form opens once the licence is loaded, so its starting values are the stored ones. */
export const EditLicencePage = () => {
  const { t } = useTranslation();
  const { licenceId } = useParams();
  const licence = useLicence(licenceId);
  const vendors = useVendors();
  const dependencies = useDependencies();
  if (licence === undefined || vendors === undefined || dependencies === undefined)
    return <Text c="dimmed">{t('common.loading')}</Text>;
  if (licence === null) return <LicenceNotFound />;
  return (
    <>
      <PageTitle>{t('licences.form.titleEdit', { title: licence.title })}</PageTitle>
      <LicenceForm key={licence.id} licence={licence} vendors={vendors} dependencies={dependencies} />
    </>
  );
};
