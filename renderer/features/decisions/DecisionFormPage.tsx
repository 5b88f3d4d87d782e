import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useDecision } from '@renderer/data/decisions';
import { useDependencies } from '@renderer/data/dependencies';
import { useRisks } from '@renderer/data/risks';
import { useVendors } from '@renderer/data/vendors';
import { PageTitle } from '@renderer/ui/PageTitle';
import { DecisionForm } from './DecisionForm';
import { DecisionLocked } from './DecisionLocked';
import { DecisionNotFound } from './DecisionNotFound';

/** The records the form's pickers offer, or undefined while any is loading. */
const usePickable = () => {
  const vendors = useVendors();
  const dependencies = useDependencies();
  const risks = useRisks();
  return vendors && dependencies && risks ? { vendors, dependencies, risks } : undefined;
};

export const NewDecisionPage = () => {
  const { t } = useTranslation();
  const pickable = usePickable();
  if (!pickable) return <Text c="dimmed">{t('common.loading')}</Text>;
  return (
    <>
      <PageTitle>{t('decisions.form.titleNew')}</PageTitle>
      <DecisionForm {...pickable} />
    </>
  );
};

/** The form opens once the decision is loaded, so its starting values are the stored ones; approved is locked. */
export const EditDecisionPage = () => {
  const { t } = useTranslation();
  const { decisionId } = useParams();
  const decision = useDecision(decisionId);
  const pickable = usePickable();
  if (decision === undefined || !pickable) return <Text c="dimmed">{t('common.loading')}</Text>;
  if (decision === null) return <DecisionNotFound />;
  if (decision.status === 'approved') return <DecisionLocked decision={decision} />;
  return (
    <>
      <PageTitle>{t('decisions.form.titleEdit', { question: decision.question })}</PageTitle>
      <DecisionForm key={decision.id} decision={decision} {...pickable} />
    </>
  );
};
