import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dependency, Vendor } from '@shared/domain';
import {
  allStandardExposuresInDetail,
  declarationsInForce,
  holdersByCountry,
  standardsExposureIndex,
  topStandardsByUncoveredShare,
} from '@shared/domain/standards';
import { useLicences } from '@renderer/data/licences';
import { useDeclarationSets, usePatentAssumptions } from '@renderer/data/standards';
import { useStandardsReference } from '@renderer/data/standards-reference';
import { paths } from '@renderer/paths';
import { useCountryName } from '@renderer/ui/useCountryNames';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';

/** Standards and countries the card names: the rest is one click away on the Standards screen. */
const TOP_STANDARDS = 3;
const TOP_COUNTRIES = 5;

interface StandardsExposureCardProps {
  vendors: Vendor[];
  dependencies: Dependency[];
}

/**
 * Dashboard: the standards in use where we are least covered and where their patent holders sit, from
 * the declarations in force — the Standards screen's figures (the same pure functions), in brief.
 */
export const StandardsExposureCard = ({ vendors, dependencies }: StandardsExposureCardProps) => {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const countryName = useCountryName();
  const licences = useLicences();
  const sets = useDeclarationSets();
  const assumptions = usePatentAssumptions();
  const references = useStandardsReference();

  const overview = useMemo(() => {
    if (!licences || !sets || !assumptions || !references) return undefined;
    const inForce = declarationsInForce(sets);
    const index = standardsExposureIndex({
      sets: inForce,
      vendors,
      dependencies,
      licences,
      references,
      essentialityRates: assumptions.essentialityRates,
    });
    const exposures = inForce.length === 0 ? [] : allStandardExposuresInDetail(index);
    const declared = exposures.filter((exposure) => exposure.families > 0);
    return {
      standardsInUse: index.standardsInUse.size,
      declarations: inForce.length,
      families: declared.reduce((total, exposure) => total + exposure.families, 0),
      top: topStandardsByUncoveredShare(declared, TOP_STANDARDS),
      countries: holdersByCountry(declared).slice(0, TOP_COUNTRIES),
    };
  }, [vendors, dependencies, licences, sets, assumptions, references]);

  if (!overview) return null;
  const body = () => {
    if (overview.standardsInUse === 0)
      return <Text c="dimmed">{t('sections.dashboard.standards.noStandards')}</Text>;
    if (overview.declarations === 0)
      return (
        <>
          <Text c="dimmed">{t('sections.dashboard.standards.noDeclarations')}</Text>
          <Group>
            <Button component={Link} to={paths.standards.declarations} variant="light">
              {t('sections.dashboard.standards.importAction')}
            </Button>
          </Group>
        </>
      );
    if (overview.top.length === 0)
      return <Text c="dimmed">{t('sections.dashboard.standards.noDeclared')}</Text>;
    return (
      <>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Stack gap={4}>
            <Title order={3} size="h5">
              {t('sections.dashboard.standards.topTitle')}
            </Title>
            <Stack gap={4} role="list" aria-label={t('sections.dashboard.standards.topLabel')}>
              {overview.top.map((exposure) => (
                <Group key={exposure.standard} justify="space-between" role="listitem" wrap="nowrap">
                  <Anchor component={Link} to={paths.standards.view(exposure.standard)}>
                    {exposure.standard}
                  </Anchor>
                  <Text size="sm">
                    {t('sections.dashboard.standards.uncovered', {
                      share: format.percent(exposure.uncoveredShare),
                      families: format.integer(exposure.families),
                    })}
                  </Text>
                </Group>
              ))}
            </Stack>
          </Stack>
          <Stack gap={4}>
            <Title order={3} size="h5">
              {t('sections.dashboard.standards.countriesTitle')}
            </Title>
            <Stack gap={4} role="list" aria-label={t('sections.dashboard.standards.countriesLabel')}>
              {overview.countries.map((row) => (
                <Group key={row.country ?? ''} justify="space-between" role="listitem" wrap="nowrap">
                  <Text>
                    {row.country
                      ? countryName(row.country)
                      : t('sections.dashboard.standards.unknownCountry')}
                  </Text>
                  <Text size="sm">
                    {t('sections.dashboard.standards.country', {
                      count: row.holders,
                      holders: format.integer(row.holders),
                      share: format.percent(row.share),
                    })}
                  </Text>
                </Group>
              ))}
            </Stack>
          </Stack>
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          {t('sections.dashboard.standards.explanation')}
        </Text>
      </>
    );
  };

  return (
    <Paper withBorder p="md" mt="lg" component="section" aria-labelledby="standards-exposure-card">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id="standards-exposure-card">
            {t('sections.dashboard.standards.title')}
          </Title>
          <Anchor component={Link} to={paths.standards.list}>
            {t('sections.dashboard.standards.open')}
          </Anchor>
        </Group>
        {overview.declarations > 0 && overview.standardsInUse > 0 && (
          <Text fw={600}>
            {t('sections.dashboard.standards.summary', {
              count: overview.standardsInUse,
              families: format.integer(overview.families),
            })}
          </Text>
        )}
        {body()}
      </Stack>
    </Paper>
  );
};
