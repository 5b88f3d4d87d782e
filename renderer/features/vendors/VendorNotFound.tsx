import { Button, EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../ui/PageTitle';

/** A link to a vendor that is not (or no longer) in the workspace, e.g. after it was deleted. */
export const VendorNotFound = () => {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('vendors.notFound.title')}</PageTitle>
      <EmptyState description={t('vendors.notFound.description')}>
        <EmptyState.Actions>
          <Button component={Link} to="/vendors">
            {t('vendors.notFound.action')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </>
  );
};
