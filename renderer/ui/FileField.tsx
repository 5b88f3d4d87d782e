import { Input } from '@mantine/core';
import { useId } from 'react';

interface FileFieldProps {
  label: string;
  description: string;
  /** The input's accept list: extensions and MIME types. */
  accept: string;
  onChoose: (file: File) => void;
  disabled: boolean;
}

/**
 * A plain file input under a Mantine label: the browser's own control is the most accessible one, and
 * it is the same in the desktop app and the web build.
 */
export const FileField = ({ label, description, accept, onChoose, disabled }: FileFieldProps) => {
  const id = useId();
  return (
    <Input.Wrapper id={id} label={label} description={description}>
      <input
        id={id}
        type="file"
        accept={accept}
        aria-describedby={`${id}-description`}
        disabled={disabled}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) is a change too.
          event.currentTarget.value = '';
          if (file) onChoose(file);
        }}
        style={{ display: 'block', marginTop: 'var(--mantine-spacing-xs)' }}
      />
    </Input.Wrapper>
  );
};
