import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistFileLocation, ChecklistFileProblem } from '@shared/checklists/checklist-file';
import { localiseChecklist } from '@shared/checklists/localise';
import { builtInChecklist } from '@renderer/data/checklists';
import { useTranslate } from '@renderer/ui/useTranslate';

const useLocationText = () => {
  const { t } = useTranslation();
  return useCallback(
    ({ checklist, section, item }: ChecklistFileLocation): string | undefined => {
      if (checklist === undefined) return undefined;
      if (section === undefined) return t('checklists.file.where.checklist', { checklist });
      if (item === undefined) return t('checklists.file.where.section', { checklist, section });
      return t('checklists.file.where.item', { checklist, section, item });
    },
    [t],
  );
};

/** "Checklist 2, section 1, item 4 — Weight: Enter a weight greater than 0 and at most 100." */
export const useDescribeFileProblem = (): ((problem: ChecklistFileProblem) => string) => {
  const { i18n } = useTranslation();
  const translate = useTranslate();
  const locationText = useLocationText();
  return useCallback(
    ({ where, message, params }) => {
      const place = locationText(where);
      const fieldKey = `checklists.fields.${where.field}`;
      const field = where.field && i18n.exists(fieldKey) ? translate(fieldKey) : where.field;
      // A built-in the file repeats is named as the reader sees it, not as shipped.
      const builtIn =
        typeof params?.checklistId === 'string' ? builtInChecklist(params.checklistId) : undefined;
      const named = builtIn ? { ...params, name: localiseChecklist(builtIn, i18n.language).name } : params;
      const text = translate(message, named);
      const prefix = [place, field].filter(Boolean).join(' — ');
      return prefix ? `${prefix}: ${text}` : text;
    },
    [translate, i18n, locationText],
  );
};
