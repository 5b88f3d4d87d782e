import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Decision } from '@shared/domain';
import { useRisks } from '@renderer/data/risks';
import { useFormatDate } from '@renderer/ui/useFormatDate';
import { paths } from '@renderer/paths';

const sameTitle = (a: string, b: string): boolean =>
  a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * After approval, the treatment actions the chosen option's follow-up put on its risks, as they stand now
 * on each risk (status, owner, due date), each risk a link.
 */
export const DecisionFollowUps = ({ decision }: { decision: Decision }) => {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const risks = useRisks();
  const chosen = decision.options.find((option) => option.id === decision.chosenOptionId);
  const actions = useMemo(() => {
    if (!chosen || !risks) return [];
    const riskById = new Map(risks.map((risk) => [risk.id, risk]));
    const mitigated = Object.keys(chosen.expectedResidual);
    return chosen.followUp.flatMap((followUp) =>
      (followUp.riskIds.length > 0 ? followUp.riskIds : mitigated).flatMap((riskId) => {
        const risk = riskById.get(riskId);
        const action = risk?.actions.find((candidate) => sameTitle(candidate.title, followUp.title));
        return risk && action ? [{ risk, action }] : [];
      }),
    );
  }, [chosen, risks]);
  if (decision.status !== 'approved') return null;

  return (
    <Stack gap="xs" component="section" aria-labelledby="decision-follow-ups">
      <Title order={2} size="h3" id="decision-follow-ups">
        {t('decisions.followUps.title')}
      </Title>
      {actions.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('decisions.followUps.none')}
        </Text>
      ) : (
        <List>
          {actions.map(({ risk, action }) => (
            <List.Item key={`${risk.id}-${action.id}`}>
              <Anchor component={Link} to={paths.risks.view(risk.id)}>
                {risk.title}
              </Anchor>
              {' — '}
              {t('decisions.followUps.action', {
                title: action.title,
                owner: action.owner ?? '—',
                due: action.dueDate ? formatDate(action.dueDate) : '—',
                status: t(`risks.actionStatus.${action.status}`),
              })}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
};
