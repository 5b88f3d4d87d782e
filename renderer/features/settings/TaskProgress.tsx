import { Progress, Stack, Text } from '@mantine/core';

/** How far a long task (backup, checking a file, restore) is: a sentence and a bar. */
export interface TaskProgressState {
  label: string;
  done: number;
  total?: number;
}

export const TaskProgress = ({ label, done, total }: TaskProgressState) => (
  <Stack gap={4}>
    <Text size="sm" role="status">
      {label}
    </Text>
    <Progress
      aria-label={label}
      value={total ? Math.min(100, (100 * done) / total) : 0}
      transitionDuration={0}
    />
  </Stack>
);
