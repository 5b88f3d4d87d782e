import { Anchor, Group, List, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { riskLevelValues } from '@shared/domain';
import { useRisks } from '@renderer/data/risks';
import { localToday } from '@shared/domain';
import { summariseRisks } from './riskDashboard';
import { RiskLevelBadge } from './RiskLevelBadge';
import { paths } from '@renderer/paths';

/** Dashboard: open risks by level, top five by residual score, overdue actions, reviews due. */
export const RiskDashboardSection = () => {
  const { t } = useTranslation();
  const risks = useRisks();
  const today = localToday();
  const summary = useMemo(() => (risks ? summariseRisks(risks, today) : undefined), [risks, today]);
  if (!summary) return null;

  return (
    <Paper withBorder p="md" mt="md" component="section" aria-labelledby="risk-dashboard">
      <Title order={2} size="h3" id="risk-dashboard" mb="sm">
        <Anchor component={Link} to={paths.risks.list} inherit>
          {t('risks.dashboard.title')}
        </Anchor>
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2, lg: 4 }}>
        <section aria-label={t('risks.dashboard.byLevel')}>
          <Text fw={600} size="sm" mb={4}>
            {t('risks.dashboard.byLevel')}
          </Text>
          <List spacing={2}>
            {riskLevelValues.map((level) => (
              <List.Item key={level}>
                {t(`risks.level.${level}`)}: {summary.openByLevel[level]}
              </List.Item>
            ))}
          </List>
        </section>
        <section aria-label={t('risks.dashboard.topFive')}>
          <Text fw={600} size="sm" mb={4}>
            {t('risks.dashboard.topFive')}
          </Text>
          {summary.topFive.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('risks.dashboard.none')}
            </Text>
          ) : (
            <List spacing={4}>
              {summary.topFive.map(({ risk, score, level }) => (
                <List.Item key={risk.id}>
                  <Group gap="xs" wrap="nowrap">
                    <Anchor component={Link} to={paths.risks.view(risk.id)} size="sm">
                      {risk.title}
                    </Anchor>
                    <RiskLevelBadge score={score} level={level} />
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
        </section>
        <section aria-label={t('risks.dashboard.overdueActions')}>
          <Text fw={600} size="sm" mb={4}>
            {t('risks.dashboard.overdueActions')}
          </Text>
          <Text fz={28} fw={700} c={summary.overdueActions > 0 ? 'red' : undefined}>
            <Anchor component={Link} to="/risks/actions" inherit>
              {summary.overdueActions}
            </Anchor>
          </Text>
        </section>
        <section aria-label={t('risks.dashboard.reviewsDue')}>
          <Text fw={600} size="sm" mb={4}>
            {t('risks.dashboard.reviewsDue')}
          </Text>
          <Text size="sm" c={summary.reviewsPast > 0 ? 'red' : undefined}>
            {t('risks.dashboard.reviewsPast', { count: summary.reviewsPast })}
          </Text>
          <Text size="sm">{t('risks.dashboard.reviewsSoon', { count: summary.reviewsSoon })}</Text>
        </section>
      </SimpleGrid>
    </Paper>
  );
};
