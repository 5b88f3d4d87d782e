import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useDependencies, useDependency } from '@renderer/data/dependencies';
import { useVendors } from '@renderer/data/vendors';
import { PageTitle } from '@renderer/ui/PageTitle';
import { SectionEmptyState } from '@renderer/ui/SectionEmptyState';
import { DependencyForm } from './DependencyForm';
import { DependencyNotFound } from './DependencyNotFound';
import { paths } from '@renderer/paths';

/** A new dependency; `?vendorId=` (a link from a vendor's page) starts it with that vendor. */
export const NewDependencyPage = () => {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const vendors = useVendors();
  const dependencies = useDependencies();
  if (vendors === undefined || dependencies === undefined)
    return <Text c="dimmed">{t('common.loading')}</Text>;
  const requested = searchParams.get('vendorId');
  // A stale link (vendor since deleted) starts with no vendor rather than with an id nobody can see.
  const vendorId = vendors.some((vendor) => vendor.id === requested) ? (requested ?? undefined) : undefined;
  return (
    <>
      <PageTitle>{t('dependencies.form.titleNew')}</PageTitle>
      {vendors.length === 0 ? (
        <SectionEmptyState
          title={t('dependencies.form.noVendorsTitle')}
          description={t('dependencies.form.noVendorsBody')}
          action={{ label: t('dependencies.form.noVendorsAction'), to: paths.vendors.new }}
        />
      ) : (
        <DependencyForm vendorId={vendorId} vendors={vendors} dependencies={dependencies} />
      )}
    </>
  );
};

/** The form opens once the dependency is loaded, so its starting values are the stored ones. */
export const EditDependencyPage = () => {
  const { t } = useTranslation();
  const { dependencyId } = useParams();
  const dependency = useDependency(dependencyId);
  const vendors = useVendors();
  const dependencies = useDependencies();
  if (dependency === undefined || vendors === undefined || dependencies === undefined)
    return <Text c="dimmed">{t('common.loading')}</Text>;
  if (dependency === null) return <DependencyNotFound />;
  return (
    <>
      <PageTitle>{t('dependencies.form.titleEdit', { name: dependency.name })}</PageTitle>
      <DependencyForm
        key={dependency.id}
        dependency={dependency}
        vendors={vendors}
        dependencies={dependencies}
      />
    </>
  );
};
