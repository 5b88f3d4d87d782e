import { Alert, Anchor, Button, Group, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Decision } from '@shared/domain';
import {
  approveDecision,
  reopenDecision,
  returnDecisionToDraft,
  submitDecisionForReview,
  useDecisionSigners,
} from '@renderer/data/decisions';
import { NameStepModal } from '@renderer/ui/NameStepModal';
import { useFormatDate } from '@renderer/ui/useFormatDate';
import { useSelfApprovalCheck, type SelfApprovalMessages } from '@renderer/ui/useSelfApprovalCheck';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { paths } from '@renderer/paths';

interface DecisionWorkflowProps {
  decision: Decision;
  /** The revision made from this one, when it was reopened: only the latest can be reopened. */
  nextRevision: Pick<Decision, 'id' | 'revision'> | undefined;
}

const selfApprovalMessages: SelfApprovalMessages = {
  author: { refused: 'decisions.errors.approverIsAuthor', alone: 'decisions.approve.alone.author' },
  editor: { refused: 'decisions.errors.approverIsEditor', alone: 'decisions.approve.alone.editor' },
};

/**
 * The review steps, as for assessments: draft → in review (named reviewer) → approved (named approver,
 * then locked, the chosen option's follow-up added to its risks) → reopened as a new revision.
 */
export const DecisionWorkflow = ({ decision, nextRevision }: DecisionWorkflowProps) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formatDate = useFormatDate();
  const errorMessage = useErrorMessage();
  const checkApprover = useSelfApprovalCheck(useDecisionSigners(decision.id), selfApprovalMessages);
  const [step, setStep] = useState<'review' | 'approve'>();
  const locked = decision.status === 'approved';

  const run = (action: () => Promise<unknown>) => {
    action().catch((error: unknown) => notifications.show({ color: 'red', message: errorMessage(error) }));
  };
  const reopen = () =>
    run(async () => {
      const next = await reopenDecision(decision.id);
      await navigate(paths.decisions.view(next.id));
    });

  return (
    <Stack gap="sm" component="section" aria-labelledby="decision-workflow">
      <Title order={2} size="h3" id="decision-workflow">
        {t('decisions.workflow.title')}
      </Title>
      {locked && (
        <Alert color="green" title={t('decisions.workflow.lockedTitle')}>
          {t('decisions.workflow.locked', {
            approver: decision.approvedBy ?? '—',
            date: decision.approvedAt ? formatDate(decision.approvedAt.slice(0, 10)) : '—',
          })}
          {nextRevision && (
            <>
              {' '}
              <Anchor component={Link} to={paths.decisions.view(nextRevision.id)}>
                {t('decisions.workflow.openRevision', { revision: nextRevision.revision })}
              </Anchor>
            </>
          )}
        </Alert>
      )}
      {decision.status === 'in-review' && decision.reviewer && (
        <Alert color="blue">{t('decisions.workflow.inReview', { reviewer: decision.reviewer })}</Alert>
      )}
      <Group>
        {decision.status === 'draft' && (
          <Button onClick={() => setStep('review')}>{t('decisions.workflow.submit')}</Button>
        )}
        {decision.status === 'in-review' && (
          <>
            <Button color="green" onClick={() => setStep('approve')}>
              {t('decisions.workflow.approve')}
            </Button>
            <Button variant="default" onClick={() => run(() => returnDecisionToDraft(decision.id))}>
              {t('decisions.workflow.returnToDraft')}
            </Button>
          </>
        )}
        {locked && !nextRevision && (
          <Button variant="light" onClick={reopen}>
            {t('decisions.workflow.reopen', { revision: decision.revision + 1 })}
          </Button>
        )}
      </Group>
      {step === 'review' && (
        <NameStepModal
          title={t('decisions.workflow.submitTitle')}
          nameLabel={t('decisions.workflow.reviewer')}
          initialName={decision.reviewer ?? ''}
          confirmLabel={t('decisions.workflow.submit')}
          onConfirm={(name) => submitDecisionForReview(decision.id, name)}
          onClose={() => setStep(undefined)}
        />
      )}
      {step === 'approve' && (
        <NameStepModal
          title={t('decisions.workflow.approveTitle')}
          nameLabel={t('decisions.workflow.approver')}
          nameDescription={t('decisions.workflow.approverHint')}
          // Never the current user: the approver is whoever signs off, typed on purpose.
          initialName=""
          checkName={checkApprover}
          confirmLabel={t('decisions.workflow.approve')}
          onConfirm={(name) => approveDecision(decision.id, name)}
          onClose={() => setStep(undefined)}
        />
      )}
    </Stack>
  );
};
