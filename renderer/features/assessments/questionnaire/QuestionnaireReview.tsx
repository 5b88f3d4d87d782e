import { Alert, Button, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Checklist } from '@shared/domain';
import type { ProposedAnswer, QuestionnaireReadResult } from '@shared/questionnaire';
import { recordAnswers } from '@renderer/data/assessments';
import { DataTable } from '@renderer/ui/table/DataTable';
import { useProblemColumns, useProblemRows } from '@renderer/features/import';
import { DialogActions } from '@renderer/ui/DialogActions';
import { useProposalColumns } from './proposalColumns';
import { useProposalRows, type ProposalRow } from './proposalRows';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';

export interface QuestionnaireFile {
  fileName: string;
  checklist: Checklist;
  result: QuestionnaireReadResult;
}

interface ReviewProps {
  assessmentId: string;
  file: QuestionnaireFile;
  onClose: () => void;
}

const proposalId = (row: ProposalRow): string => row.proposal.itemId;
const problemId = (row: { key: string }): string => row.key;

const CloseButton = ({ onClose }: { onClose: () => void }) => {
  const { t } = useTranslation();
  return (
    <Button variant="default" onClick={onClose}>
      {t('questionnaire.review.close')}
    </Button>
  );
};

const ProblemList = ({
  result,
  onClose,
}: {
  result: Extract<QuestionnaireReadResult, { ok: false }>;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const rows = useProblemRows(result.problems);
  const columns = useProblemColumns();
  return (
    <>
      <Alert color="red" title={t('questionnaire.review.refused')} />
      <DataTable
        data={rows}
        columns={columns}
        getRowId={problemId}
        label={t('importer.preview.problemsTable')}
        emptyMessage={t('importer.preview.noProblems')}
        height="50vh"
      />
      <DialogActions>
        <CloseButton onClose={onClose} />
      </DialogActions>
    </>
  );
};

const ProposalList = ({
  assessmentId,
  checklist,
  answers,
  onClose,
}: {
  assessmentId: string;
  checklist: Checklist;
  answers: ProposedAnswer[];
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const failureMessage = useErrorMessage();
  const [pending, setPending] = useState(answers);
  const [busy, setBusy] = useState(false);

  const decided = useCallback((done: readonly ProposedAnswer[]) => {
    const ids = new Set(done.map((proposal) => proposal.itemId));
    setPending((current) => current.filter((proposal) => !ids.has(proposal.itemId)));
  }, []);

  const accept = useCallback(
    async (proposals: readonly ProposedAnswer[]) => {
      setBusy(true);
      try {
        await recordAnswers(
          assessmentId,
          Object.fromEntries(
            proposals.map((proposal) => [
              proposal.itemId,
              { value: proposal.value, comment: proposal.comment ?? '' },
            ]),
          ),
        );
        decided(proposals);
        notifications.show({
          color: 'green',
          message: t('questionnaire.review.accepted', { count: proposals.length }),
        });
      } catch (error) {
        notifications.show({
          color: 'red',
          message: t('questionnaire.review.failed', { message: failureMessage(error) }),
        });
      } finally {
        setBusy(false);
      }
    },
    [assessmentId, decided, failureMessage, t],
  );

  const onAccept = useCallback((proposal: ProposedAnswer) => void accept([proposal]), [accept]);
  const onReject = useCallback((proposal: ProposedAnswer) => decided([proposal]), [decided]);
  const rows = useProposalRows(pending, checklist);
  const columns = useProposalColumns({ onAccept, onReject, busy });

  if (answers.length === 0 || pending.length === 0)
    return (
      <>
        <Text>
          {t(answers.length === 0 ? 'questionnaire.review.noChanges' : 'questionnaire.review.allReviewed')}
        </Text>
        <DialogActions>
          <CloseButton onClose={onClose} />
        </DialogActions>
      </>
    );
  return (
    <>
      <Text size="sm" c="dimmed">
        {t('questionnaire.review.intro')}
      </Text>
      <DataTable
        data={rows}
        columns={columns}
        getRowId={proposalId}
        label={t('questionnaire.review.table')}
        emptyMessage={t('questionnaire.review.allReviewed')}
        height="50vh"
        pinLastColumn
      />
      <DialogActions>
        <CloseButton onClose={onClose} />
        <Button loading={busy} onClick={() => void accept(pending)}>
          {t('questionnaire.review.acceptAll', { count: pending.length })}
        </Button>
      </DialogActions>
    </>
  );
};

/** The answers read from a filled questionnaire, to accept or reject one by one, or the file's problems. */
export const QuestionnaireReview = ({ assessmentId, file, onClose }: ReviewProps) => {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={onClose}
      size="90%"
      title={t('questionnaire.review.title', { fileName: file.fileName })}
    >
      <Stack gap="sm">
        {file.result.ok ? (
          <ProposalList
            assessmentId={assessmentId}
            checklist={file.checklist}
            answers={file.result.answers}
            onClose={onClose}
          />
        ) : (
          <ProblemList result={file.result} onClose={onClose} />
        )}
      </Stack>
    </Modal>
  );
};
