import { DataList, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { clauseNames, type LicenceClauses } from '@shared/domain';
import { Fact } from '@renderer/ui/Fact';
import { ClauseValueBadge } from './LicenceBadges';

/** Each protective clause with its answer and why it matters. */
export const LicenceClauseList = ({ clauses }: { clauses: LicenceClauses }) => {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby="licence-clauses">
      <Title order={2} size="h3" id="licence-clauses">
        {t('licences.detail.clauses')}
      </Title>
      <DataList labelWidth="240px">
        {clauseNames.map((name) => (
          <Fact key={name} label={t(`licences.clause.${name}`)}>
            <ClauseValueBadge value={clauses[name]} />
            <Text size="xs" c="dimmed">
              {t(`licences.clauseGuide.${name}`)}
            </Text>
          </Fact>
        ))}
      </DataList>
    </Stack>
  );
};
