import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ownValue, withOwnValue, withoutOwnValue, type Answer, type Assessment } from '@shared/domain';
import { recordAnswers, type AnswerPatch } from '@renderer/data/assessments';
import { useErrorMessage } from '@renderer/ui/useErrorMessage';

type Pending = Readonly<Record<string, AnswerPatch>>;

const applied = (answer: Answer | undefined, patch: AnswerPatch): Answer => ({
  ...(answer ?? { value: null, evidenceIds: [] }),
  ...patch,
});

const settled = (answer: Answer | undefined, patch: AnswerPatch): boolean =>
  (patch.value === undefined || (answer?.value ?? null) === (patch.value === '' ? null : patch.value)) &&
  (patch.comment === undefined || (answer?.comment ?? '') === patch.comment);

/**
 * The answers shown while the assessor works: what is stored, with what they just chose laid over it until
 * the database confirms it, so progress and score follow each click at once instead of after the write.
 * A refused write drops its overlay (the stored answer shows again) and says why.
 */
export const useAnswering = (
  assessment: Assessment,
): {
  answers: Assessment['answers'];
  answer: (itemId: string, patch: AnswerPatch) => Promise<void>;
} => {
  const [pending, setPending] = useState<Pending>({});
  const latest = useRef<Pending>({});
  const errorMessage = useErrorMessage();
  const id = assessment.id;

  const answers = useMemo(() => {
    const entries = Object.entries(pending);
    if (entries.length === 0) return assessment.answers;
    return entries.reduce(
      (merged, [itemId, patch]) => withOwnValue(merged, itemId, applied(ownValue(merged, itemId), patch)),
      assessment.answers,
    );
  }, [assessment.answers, pending]);

  // Once the database holds what was chosen, the overlay has done its job: a later change from elsewhere
  // (an accepted questionnaire answer) must show, not be hidden behind an old choice.
  useEffect(() => {
    const remaining = Object.fromEntries(
      Object.entries(latest.current).filter(
        ([itemId, patch]) => !settled(ownValue(assessment.answers, itemId), patch),
      ),
    );
    if (Object.keys(remaining).length === Object.keys(latest.current).length) return;
    latest.current = remaining;
    setPending(remaining);
  }, [assessment.answers]);

  const answer = useCallback(
    async (itemId: string, patch: AnswerPatch) => {
      const next = withOwnValue(latest.current, itemId, { ...ownValue(latest.current, itemId), ...patch });
      latest.current = next;
      setPending(next);
      try {
        await recordAnswers(id, { [itemId]: patch });
      } catch (error) {
        const rest = withoutOwnValue(latest.current, itemId);
        latest.current = rest;
        setPending(rest);
        notifications.show({ color: 'red', message: errorMessage(error) });
      }
    },
    [id, errorMessage],
  );

  return { answers, answer };
};
