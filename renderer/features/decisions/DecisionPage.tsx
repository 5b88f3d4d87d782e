import { Anchor, Button, DataList, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDecision, useNextRevision } from '@renderer/data/decisions';
import { Fact } from '@renderer/ui/Fact';
import { PageTitle } from '@renderer/ui/PageTitle';
import { useFormatDate } from '@renderer/ui/useFormatDate';
import { RecordHistory } from '@renderer/features/activity';
import { DecisionChoice } from './DecisionChoice';
import { DecisionFollowUps } from './DecisionFollowUps';
import { DecisionNotFound } from './DecisionNotFound';
import { DecisionOptionsSummary } from './DecisionOptionsSummary';
import { DecisionStatusBadge } from './DecisionStatusBadge';
import { DecisionWorkflow } from './DecisionWorkflow';
import { useSubjectText } from './useSubjectText';
import { paths } from '@renderer/paths';

/** One decision: its question and subject, the options, the choice, the review steps and its history. */
export const DecisionPage = () => {
  const { t } = useTranslation();
  const { decisionId } = useParams();
  const decision = useDecision(decisionId);
  const nextRevision = useNextRevision(decisionId);
  const subjectText = useSubjectText();
  const formatDate = useFormatDate();

  if (decision === undefined || nextRevision === undefined)
    return <Text c="dimmed">{t('common.loading')}</Text>;
  if (decision === null) return <DecisionNotFound />;

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to={paths.decisions.list} size="sm">
          {t('decisions.detail.backToList')}
        </Anchor>
        <Group justify="space-between" align="flex-start">
          <PageTitle>{decision.question}</PageTitle>
          <Group>
            <Button variant="light" component={Link} to={paths.decisions.compare(decision.id)}>
              {t('decisions.detail.compare')}
            </Button>
            {decision.status !== 'approved' && (
              <Button component={Link} to={paths.decisions.edit(decision.id)}>
                {t('decisions.detail.edit')}
              </Button>
            )}
          </Group>
        </Group>
      </div>
      <DataList>
        <Fact label={t('decisions.columns.status')}>
          <DecisionStatusBadge status={decision.status} />{' '}
          {t('decisions.detail.revision', { revision: decision.revision })}
        </Fact>
        <Fact label={t('decisions.columns.subject')}>{subjectText(decision)}</Fact>
        <Fact label={t('decisions.columns.owner')}>{decision.owner}</Fact>
        <Fact label={t('decisions.columns.dueDate')}>
          {decision.dueDate ? formatDate(decision.dueDate) : '—'}
        </Fact>
        {decision.previousId && (
          <Fact label={t('decisions.detail.previous')}>
            <Anchor component={Link} to={paths.decisions.view(decision.previousId)}>
              {t('decisions.detail.revision', { revision: decision.revision - 1 })}
            </Anchor>
          </Fact>
        )}
      </DataList>
      <DecisionOptionsSummary decision={decision} />
      <DecisionChoice key={`${decision.id}-${decision.updatedAt}`} decision={decision} />
      <DecisionWorkflow decision={decision} nextRevision={nextRevision ?? undefined} />
      <DecisionFollowUps decision={decision} />
      <RecordHistory records={[{ table: 'decisions', id: decision.id }]} />
    </Stack>
  );
};
