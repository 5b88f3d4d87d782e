import { Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { computeConcentration } from '@shared/domain';
import { useDependencies } from '@renderer/data/dependencies';
import { useVendors } from '@renderer/data/vendors';
import { ConcentrationChart } from './ConcentrationChart';
import { ConcentrationTable } from './ConcentrationTable';

/**
 * Concentration per network domain (design §3): the chart for the picture, the table for the figures,
 * and the rule that produced them in plain words. Recomputed live whenever a dependency changes.
 */
export const ConcentrationSection = () => {
  const { t } = useTranslation();
  const dependencies = useDependencies();
  const vendors = useVendors();
  const domains = useMemo(() => computeConcentration(dependencies ?? []), [dependencies]);
  const vendorName = useMemo(() => {
    const names = new Map((vendors ?? []).map((vendor) => [vendor.id, vendor.name]));
    return (vendorId: string) => names.get(vendorId) ?? t('concentration.unknownVendor');
  }, [vendors, t]);

  return (
    <Stack component="section" aria-labelledby="concentration-title" gap="sm" mt="xl">
      <Title order={2} size="h3" id="concentration-title">
        {t('concentration.title')}
      </Title>
      <Text size="sm" c="dimmed" maw={900}>
        {t('concentration.explanation')}
      </Text>
      {dependencies !== undefined && domains.length === 0 ? (
        <Text>{t('concentration.empty')}</Text>
      ) : (
        <>
          <ConcentrationChart domains={domains} />
          <ConcentrationTable domains={domains} vendorName={vendorName} />
        </>
      )}
    </Stack>
  );
};
