import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarEntries, type CalendarEntry, type CalendarTarget } from '@shared/domain';
import { useAssessments } from '@renderer/data/assessments';
import { useEvidenceRecords } from '@renderer/data/evidence';
import { useLicences } from '@renderer/data/licences';
import { useRisks } from '@renderer/data/risks';
import { useAssessmentLookups } from '@renderer/features/assessments';
import { localToday } from '@shared/domain';
import { paths } from '@renderer/paths';

/** Every dated entry of the workspace with its status today; undefined while the registers load. */
export const useCalendarEntries = (): CalendarEntry[] | undefined => {
  const { t } = useTranslation();
  const licences = useLicences();
  const assessments = useAssessments();
  const evidence = useEvidenceRecords();
  const risks = useRisks();
  const lookups = useAssessmentLookups();
  const today = localToday();
  return useMemo(() => {
    if (!licences || !assessments || !evidence || !risks || !lookups) return undefined;
    return calendarEntries(
      {
        licences,
        assessments,
        evidence,
        risks,
        subjectName: (subject) =>
          lookups.names[subject.type].get(subject.id) ?? t('assessmentLists.deletedSubject'),
        checklistName: (id) => lookups.checklistsById.get(id)?.name ?? t('assessmentLists.deletedChecklist'),
      },
      today,
    );
  }, [licences, assessments, evidence, risks, lookups, today, t]);
};

/** The page an entry opens. */
export const entryPath = ({ type, id }: CalendarTarget): string =>
  type === 'licence'
    ? paths.licences.view(id)
    : type === 'risk'
      ? paths.risks.view(id)
      : paths.assessments.view(id);

/** An entry as one line: its kind, what it is about, and where that belongs. */
export const useEntryText = (): ((entry: CalendarEntry) => string) => {
  const { t } = useTranslation();
  return (entry) => {
    const kind = t(`calendar.kind.${entry.kind}`);
    return entry.context
      ? t('calendar.entryWithContext', { kind, name: entry.name, where: entry.context })
      : t('calendar.entry', { kind, name: entry.name });
  };
};
