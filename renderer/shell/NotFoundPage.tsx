import { Button, EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../ui/PageTitle';

export const NotFoundPage = () => {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('frame.notFound.title')}</PageTitle>
      <EmptyState description={t('frame.notFound.description')}>
        <EmptyState.Actions>
          <Button component={Link} to="/">
            {t('frame.notFound.action')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </>
  );
};
