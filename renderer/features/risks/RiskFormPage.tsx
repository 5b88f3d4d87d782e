import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { riskCategoryValues, type RiskCategory } from '@shared/domain';
import { useDependencies } from '@renderer/data/dependencies';
import { useLicences } from '@renderer/data/licences';
import { useRisk } from '@renderer/data/risks';
import { useVendors } from '@renderer/data/vendors';
import { PageTitle } from '@renderer/ui/PageTitle';
import { RiskForm } from './RiskForm';
import type { RiskPrefill } from './riskFormValues';
import { RiskNotFound } from './RiskNotFound';

/** The links needed by the form's pick lists, or undefined while any is loading. */
const useLinkables = () => {
  const vendors = useVendors();
  const dependencies = useDependencies();
  const licences = useLicences();
  return vendors && dependencies && licences ? { vendors, dependencies, licences } : undefined;
};

const isCategory = (value: string | null): value is RiskCategory =>
  riskCategoryValues.some((category) => category === value);

/** The prefill of a quick-creation link, keeping only ids of records that still exist. */
const prefillOf = (params: URLSearchParams, linkables: NonNullable<ReturnType<typeof useLinkables>>) => {
  // A finding on a standard links every dependency implementing it: a key may repeat.
  const existing = (key: string, records: readonly { id: string }[]) => {
    const known = new Set(records.map((record) => record.id));
    return [...new Set(params.getAll(key))].filter((id) => known.has(id));
  };
  const category = params.get('category');
  const prefill: RiskPrefill = {
    title: params.get('title') ?? undefined,
    description: params.get('description') ?? undefined,
    category: isCategory(category) ? category : undefined,
    vendorIds: existing('vendorId', linkables.vendors),
    dependencyIds: existing('dependencyId', linkables.dependencies),
    licenceIds: existing('licenceId', linkables.licences),
  };
  return prefill;
};

/** A new risk; `?vendorId= ?dependencyId= ?licenceId= &title= &description= &category=` prefill a quick creation. */
export const NewRiskPage = () => {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const linkables = useLinkables();
  if (!linkables) return <Text c="dimmed">{t('common.loading')}</Text>;
  return (
    <>
      <PageTitle>{t('risks.form.titleNew')}</PageTitle>
      <RiskForm prefill={prefillOf(searchParams, linkables)} {...linkables} />
    </>
  );
};

/** The form opens once the risk is loaded, so its starting values are the stored ones. */
export const EditRiskPage = () => {
  const { t } = useTranslation();
  const { riskId } = useParams();
  const risk = useRisk(riskId);
  const linkables = useLinkables();
  if (risk === undefined || !linkables) return <Text c="dimmed">{t('common.loading')}</Text>;
  if (risk === null) return <RiskNotFound />;
  return (
    <>
      <PageTitle>{t('risks.form.titleEdit', { title: risk.title })}</PageTitle>
      <RiskForm key={risk.id} risk={risk} {...linkables} />
    </>
  );
};
