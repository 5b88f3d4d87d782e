import type { en } from './en';

declare module '@shared/messages/message-key' {
  interface MessageCatalogue {
    readonly english: typeof en;
  }
}
