import type { MessageKey } from '../messages/message-key';

/**
 * Why a file from outside is refused as a whole. `message` is an i18n key and `params` fill it in; the
 * readers pass it on in their own problem lists (an import's or a questionnaire's), which share this shape.
 */
export interface FileProblem {
  message: MessageKey;
  params?: Record<string, string | number>;
}

export const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
