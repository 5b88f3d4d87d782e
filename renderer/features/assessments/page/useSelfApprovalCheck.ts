import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { selfApprovalOf, type Assessment } from '@shared/domain';
import { useAssessmentAuthor, useSignOffPolicy } from '@renderer/data/sign-off';

/** What the approval dialog says about the name typed as approver, and whether it may approve. */
export interface ApproverCheck {
  message: string;
  /** The approval would be refused: the approver signs off their own work and Settings do not allow it. */
  refused: boolean;
}

/**
 * Checks the approver as the approval command will (four eyes unless Settings allow single-person
 * sign-off), so the dialog says so while the name is typed; the command stays the rule.
 */
export const useSelfApprovalCheck = (
  assessment: Pick<Assessment, 'id' | 'answers'>,
): ((approver: string) => ApproverCheck | undefined) => {
  const { t } = useTranslation();
  const author = useAssessmentAuthor(assessment.id);
  const policy = useSignOffPolicy();
  const { answers } = assessment;
  return useCallback(
    (approver: string) => {
      if (author === undefined || !policy) return undefined;
      const role = selfApprovalOf(approver, { author: author ?? undefined, answers });
      if (!role) return undefined;
      const name = approver.trim();
      return policy.singlePersonSignOff
        ? { message: t(`assessments.approve.alone.${role}`, { name }), refused: false }
        : {
            message: t(
              role === 'author'
                ? 'assessments.errors.approverIsAuthor'
                : 'assessments.errors.approverIsEditor',
              {
                name,
              },
            ),
            refused: true,
          };
    },
    [t, author, policy, answers],
  );
};
