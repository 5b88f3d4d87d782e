import { Button, Input, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './FileField.module.css';

interface FileFieldProps {
  label: string;
  description: string;
  /** The input's accept list: extensions and MIME types. */
  accept: string;
  onChoose: (file: File) => void;
  disabled: boolean;
}

/**
 * A file field that looks like the app's other inputs: a labelled button and the name of the file chosen.
 * Underneath it is the browser's own file input, the most accessible control and the same in the desktop
 * app and the web build; it is laid transparent over the button, which only draws it.
 */
export const FileField = ({ label, description, accept, onChoose, disabled }: FileFieldProps) => {
  const { t } = useTranslation();
  const id = useId();
  const [chosen, setChosen] = useState<string>();
  return (
    <Input.Wrapper id={id} label={label} description={description}>
      <div className={classes.field}>
        <div className={classes.picker}>
          <Button
            component="span"
            variant="default"
            className={classes.button}
            disabled={disabled}
            aria-hidden="true"
          >
            {t('common.fileField.choose')}
          </Button>
          <input
            id={id}
            type="file"
            accept={accept}
            className={classes.input}
            aria-describedby={`${id}-description ${id}-chosen`}
            disabled={disabled}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              // Cleared so that choosing the same file again (after fixing it) is a change too.
              event.currentTarget.value = '';
              if (!file) return;
              setChosen(file.name);
              onChoose(file);
            }}
          />
        </div>
        <Text
          id={`${id}-chosen`}
          size="sm"
          c={chosen ? undefined : 'dimmed'}
          truncate
          className={classes.chosen}
        >
          {chosen ?? t('common.fileField.none')}
        </Text>
      </div>
    </Input.Wrapper>
  );
};
