import { Alert, Anchor, Button, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { conclusionValues, sovereigntyRatingChanges, type Assessment } from '@shared/domain';
import {
  approveAssessment,
  reopenAssessment,
  returnToDraft,
  setConclusion,
  setDueDate,
  submitForReview,
} from '@renderer/data/assessment-workflow';
import { useVendor } from '@renderer/data/vendors';
import { useAssessmentSigners } from '@renderer/data/sign-off';
import { NameStepModal } from '@renderer/ui/NameStepModal';
import { useFormatDate } from '@renderer/ui/useFormatDate';
import { useSelfApprovalCheck, type SelfApprovalMessages } from '@renderer/ui/useSelfApprovalCheck';
import { NextReviewField } from './NextReviewField';
import { SovereigntyUpdate } from './SovereigntyUpdate';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';
import { paths } from '@renderer/paths';

interface AssessmentWorkflowProps {
  assessment: Assessment;
  /** The revision made from this one, when it was reopened: only the latest can change. */
  nextRevision: Pick<Assessment, 'id' | 'revision'> | undefined;
}

type Step = 'review' | 'approve';

const selfApprovalMessages: SelfApprovalMessages = {
  author: { refused: 'assessments.errors.approverIsAuthor', alone: 'assessments.approve.alone.author' },
  editor: { refused: 'assessments.errors.approverIsEditor', alone: 'assessments.approve.alone.editor' },
};

/**
 * Conclusion, due date and the review steps: draft → in review (named reviewer) → approved (named
 * approver, then locked) → reopened as a new revision. Each step is one audited write.
 */
export const AssessmentWorkflow = memo(function AssessmentWorkflow({
  assessment,
  nextRevision,
}: AssessmentWorkflowProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formatDate = useFormatDate();
  const errorMessage = useErrorMessage();
  const checkApprover = useSelfApprovalCheck(useAssessmentSigners(assessment), selfApprovalMessages);
  const vendor = useVendor(assessment.subject.type === 'vendor' ? assessment.subject.id : undefined);
  const [step, setStep] = useState<Step>();
  const [updateRatings, setUpdateRatings] = useState(true);
  const [nextReview, setNextReview] = useState('');
  const locked = assessment.status === 'approved';
  const ratingChanges = vendor ? sovereigntyRatingChanges(vendor, assessment.answers) : [];
  const profiled = vendor && Object.keys(assessment.answers).some((id) => /^srp-c[123][a-d]?$/.test(id));

  const run = (action: () => Promise<unknown>) => {
    action().catch((error: unknown) => notifications.show({ color: 'red', message: errorMessage(error) }));
  };
  const reopen = () =>
    run(async () => {
      const next = await reopenAssessment(assessment.id);
      await navigate(paths.assessments.view(next.id));
    });

  return (
    <Stack gap="sm" component="section" aria-labelledby="assessment-workflow">
      <Title order={2} size="h3" id="assessment-workflow">
        {t('assessments.workflow.title')}
      </Title>
      {locked && (
        <Alert color="green" title={t('assessments.workflow.lockedTitle')}>
          {t('assessments.workflow.locked', {
            approver: assessment.approvedBy ?? '—',
            date: assessment.approvedAt ? formatDate(assessment.approvedAt.slice(0, 10)) : '—',
          })}
          {assessment.nextReviewDate &&
            ` ${t('reviews.next.approved', { date: formatDate(assessment.nextReviewDate) })}`}
          {assessment.selfApproval &&
            ` ${t(`assessments.workflow.signedOffAlone.${assessment.selfApproval}`)}`}
          {nextRevision && (
            <>
              {' '}
              <Anchor component={Link} to={paths.assessments.view(nextRevision.id)}>
                {t('assessments.workflow.openRevision', { revision: nextRevision.revision })}
              </Anchor>
            </>
          )}
        </Alert>
      )}
      <Group align="flex-end">
        <Select
          label={t('assessments.conclusion.label')}
          data={conclusionValues.map((value) => ({ value, label: t(`assessments.conclusion.${value}`) }))}
          value={assessment.conclusion ?? null}
          placeholder={t('assessments.conclusion.none')}
          onChange={(value) => run(() => setConclusion(assessment.id, value ?? undefined))}
          clearable
          disabled={locked}
          w={220}
        />
        <TextInput
          type="date"
          label={t('assessments.workflow.dueDate')}
          value={assessment.dueDate ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            run(() => setDueDate(assessment.id, value || undefined));
          }}
          disabled={locked}
          w={200}
        />
      </Group>
      <Group>
        {assessment.status === 'draft' && (
          <Button onClick={() => setStep('review')}>{t('assessments.workflow.submit')}</Button>
        )}
        {assessment.status === 'in-review' && (
          <>
            <Button color="green" onClick={() => setStep('approve')}>
              {t('assessments.workflow.approve')}
            </Button>
            <Button variant="default" onClick={() => run(() => returnToDraft(assessment.id))}>
              {t('assessments.workflow.returnToDraft')}
            </Button>
          </>
        )}
        {locked && !nextRevision && (
          <Button variant="light" onClick={reopen}>
            {t('assessments.workflow.reopen', { revision: assessment.revision + 1 })}
          </Button>
        )}
      </Group>
      {step === 'review' && (
        <NameStepModal
          title={t('assessments.workflow.submitTitle')}
          nameLabel={t('assessments.workflow.reviewer')}
          initialName={assessment.reviewer ?? ''}
          confirmLabel={t('assessments.workflow.submit')}
          onConfirm={(name) => submitForReview(assessment.id, name)}
          onClose={() => setStep(undefined)}
        />
      )}
      {step === 'approve' && (
        <NameStepModal
          title={t('assessments.workflow.approveTitle')}
          nameLabel={t('assessments.workflow.approver')}
          nameDescription={t('assessments.approve.approverHint')}
          // Never the current user: the approver is whoever signs off, typed on purpose.
          initialName=""
          checkName={checkApprover}
          confirmLabel={t('assessments.workflow.approve')}
          onConfirm={(name) =>
            approveAssessment(assessment.id, name, {
              updateSovereignty: updateRatings && ratingChanges.length > 0,
              nextReviewDate: nextReview || undefined,
            })
          }
          onClose={() => setStep(undefined)}
        >
          <NextReviewField assessment={assessment} value={nextReview} onChange={setNextReview} />
          {profiled && vendor && (
            <SovereigntyUpdate
              vendorName={vendor.name}
              changes={ratingChanges}
              checked={updateRatings}
              onChange={setUpdateRatings}
            />
          )}
        </NameStepModal>
      )}
    </Stack>
  );
});
