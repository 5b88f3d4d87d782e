import { useCallback } from 'react';
import { errorMessage } from './error-message';
import { useFormatNumber } from './useFormatNumber';
import { useTranslate } from './useTranslate';

/** Turns any caught error into what the user reads, in their language: see errorMessage. */
export const useErrorMessage = (): ((error: unknown) => string) => {
  const translate = useTranslate();
  const { bytes } = useFormatNumber();
  return useCallback((error: unknown) => errorMessage(error, translate, bytes), [translate, bytes]);
};
