import type { ControllerFieldState, ControllerRenderProps, FieldPath, FieldValues } from 'react-hook-form';
import { useIssueMessage } from './useIssueMessage';

/**
 * What every controlled field passes on to its Mantine input besides value and onChange: blur (for
 * touched state), the ref (so a failed submit focuses it) and its translated error.
 */
export const useControllerProps = () => {
  const issue = useIssueMessage();
  return <V extends FieldValues, N extends FieldPath<V>>(
    field: ControllerRenderProps<V, N>,
    fieldState: ControllerFieldState,
  ) => ({ onBlur: field.onBlur, ref: field.ref, error: issue(fieldState.error?.message) });
};
