import { Anchor, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Assessment, Checklist, ChecklistItem } from '@shared/domain';
import { useAssessment, useRevisions } from '@renderer/data/assessments';
import { useChecklist } from '@renderer/data/checklists';
import { useAnswerEvidence } from '@renderer/data/evidence';
import { useFindingRisks } from '@renderer/data/findings';
import { useSubjectName } from '@renderer/data/subjects';
import { PageTitle } from '@renderer/ui/PageTitle';
import { RecordNotFound } from '@renderer/ui/RecordNotFound';
import { RecordHistory } from '@renderer/features/activity';
import { localToday } from '@shared/domain';
import { ExportQuestionnaireButton } from '../questionnaire/ExportQuestionnaireButton';
import { ImportQuestionnaireButton } from '../questionnaire/ImportQuestionnaireButton';
import { AssessmentFacts } from './AssessmentFacts';
import { AssessmentHistory } from './AssessmentHistory';
import { AssessmentItems } from './AssessmentItems';
import type { ItemContext } from './AssessmentItem';
import { AssessmentProgress } from './AssessmentProgress';
import { AssessmentWorkflow } from './AssessmentWorkflow';
import { AttachEvidenceModal } from './AttachEvidenceModal';
import { useAnswering } from './useAnswering';
import { AssessmentStatusBadge } from '../AssessmentBadges';
import { paths } from '@renderer/paths';

/** Loads the assessment and its checklist; says so when either is gone. */
export const AssessmentPage = () => {
  const { t } = useTranslation();
  const { assessmentId } = useParams();
  const assessment = useAssessment(assessmentId);
  const checklist = useChecklist(assessment?.checklistId);

  if (assessment === undefined || (assessment && checklist === undefined))
    return <Text c="dimmed">{t('common.loading')}</Text>;
  if (assessment === null || checklist === null || checklist === undefined)
    return (
      <RecordNotFound
        title={t('assessments.notFound.title')}
        description={t(
          assessment ? 'assessments.errors.checklistNotFound' : 'assessments.notFound.description',
        )}
        back={{ label: t('assessments.notFound.back'), to: paths.assessments.list }}
      />
    );
  return <AssessmentWorkspace key={assessment.id} assessment={assessment} checklist={checklist} />;
};

interface AssessmentWorkspaceProps {
  assessment: Assessment;
  checklist: Checklist;
}

/** One assessment at work: who and what it assesses, progress and score, the review steps, the items. */
const AssessmentWorkspace = ({ assessment, checklist }: AssessmentWorkspaceProps) => {
  const { t } = useTranslation();
  const subjectName = useSubjectName(assessment.subject) ?? '';
  const { answers, answer } = useAnswering(assessment);
  const evidence = useAnswerEvidence(answers);
  const risks = useFindingRisks(assessment.id);
  const revisions = useRevisions(assessment.id) ?? [];
  const nextRevision = revisions[revisions.findIndex((revision) => revision.id === assessment.id) + 1];
  const [attaching, setAttaching] = useState<ChecklistItem>();
  const locked = assessment.status === 'approved';
  const today = localToday();
  const onAnswer = useCallback(
    (itemId: string, patch: Parameters<typeof answer>[1]) => void answer(itemId, patch),
    [answer],
  );
  const context: ItemContext = useMemo(
    () => ({
      assessment: { id: assessment.id, subject: assessment.subject, checklistId: assessment.checklistId },
      checklistName: checklist.name,
      subjectName,
      locked,
      today,
      onAnswer,
      onAttach: setAttaching,
    }),
    [
      assessment.id,
      assessment.subject,
      assessment.checklistId,
      checklist.name,
      subjectName,
      locked,
      today,
      onAnswer,
    ],
  );
  const historyRecords = useMemo(
    () => [
      { table: 'assessments' as const, id: assessment.id },
      ...[...(evidence?.keys() ?? [])].map((id) => ({ table: 'evidence' as const, id })),
    ],
    [assessment.id, evidence],
  );

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to={paths.assessments.list} size="sm">
          {t('assessments.page.backToList')}
        </Anchor>
        <PageTitle>
          {t('assessments.page.title', { checklist: checklist.name, subject: subjectName })}
        </PageTitle>
        <Group gap="xs" mt={-12}>
          <AssessmentStatusBadge status={assessment.status} />
          <Text size="sm">
            {t('assessments.page.subject', { kind: t(`assessments.subjectType.${assessment.subject.type}`) })}{' '}
            <Anchor component={Link} to={paths.subject(assessment.subject)}>
              {subjectName || t('assessments.page.deletedSubject')}
            </Anchor>
          </Text>
        </Group>
      </div>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
        <Stack gap="lg">
          <AssessmentFacts assessment={assessment} checklist={checklist} />
          <AssessmentWorkflow assessment={assessment} nextRevision={nextRevision} />
          <Group>
            <ExportQuestionnaireButton assessmentId={assessment.id} />
            {!locked && <ImportQuestionnaireButton assessmentId={assessment.id} />}
          </Group>
        </Stack>
        <AssessmentProgress checklist={checklist} answers={answers} />
      </SimpleGrid>
      <AssessmentItems
        checklist={checklist}
        answers={answers}
        evidence={evidence}
        risks={risks}
        context={context}
      />
      <AssessmentHistory revisions={revisions} currentId={assessment.id} checklist={checklist} />
      <RecordHistory records={historyRecords} />
      {attaching && (
        <AttachEvidenceModal
          assessmentId={assessment.id}
          item={attaching}
          onClose={() => setAttaching(undefined)}
        />
      )}
    </Stack>
  );
};
