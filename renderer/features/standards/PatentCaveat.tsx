import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The caveat every share of declared patents carries: self-declared, never checked for essentiality. */
export const PatentCaveat = () => {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" title={t('standards.caveatTitle')} mb="md">
      {t('declarations.caveat')}
    </Alert>
  );
};
