import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StandardExposureSummary } from '@shared/domain/standards';
import { paths } from '@renderer/paths';
import { PageTitle } from '@renderer/ui/PageTitle';
import { DataTable } from '@renderer/ui/table/DataTable';
import { useFormatDate } from '@renderer/ui/useFormatDate';
import { PatentCaveat } from './PatentCaveat';
import { PatentFindings } from './PatentFindings';
import { ShareThresholdField } from './ShareThresholdField';
import { useStandardColumns } from './standardColumns';
import { useStandardTitles } from './useStandardTitles';
import { usePatentFindings, useStandardSummaries, useStandardsData } from './useStandardsData';

const standardId = (summary: StandardExposureSummary): string => summary.standard;

/** Every standard the dependencies implement, with what is declared on it and how much of it we cover. */
export const StandardsPage = () => {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const data = useStandardsData();
  const summaries = useStandardSummaries(data);
  const findings = usePatentFindings(data);
  const columns = useStandardColumns(useStandardTitles(data?.references));

  return (
    <>
      <PageTitle>{t('standards.title')}</PageTitle>
      <Text c="dimmed" mb="md">
        {t('standards.intro')}
      </Text>
      <PatentCaveat />
      <Group justify="space-between" mb="md">
        <Text>
          {data === undefined
            ? t('common.loading')
            : data.inForce.length === 0
              ? t('standards.noDeclarations')
              : t('standards.inForce', {
                  files: data.inForce.map((set) => set.fileName).join(', '),
                  date: formatDate(data.inForce[0]?.importedAt.slice(0, 10) ?? ''),
                })}
        </Text>
        <Group>
          <Button variant="default" component={Link} to={paths.standards.reference}>
            {t('standards.referenceList')}
          </Button>
          <Button variant="default" component={Link} to={paths.standards.rates}>
            {t('standards.royaltyRates')}
          </Button>
          <Button component={Link} to={paths.standards.declarations}>
            {t('standards.importDeclarations')}
          </Button>
        </Group>
      </Group>
      {summaries === undefined || data === undefined ? (
        <Text c="dimmed">{t('common.loading')}</Text>
      ) : (
        <>
          <DataTable
            data={summaries}
            columns={columns}
            getRowId={standardId}
            label={t('standards.tableLabel')}
            height="50vh"
            emptyMessage={t('standards.empty')}
            initialSorting={[{ id: 'uncoveredShare', desc: true }]}
          />
          <ShareThresholdField key={data.assumptions.shareThreshold ?? ''} assumptions={data.assumptions} />
          {findings && <PatentFindings findings={findings} />}
        </>
      )}
    </>
  );
};
