import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react';

/** How long typing may pause before the text is saved. */
const SAVE_AFTER_MS = 600;

export interface DraftTextProps {
  value: string;
  onChange: (event: ChangeEvent<HTMLTextAreaElement | HTMLInputElement>) => void;
  onBlur: () => void;
}

/**
 * A text field's value kept locally and saved when typing pauses, when the field loses focus and when it
 * leaves the screen (scrolled out of the list, page closed), so no word is lost and a long comment does
 * not write on every keystroke. A change saved elsewhere shows unless the user is typing.
 */
export const useDraftText = (value: string, onSave: (text: string) => void): DraftTextProps => {
  const [text, setText] = useState(value);
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

  useEffect(() => {
    if (unsaved.current === null) setText(value);
  }, [value]);

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
      unsaved.current = next;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_AFTER_MS);
    },
    [flush],
  );

  return { value: text, onChange, onBlur: flush };
};
