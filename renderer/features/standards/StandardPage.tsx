import { Anchor, DataList, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { standardExposure, type PartyExposure } from '@shared/domain/standards';
import { paths } from '@renderer/paths';
import { Fact } from '@renderer/ui/Fact';
import { PageTitle } from '@renderer/ui/PageTitle';
import { useCountryName } from '@renderer/ui/useCountryNames';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';
import { CountrySharesChart } from './CountrySharesChart';
import { EssentialityModal } from './EssentialityModal';
import { PartiesTable } from './PartiesTable';
import { PatentCaveat } from './PatentCaveat';
import { PatentFindings } from './PatentFindings';
import { usePatentFindings, useStandardsData } from './useStandardsData';
import { useStandardTitles } from './useStandardTitles';

/**
 * One standard in use: who declared patents on it, from which countries, how concentrated they are, how
 * much of it we cover, raw and under the essentiality assumptions, with the arithmetic beside each figure.
 */
export const StandardPage = () => {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const countryName = useCountryName();
  const standard = decodeURIComponent(useParams().standard ?? '');
  const data = useStandardsData();
  const exposure = useMemo(() => data && standardExposure(data.index, standard), [data, standard]);
  const allFindings = usePatentFindings(data);
  const findings = allFindings?.filter((draft) => exposure && draft.standards.includes(exposure.standard));
  const [editing, setEditing] = useState<PartyExposure>();
  const titleOf = useStandardTitles(data?.references);

  if (!data || !exposure) return <Text c="dimmed">{t('common.loading')}</Text>;
  const dependencies = data.dependencies.filter((dependency) =>
    exposure.dependencyIds.includes(dependency.id),
  );
  const hhi = (value: { hhi: number; band: 'unconcentrated' | 'moderate' | 'high' } | undefined) =>
    value ? `${format.integer(value.hhi)} (${t(`concentration.band.${value.band}`)})` : '—';

  return (
    <>
      <PageTitle>{t('standards.page.title', { standard: exposure.standard })}</PageTitle>
      <Anchor component={Link} to={paths.standards.list} mb="md" display="block">
        {t('standards.page.back')}
      </Anchor>
      <PatentCaveat />
      <Stack gap="lg">
        <DataList>
          <Fact label={t('standards.page.referenceTitle')}>
            {titleOf(exposure.standard) ?? t('standards.page.notListed')}
          </Fact>
          <Fact label={t('standards.page.matchedBy')}>
            {t(`standards.matchedBy.${exposure.matchedBy}`, { generation: exposure.generation ?? '' })}
          </Fact>
          <Fact label={t('standards.page.dependencies')}>
            <Group gap="xs">
              {dependencies.map((dependency) => (
                <Anchor key={dependency.id} component={Link} to={paths.dependencies.view(dependency.id)}>
                  {dependency.name}
                </Anchor>
              ))}
            </Group>
          </Fact>
          <Fact label={t('standards.page.families')}>
            {t('standards.page.rawAdjusted', {
              raw: format.integer(exposure.families),
              adjusted: format.integer(Math.round(exposure.adjustedFamilies)),
            })}
          </Fact>
          <Fact label={t('standards.page.hhi')}>
            {t('standards.page.rawAdjusted', {
              raw: hhi(exposure.concentration),
              adjusted: hhi(exposure.adjustedConcentration),
            })}
          </Fact>
          <Fact label={t('standards.page.uncovered')}>
            {t('standards.page.rawAdjusted', {
              raw: format.percent(exposure.uncoveredShare),
              adjusted: format.percent(exposure.adjustedUncoveredShare),
            })}
          </Fact>
          <Fact label={t('standards.page.partial')}>
            {t('standards.page.rawAdjusted', {
              raw: format.percent(exposure.partialShare),
              adjusted: format.percent(exposure.adjustedPartialShare),
            })}
          </Fact>
        </DataList>
        <Text size="sm" c="dimmed">
          {t('standards.page.arithmetic')}
        </Text>
        {exposure.families === 0 ? (
          <Text c="dimmed">{t('standards.page.noDeclarations')}</Text>
        ) : (
          <>
            <Title order={2} size="h3">
              {t('standards.page.holdersTitle')}
            </Title>
            <PartiesTable exposure={exposure} onEditEssentiality={setEditing} />
            <Title order={2} size="h3">
              {t('standards.page.countriesTitle')}
            </Title>
            <CountrySharesChart countries={exposure.countries} />
            <Table aria-label={t('standards.page.countriesTitle')} withTableBorder striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('standards.parties.country')}</Table.Th>
                  <Table.Th ta="right">{t('standards.parties.families')}</Table.Th>
                  <Table.Th ta="right">{t('standards.parties.share')}</Table.Th>
                  <Table.Th ta="right">{t('standards.parties.adjustedShare')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {exposure.countries.map((country) => (
                  <Table.Tr key={country.country ?? ''}>
                    <Table.Td>
                      {country.country ? countryName(country.country) : t('standards.unknownCountry')}
                    </Table.Td>
                    <Table.Td ta="right">{format.integer(country.families)}</Table.Td>
                    <Table.Td ta="right">{format.percent(country.share)}</Table.Td>
                    <Table.Td ta="right">{format.percent(country.adjustedShare)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
        {findings && <PatentFindings findings={findings} />}
      </Stack>
      {editing && (
        <EssentialityModal
          key={editing.partyId}
          party={editing}
          assumptions={data.assumptions}
          onClose={() => setEditing(undefined)}
        />
      )}
    </>
  );
};
