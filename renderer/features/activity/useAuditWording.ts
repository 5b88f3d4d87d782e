import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryName } from '@renderer/ui/useCountryNames';
import { useFormatDateTime } from '@renderer/ui/useFormatDateTime';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';
import { useFormatDate } from '@renderer/ui/useFormatDate';
import { useTranslate } from '@renderer/ui/useTranslate';
import { makeAuditWording, type AuditWording } from './auditWording';

/** The audit wording in the UI's language (a new one when the language changes). */
export const useAuditWording = (): AuditWording => {
  const { i18n } = useTranslation();
  const t = useTranslate();
  const formatDate = useFormatDate();
  const formatDateTime = useFormatDateTime();
  const numbers = useFormatNumber();
  const countryName = useCountryName();
  return useMemo(() => {
    const decimal = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 6 });
    return makeAuditWording({
      t,
      formatDate,
      formatDateTime,
      formatNumber: (value) => decimal.format(value),
      numbers,
      countryName,
    });
  }, [i18n.language, t, formatDate, formatDateTime, numbers, countryName]);
};
