import { Button, Group, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposedAnswer } from '@shared/questionnaire';
import type { ProposalRow } from './proposalRows';

const column = createColumnHelper<ProposalRow>();

interface Decisions {
  onAccept: (proposal: ProposedAnswer) => void;
  onReject: (proposal: ProposedAnswer) => void;
  busy: boolean;
}

/** The review's columns: where the answer is in the file, the question, both answers and the decision. */
export const useProposalColumns = ({ onAccept, onReject, busy }: Decisions) => {
  const { t } = useTranslation();
  return useMemo(
    () => [
      column.accessor((row) => row.proposal.row, {
        id: 'row',
        header: t('questionnaire.review.columns.row'),
        size: 80,
      }),
      column.accessor('question', {
        header: t('questionnaire.review.columns.question'),
        size: 360,
        cell: ({ row }) => (
          <Text size="sm" lineClamp={1} title={row.original.question}>
            {row.original.question}
          </Text>
        ),
      }),
      column.accessor('current', { header: t('questionnaire.review.columns.current'), size: 150 }),
      column.accessor('proposed', { header: t('questionnaire.review.columns.proposed'), size: 150 }),
      column.accessor((row) => row.proposal.comment ?? '', {
        id: 'comment',
        header: t('questionnaire.review.columns.comment'),
        size: 260,
        cell: ({ row }) => (
          <Text size="sm" lineClamp={1} title={row.original.proposal.comment}>
            {row.original.proposal.comment ?? ''}
          </Text>
        ),
      }),
      column.display({
        id: 'decision',
        header: t('questionnaire.review.columns.decision'),
        size: 200,
        cell: ({ row }) => (
          <Group gap="xs" wrap="nowrap">
            <Button
              size="compact-sm"
              disabled={busy}
              aria-label={t('questionnaire.review.acceptItem', { question: row.original.question })}
              onClick={() => onAccept(row.original.proposal)}
            >
              {t('questionnaire.review.accept')}
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              disabled={busy}
              aria-label={t('questionnaire.review.rejectItem', { question: row.original.question })}
              onClick={() => onReject(row.original.proposal)}
            >
              {t('questionnaire.review.reject')}
            </Button>
          </Group>
        ),
      }),
    ],
    [t, onAccept, onReject, busy],
  );
};
