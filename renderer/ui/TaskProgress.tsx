import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** How far a long task (backup, checking a file, restore, an import's writing) is: a sentence and a bar. */
export interface TaskProgressState {
  label: string;
  done: number;
  total?: number;
}

/** The task's sentence and bar, with a Cancel button when the task can still be stopped (`onCancel`). */
export const TaskProgress = ({
  label,
  done,
  total,
  onCancel,
}: TaskProgressState & { onCancel?: () => void }) => {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Group gap="sm" justify="space-between" role="status">
        <Text size="sm">{label}</Text>
        {onCancel && (
          <Button variant="default" size="xs" onClick={onCancel}>
            {t('common.fileTask.cancel')}
          </Button>
        )}
      </Group>
      <Progress
        aria-label={label}
        value={total ? Math.min(100, (100 * done) / total) : 0}
        transitionDuration={0}
      />
    </Stack>
  );
};
