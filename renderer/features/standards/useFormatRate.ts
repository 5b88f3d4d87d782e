import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoyaltyRate } from '@shared/domain/standards';

/** An amount in its currency the reader's way (USD 2.50 / 2,50 $US); a bare number when the code is unknown. */
export const useFormatMoney = (): ((amount: number, currency: string | undefined) => string) => {
  const { i18n } = useTranslation();
  return useCallback(
    (amount, currency) => {
      const plain = { minimumFractionDigits: 2, maximumFractionDigits: 4 };
      try {
        if (currency)
          return new Intl.NumberFormat(i18n.language, { ...plain, style: 'currency', currency }).format(
            amount,
          );
      } catch {
        // A code Intl does not know is written after the number below.
      }
      const number = new Intl.NumberFormat(i18n.language, plain).format(amount);
      return currency ? `${number} ${currency}` : number;
    },
    [i18n.language],
  );
};

/** A rate in words: "USD 2.50 per unit" or "1.2 % of the unit price". */
export const useFormatRate = (): ((rate: RoyaltyRate) => string) => {
  const { t, i18n } = useTranslation();
  const money = useFormatMoney();
  return useCallback(
    (rate) =>
      rate.basis === 'per-unit'
        ? t('standards.rates.perUnit', { amount: money(rate.value, rate.currency) })
        : t('standards.rates.percent', {
            percent: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 4 }).format(rate.value),
          }),
    [t, i18n.language, money],
  );
};
