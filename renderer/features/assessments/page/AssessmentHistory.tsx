import { Anchor, Group, List, Stack, Text, Title } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { diffRevisions, type Assessment, type Checklist, type ChecklistItem } from '@shared/domain';
import { itemsOf } from '@renderer/data/assessments';
import { useFormatDate } from '@renderer/ui/useFormatDate';
import { useAnswerLabel } from './useAnswerLabel';
import { AssessmentStatusBadge } from '../AssessmentBadges';
import { paths } from '@renderer/paths';

interface AssessmentHistoryProps {
  revisions: readonly Assessment[];
  currentId: string;
  checklist: Pick<Checklist, 'sections'>;
}

/** The revisions of this assessment, newest first, each with what changed since the one before it. */
export const AssessmentHistory = memo(function AssessmentHistory({
  revisions,
  currentId,
  checklist,
}: AssessmentHistoryProps) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const answerLabel = useAnswerLabel();
  const items = useMemo(() => itemsOf(checklist), [checklist]);
  const order = useMemo(() => [...items.keys()], [items]);
  if (revisions.length < 2) return null;

  const itemName = (itemId: string): string => items.get(itemId)?.text ?? itemId;
  const valueOf = (
    item: ChecklistItem | undefined,
    value: Assessment['answers'][string]['value'] | undefined,
  ) => answerLabel(item ?? { answerType: 'text' }, value ?? null);

  return (
    <Stack gap="xs" component="section" aria-labelledby="assessment-history">
      <Title order={2} size="h3" id="assessment-history">
        {t('assessments.history.title')}
      </Title>
      {[...revisions].reverse().map((revision) => {
        const previous = revisions[revisions.indexOf(revision) - 1];
        const diff = previous ? diffRevisions(previous, revision, order) : undefined;
        return (
          <Stack
            key={revision.id}
            gap={4}
            component="article"
            aria-label={t('assessments.history.revision', { revision: revision.revision })}
          >
            <Group gap="xs">
              {revision.id === currentId ? (
                <Text fw={600}>{t('assessments.history.revision', { revision: revision.revision })}</Text>
              ) : (
                <Anchor component={Link} to={paths.assessments.view(revision.id)} fw={600}>
                  {t('assessments.history.revision', { revision: revision.revision })}
                </Anchor>
              )}
              <AssessmentStatusBadge status={revision.status} />
              {revision.approvedAt && (
                <Text size="sm" c="dimmed">
                  {t('assessments.history.approved', {
                    approver: revision.approvedBy ?? '—',
                    date: formatDate(revision.approvedAt.slice(0, 10)),
                  })}
                </Text>
              )}
            </Group>
            {diff &&
              (diff.answers.length === 0 && !diff.conclusion ? (
                <Text size="sm" c="dimmed">
                  {t('assessments.history.noChange')}
                </Text>
              ) : (
                <List size="sm" spacing={2}>
                  {diff.conclusion && (
                    <List.Item>
                      {t('assessments.history.conclusion', {
                        before: t(`assessments.conclusion.${diff.conclusion.before ?? 'none'}`),
                        after: t(`assessments.conclusion.${diff.conclusion.after ?? 'none'}`),
                      })}
                    </List.Item>
                  )}
                  {diff.answers.map((change) => {
                    const item = items.get(change.itemId);
                    return (
                      <List.Item key={change.itemId}>
                        {t(`assessments.history.${change.kind}`, {
                          item: itemName(change.itemId),
                          before: valueOf(item, change.before?.value),
                          after: valueOf(item, change.after?.value),
                          fields: change.fields
                            .map((field) => t(`assessments.history.fields.${field}`))
                            .join(', '),
                        })}
                      </List.Item>
                    );
                  })}
                </List>
              ))}
          </Stack>
        );
      })}
    </Stack>
  );
});
