import { Input } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface ImportFileFieldProps {
  onChoose: (file: File) => void;
  disabled: boolean;
}

/**
 * A plain file input under a Mantine label: the browser's own control is the most accessible one, and
 * it is the same in the desktop app and the web build.
 */
export const ImportFileField = ({ onChoose, disabled }: ImportFileFieldProps) => {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Input.Wrapper id={id} label={t('importer.file.label')} description={t('importer.file.description')}>
      <input
        id={id}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
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
