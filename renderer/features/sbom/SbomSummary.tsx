import { List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { licenceClassValues, type LicenceClass, type SbomComponentFields } from '@shared/domain';
import type { SbomSummary as Summary } from '@shared/sbom';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';
import { SbomClassChart } from './SbomClassChart';

/** Long lists (thousands of copyleft components) are cut here; the components table holds them all. */
const LISTED = 50;

interface ComponentListProps {
  id: string;
  title: string;
  empty: string;
  items: readonly string[];
}

const SummaryList = ({ id, title, empty, items }: ComponentListProps) => {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={4} size="h5" id={id}>
        {title}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed">{empty}</Text>
      ) : (
        <List spacing={2} size="sm">
          {items.slice(0, LISTED).map((item, index) => (
            <List.Item key={index}>{item}</List.Item>
          ))}
          {items.length > LISTED && (
            <List.Item>{t('sbom.summary.more', { count: items.length - LISTED })}</List.Item>
          )}
        </List>
      )}
    </Stack>
  );
};

const describe = (component: SbomComponentFields): string =>
  [component.name, component.version, component.licences?.join(', ')].filter(Boolean).join(' · ');

/** Components per licence class (table and chart), copyleft and unlicensed components, and suppliers. */
export const SbomSummary = ({ summary }: { summary: Summary<LicenceClass> }) => {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const classes = licenceClassValues.filter((value) => summary.byClass[value]);

  return (
    <Stack gap="md" component="section" aria-labelledby="sbom-summary">
      <Title order={3} size="h4" id="sbom-summary">
        {t('sbom.summary.title')}
      </Title>
      <Text fw={500}>{t('sbom.summary.total', { count: summary.total })}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Table aria-label={t('sbom.summary.byClassTable')} maw={420}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sbom.summary.classColumn')}</Table.Th>
              <Table.Th>{t('sbom.summary.countColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {classes.map((value) => (
              <Table.Tr key={value}>
                <Table.Td>{t(`sbom.classes.${value}`)}</Table.Td>
                <Table.Td>{format.integer(summary.byClass[value] ?? 0)}</Table.Td>
              </Table.Tr>
            ))}
            {summary.withoutLicence.length > 0 && (
              <Table.Tr>
                <Table.Td>{t('sbom.summary.withoutLicenceRow')}</Table.Td>
                <Table.Td>{format.integer(summary.withoutLicence.length)}</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
        <SbomClassChart byClass={summary.byClass} classes={classes} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="xl">
        <SummaryList
          id="sbom-copyleft"
          title={t('sbom.summary.copyleftTitle')}
          empty={t('sbom.summary.noCopyleft')}
          items={summary.copyleft.map(describe)}
        />
        <SummaryList
          id="sbom-without-licence"
          title={t('sbom.summary.withoutLicenceTitle')}
          empty={t('sbom.summary.allLicensed')}
          items={summary.withoutLicence.map(describe)}
        />
        <SummaryList
          id="sbom-suppliers"
          title={t('sbom.summary.suppliersTitle')}
          empty={t('sbom.summary.noSuppliers')}
          items={summary.suppliers.map(({ name, count }) => t('sbom.summary.supplierCount', { name, count }))}
        />
      </SimpleGrid>
    </Stack>
  );
};
