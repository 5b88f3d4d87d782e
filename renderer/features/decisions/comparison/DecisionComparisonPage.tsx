import { Anchor, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Decision, DecisionCriterion } from '@shared/domain';
import { paths } from '@renderer/paths';
import { PageTitle } from '@renderer/ui/PageTitle';
import { RecordNotFound } from '@renderer/ui/RecordNotFound';
import { CriterionCharts } from './CriterionCharts';
import { rankOptions, typedWeights, type DecisionWhatIfs } from './comparisonModel';
import { RankingTable } from './RankingTable';
import { useDecisionComparison } from './useDecisionComparison';
import { useSaveWeights } from './useSaveWeights';
import { WeightsForm, type TypedWeights } from './WeightsForm';
import { WhatIfTable } from './WhatIfTable';

/**
 * A decision's options side by side: what each does to concentration, sovereignty exposure, continuity,
 * licences, risks and cost against today, a chart per criterion, the weights, the ranking and how robust it is.
 */
export const DecisionComparisonPage = () => {
  const { t } = useTranslation();
  const { id } = useParams();
  const { decision, whatIfs, risks } = useDecisionComparison(id);

  if (decision === null)
    return (
      <RecordNotFound
        title={t('decisionComparison.notFound.title')}
        description={t('decisionComparison.notFound.description')}
        back={{ label: t('decisionComparison.notFound.back'), to: paths.decisions.list }}
      />
    );
  return (
    <>
      <PageTitle>{t('decisionComparison.title')}</PageTitle>
      {decision === undefined ||
      whatIfs === undefined ||
      whatIfs.columns.length !== decision.options.length + 1 ? (
        <Text c="dimmed">{t('decisionComparison.loading')}</Text>
      ) : (
        // Keyed by the stored version: weights saved, or changed elsewhere, start the fields again from them.
        <Comparison key={decision.updatedAt} decision={decision} whatIfs={whatIfs} risks={risks} />
      )}
    </>
  );
};

interface ComparisonProps {
  decision: Decision;
  whatIfs: DecisionWhatIfs;
  risks: readonly { id: string; title: string }[] | undefined;
}

const Comparison = ({ decision, whatIfs, risks }: ComparisonProps) => {
  const { t } = useTranslation();
  const [typed, setTyped] = useState<TypedWeights>({ ...decision.weights });
  const checked = typedWeights(typed);
  const weights = checked.weights ?? decision.weights;
  const comparison = useMemo(() => rankOptions(whatIfs, weights), [whatIfs, weights]);
  const { save, saving } = useSaveWeights(decision);
  const locked = decision.status === 'approved';

  const optionTitle = useMemo(() => {
    const titles = new Map(decision.options.map((option) => [option.id, option.title]));
    return (optionId: string) => titles.get(optionId) ?? optionId;
  }, [decision.options]);
  const riskTitle = useMemo(() => {
    const titles = new Map((risks ?? []).map((risk) => [risk.id, risk.title]));
    return (riskId: string) => titles.get(riskId) ?? t('decisionComparison.whatIf.residualUnknownRisk');
  }, [risks, t]);

  const change = (criterion: DecisionCriterion, value: number | string) =>
    setTyped((current) => ({ ...current, [criterion]: value }));
  const onSave = () => {
    if (checked.weights === null) {
      notifications.show({ color: 'red', message: t('decisionComparison.weights.notSaved') });
      return;
    }
    void save(checked.weights);
  };

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={2} size="h3">
          {decision.question}
        </Title>
        <Anchor component={Link} to={paths.decisions.view(decision.id)}>
          {t('decisionComparison.back')}
        </Anchor>
        <Text size="sm" c="dimmed" maw={900}>
          {t('decisionComparison.intro')}
        </Text>
      </Stack>
      <Stack component="section" aria-labelledby="what-if-title" gap="sm">
        <Title order={2} size="h3" id="what-if-title">
          {t('decisionComparison.whatIf.title')}
        </Title>
        <Text size="sm" c="dimmed" maw={900}>
          {t('decisionComparison.whatIf.hhiExplanation')}
        </Text>
        <WhatIfTable columns={whatIfs.columns} riskTitle={riskTitle} />
      </Stack>
      <Stack component="section" aria-labelledby="criterion-charts-title" gap="sm">
        <Title order={2} size="h3" id="criterion-charts-title">
          {t('decisionComparison.charts.title')}
        </Title>
        <CriterionCharts columns={whatIfs.columns} />
      </Stack>
      <Stack component="section" aria-labelledby="weights-title" gap="sm">
        <Title order={2} size="h3" id="weights-title">
          {t('decisionComparison.weights.title')}
        </Title>
        <WeightsForm
          typed={typed}
          onChange={change}
          total={checked.total}
          problem={checked.problem}
          locked={locked}
          saving={saving}
          onSave={onSave}
        />
        {checked.weights === null && (
          <Text size="sm" c="dimmed">
            {t('decisionComparison.weights.rankingOnSaved')}
          </Text>
        )}
        <Title order={3} size="h4">
          {t('decisionComparison.ranking.title')}
        </Title>
        <RankingTable comparison={comparison} weights={weights} optionTitle={optionTitle} />
      </Stack>
    </Stack>
  );
};
