import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@renderer/paths';
import { PageTitle } from '@renderer/ui/PageTitle';
import { DeclarationsImport } from './DeclarationsImport';
import { HolderReview } from './HolderReview';
import { PatentCaveat } from './PatentCaveat';
import { SetHistory } from './SetHistory';
import { useStandardsData } from './useStandardsData';

/** Import a declarations file, review who the declaring companies are, and see the sets imported so far. */
export const DeclarationsPage = () => {
  const { t } = useTranslation();
  const data = useStandardsData();
  return (
    <>
      <PageTitle>{t('standards.import.pageTitle')}</PageTitle>
      <Anchor component={Link} to={paths.standards.list} mb="md" display="block">
        {t('standards.page.back')}
      </Anchor>
      <PatentCaveat />
      <DeclarationsImport />
      {data === undefined ? (
        <Text c="dimmed">{t('common.loading')}</Text>
      ) : (
        <>
          <HolderReview matches={data.matches} vendors={data.vendors} />
          <SetHistory sets={data.sets} />
        </>
      )}
    </>
  );
};
