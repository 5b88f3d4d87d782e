import { useCallback } from 'react';
import { selfApprovalOfRecord, type SelfApproval } from '@shared/domain';
import { useSignOffPolicy, type RecordSigners } from '@renderer/data/sign-off';
import { useTranslate } from './useTranslate';

/** What the approval dialog says about the name typed as approver, and whether it may approve. */
export interface ApproverCheck {
  message: string;
  /** The approval would be refused: the approver signs off their own work and Settings do not allow it. */
  refused: boolean;
}

/**
 * The messages of one kind of record (i18n keys taking {{name}}), by what the approver did to it: refused
 * under four eyes, or said when Settings allow single-person sign-off.
 */
export type SelfApprovalMessages = Readonly<Record<SelfApproval, { refused: string; alone: string }>>;

/**
 * Checks the approver as the approval command will (four eyes unless Settings allow single-person
 * sign-off), so the dialog says so while the name is typed; the command stays the rule. Says nothing
 * while who created or last changed the record is being read.
 */
export const useSelfApprovalCheck = (
  signers: RecordSigners | undefined,
  messages: SelfApprovalMessages,
): ((approver: string) => ApproverCheck | undefined) => {
  const translate = useTranslate();
  const policy = useSignOffPolicy();
  return useCallback(
    (approver: string) => {
      if (!signers || !policy) return undefined;
      const role = selfApprovalOfRecord(approver, signers);
      if (!role) return undefined;
      const refused = !policy.singlePersonSignOff;
      const { [refused ? 'refused' : 'alone']: key } = messages[role];
      return { message: translate(key, { name: approver.trim() }), refused };
    },
    [translate, signers, policy, messages],
  );
};
