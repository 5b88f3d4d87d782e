import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MergeReviewModal } from './MergeReviewModal';
import { MergeSummaryAlert } from './MergeSummaryAlert';
import { CancelledReading } from './CancelledReading';
import { checkingLabel } from './progressLabels';
import { RestoreProblemList } from './RestoreProblemList';
import { TaskProgress } from '@renderer/ui/TaskProgress';
import type { useMergeWorkspace } from './useMergeWorkspace';

/** The merge's current step under the Settings buttons: the review, the problems found, or the summary. */
export const MergeWorkspaceSteps = ({ merge }: { merge: ReturnType<typeof useMergeWorkspace> }) => {
  const { t } = useTranslation();
  const { state, busy } = merge;
  switch (state.step) {
    case 'reading':
      return (
        <TaskProgress
          label={checkingLabel(t, state.done, state.total)}
          done={state.done}
          total={state.total}
          onCancel={merge.cancel}
        />
      );
    case 'cancelled':
      return <CancelledReading />;
    case 'writeCancelled':
      return (
        <Text c="dimmed" role="status">
          {t('workspaceMerge.writeCancelled')}
        </Text>
      );
    case 'review':
      return (
        <MergeReviewModal
          contents={state.contents}
          plan={state.plan}
          differingSettings={state.differingSettings}
          busy={busy}
          progress={
            merge.writing && {
              label: t('workspaceMerge.progress.writing', merge.writing),
              ...merge.writing,
            }
          }
          onStop={merge.stopWriting}
          onMerge={(choices) => void merge.merge(choices)}
          onCancel={merge.reset}
        />
      );
    case 'refused':
      return (
        <RestoreProblemList
          title={t('workspaceMerge.refused', { fileName: state.fileName })}
          problems={state.problems}
        />
      );
    case 'done':
      return (
        <MergeSummaryAlert
          exportedAt={state.exportedAt}
          summary={state.summary}
          differingSettings={state.differingSettings}
          onClose={merge.reset}
        />
      );
    default:
      return null;
  }
};
