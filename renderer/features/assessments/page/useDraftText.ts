import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { readDraft, writeDraft } from '@renderer/data/answer-drafts';

/** How long typing may pause before the text is saved. */
const SAVE_AFTER_MS = 600;

export interface DraftTextProps {
  value: string;
  onChange: (event: ChangeEvent<HTMLTextAreaElement | HTMLInputElement>) => void;
  onBlur: () => void;
}

/**
 * A text field's value kept locally and saved when typing pauses, when the field loses focus and when it
 * leaves the screen, so a long comment does not write on every keystroke. Each keystroke is also kept
 * synchronously on this machine under `draftKey` until the database holds the text: a page closed or
 * reloaded before the save finished gets the text back, and saves it, when it opens again.
 * A change saved elsewhere shows unless the user is typing.
 */
export const useDraftText = (
  value: string,
  onSave: (text: string) => void,
  draftKey: string,
): DraftTextProps => {
  const [text, setText] = useState(() => readDraft(draftKey) ?? value);
  const unsaved = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const save = useRef(onSave);
  useEffect(() => {
    save.current = onSave;
  });

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (unsaved.current === null) return;
    const pending = unsaved.current;
    unsaved.current = null;
    save.current(pending);
  }, []);

  const restored = useRef(false);
  useEffect(() => {
    const draft = readDraft(draftKey);
    if (draft === value) writeDraft(draftKey, null);
    if (!restored.current) {
      // A draft left by a page closed mid-save is saved now, once, when the field appears.
      restored.current = true;
      if (draft !== null && draft !== value) {
        unsaved.current = draft;
        flush();
      }
      return;
    }
    if (unsaved.current === null && readDraft(draftKey) === null) setText(value);
  }, [value, draftKey, flush]);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const onChange = useCallback(
    (event: ChangeEvent<HTMLTextAreaElement | HTMLInputElement>) => {
      const next = event.currentTarget.value;
      setText(next);
      writeDraft(draftKey, next);
      unsaved.current = next;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_AFTER_MS);
    },
    [flush, draftKey],
  );

  return { value: text, onChange, onBlur: flush };
};
