import { DataList, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { inherentScore, residualScore, riskLevel, type Risk } from '@shared/domain';
import { Fact } from '@renderer/ui/Fact';
import { useFormatDate } from '@renderer/ui/useFormatDate';
import { RiskLevelBadge } from './RiskLevelBadge';

/** The risk's facts and how its two scores were reached (likelihood × impact = score → level). */
export const RiskFacts = ({ risk }: { risk: Risk }) => {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const none = t('risks.detail.noValue');
  const inherent = inherentScore(risk);
  const residual = residualScore(risk);
  const explanations = [
    { view: 'inherent', likelihood: risk.likelihood, impact: risk.impact, score: inherent },
    {
      view: 'residual',
      likelihood: risk.residualLikelihood ?? risk.likelihood,
      impact: risk.residualImpact ?? risk.impact,
      score: residual,
    },
  ] as const;

  return (
    <Stack gap="xs" component="section" aria-labelledby="risk-facts">
      <Title order={2} size="h3" id="risk-facts">
        {t('risks.detail.facts')}
      </Title>
      <DataList labelWidth="200px">
        <Fact label={t('risks.fields.category')}>{t(`risks.category.${risk.category}`)}</Fact>
        <Fact label={t('risks.columns.inherent')}>
          <RiskLevelBadge score={inherent} level={riskLevel(inherent)} />
        </Fact>
        <Fact label={t('risks.columns.residual')}>
          <RiskLevelBadge score={residual} level={riskLevel(residual)} />
        </Fact>
        <Fact label={t('risks.fields.treatment')}>{t(`risks.treatment.${risk.treatment}`)}</Fact>
        <Fact label={t('risks.fields.status')}>{t(`risks.status.${risk.status}`)}</Fact>
        <Fact label={t('risks.fields.owner')}>{risk.owner ?? none}</Fact>
        <Fact label={t('risks.fields.reviewDate')}>
          {risk.reviewDate ? formatDate(risk.reviewDate) : none}
        </Fact>
        <Fact label={t('risks.fields.description')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {risk.description || none}
          </Text>
        </Fact>
      </DataList>
      <Title order={3} size="h4">
        {t('risks.detail.scoreTitle')}
      </Title>
      {explanations.map(({ view, likelihood, impact, score }) => (
        <Text key={view} size="sm">
          {t('risks.detail.scoreExplanation', {
            view: t(`risks.heatmap.${view}`),
            likelihood,
            impact,
            score,
            level: t(`risks.level.${riskLevel(score)}`),
          })}
        </Text>
      ))}
    </Stack>
  );
};
