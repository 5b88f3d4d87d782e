import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { licenceClass, licenceObligations } from '@shared/domain';
import { LicenceClassBadge } from './LicenceBadges';

/** The class and obligations of a licence's SPDX expression. */
export const LicenceOpenSource = ({ expression }: { expression: string }) => {
  const { t } = useTranslation();
  const obligations = licenceObligations(expression);
  return (
    <Stack gap="xs" component="section" aria-labelledby="licence-open-source">
      <Title order={2} size="h3" id="licence-open-source">
        {t('licences.detail.openSource')}
      </Title>
      <Text size="sm" ff="monospace">
        {expression}
      </Text>
      <div>
        <LicenceClassBadge licenceClass={licenceClass(expression)} />
      </div>
      {obligations.length === 0 ? (
        <Text size="sm">{t('licences.form.spdxNoObligations')}</Text>
      ) : (
        <List spacing={2}>
          {obligations.map((obligation) => (
            <List.Item key={obligation}>{t(`licences.obligation.${obligation}`)}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
};
