import { useTranslation } from 'react-i18next';
import type { PrintStage } from '@shared/ipc';
import { TaskProgress } from '@renderer/ui/TaskProgress';
import classes from './document/boardReport.module.css';

/**
 * The stage of the PDF export with its bar, on screen only (never on the page printed), and a Cancel until
 * the printing starts.
 */
export const PrintProgress = ({ stage, onCancel }: { stage: PrintStage; onCancel: () => void }) => {
  const { t } = useTranslation();
  const progress =
    stage.step === 'building'
      ? { label: t('reports.printProgress.building'), done: 0, total: 1 }
      : stage.step === 'drawing'
        ? {
            label: t('reports.printProgress.drawing', { drawn: stage.drawn, total: stage.total }),
            done: stage.drawn,
            total: stage.total,
          }
        : { label: t('reports.printProgress.printing'), done: 1, total: 1 };
  return (
    <div className={classes.screenOnly}>
      <TaskProgress {...progress} {...(stage.step !== 'printing' && { onCancel })} />
    </div>
  );
};
