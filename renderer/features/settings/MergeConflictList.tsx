import { Badge, Group, Paper, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { memo, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MeasuredListRegion } from '@renderer/ui/MeasuredListRegion';
import { fieldDifferences, mergeRecordName } from '@shared/workspace/merge-diff';
import type { MergeConflict, MergeSide } from '@shared/workspace/merge-plan';
import { useFormatDateTime } from '@renderer/ui/useFormatDateTime';
import { useDifferenceWords, type DifferenceWords } from './useDifferenceWords';

interface ConflictCardProps {
  conflict: MergeConflict;
  choice: MergeSide;
  words: DifferenceWords;
  formatDateTime: (at: string) => string;
  onChoose: (id: string, side: MergeSide) => void;
}

/**
 * One record changed on both sides: what it is, the fields that differ side by side (this workspace's
 * value, then the colleague's) under the time each version was saved, to the second, and the choice.
 */
const ConflictCard = memo(function ConflictCard({
  conflict,
  choice,
  words,
  formatDateTime,
  onChoose,
}: ConflictCardProps) {
  const { t } = useTranslation();
  const nameId = useId();
  const { table, current, incoming, newer, signedOff } = conflict;
  const name = mergeRecordName(incoming) ?? mergeRecordName(current) ?? conflict.id;
  const differences = useMemo(() => fieldDifferences(current, incoming), [current, incoming]);
  const newerBadge = (
    <Badge size="xs" variant="light" ml={6} tt="none">
      {t('workspaceMerge.review.newer')}
    </Badge>
  );

  return (
    <Paper withBorder p="sm" role="group" aria-labelledby={nameId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Text fw={600} id={nameId}>
              {name}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`workspaceFile.tables.${table}`)}
            </Text>
          </div>
          <SegmentedControl
            aria-label={t('workspaceMerge.review.choiceFor', { name })}
            size="xs"
            value={choice}
            onChange={(side) => onChoose(conflict.id, side)}
            data={[
              { value: 'current', label: t('workspaceMerge.review.keepMine') },
              { value: 'incoming', label: t('workspaceMerge.review.takeTheirs') },
            ]}
          />
        </Group>
        {signedOff && (
          <Text size="sm" fw={500}>
            {signedOff.approvedBy && signedOff.approvedAt
              ? t('workspaceMerge.review.signedOff', {
                  by: signedOff.approvedBy,
                  date: formatDateTime(signedOff.approvedAt),
                })
              : t('workspaceMerge.review.signedOffUnnamed')}
          </Text>
        )}
        <Table
          aria-label={t('workspaceMerge.review.differences', { name })}
          layout="fixed"
          verticalSpacing={4}
          withTableBorder
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="24%">{t('workspaceMerge.review.field')}</Table.Th>
              <Table.Th>
                {t('workspaceMerge.review.here', { date: formatDateTime(current.updatedAt) })}
                {newer === 'current' && newerBadge}
              </Table.Th>
              <Table.Th>
                {t('workspaceMerge.review.there', { date: formatDateTime(incoming.updatedAt) })}
                {newer === 'incoming' && newerBadge}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {differences.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={3}>
                  <Text size="sm" c="dimmed">
                    {t('workspaceMerge.review.onlySavedAt')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ) : (
              differences.map((difference) => (
                <Table.Tr key={difference.path.join('\u0000')}>
                  <Table.Th scope="row" fw="normal">
                    {words.label(difference.path)}
                  </Table.Th>
                  <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {words.value(table, difference.path, difference.current)}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {words.value(table, difference.path, difference.incoming)}
                  </Table.Td>
                </Table.Tr>
              ))
            )}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
});

/**
 * Every record changed on both sides, each with its differences and its choice, rendered only where the
 * reader is: a merge of thousands of conflicts scrolls as one of ten.
 */
export const MergeConflictList = ({
  conflicts,
  choices,
  names,
  onChoose,
}: {
  conflicts: readonly MergeConflict[];
  choices: ReadonlyMap<string, MergeSide>;
  names: ReadonlyMap<string, string>;
  onChoose: (id: string, side: MergeSide) => void;
}) => {
  const { t } = useTranslation();
  const words = useDifferenceWords(names);
  const formatDateTime = useFormatDateTime('second');
  if (conflicts.length === 0) return <Text c="dimmed">{t('workspaceMerge.review.noConflicts')}</Text>;
  return (
    <MeasuredListRegion
      label={t('workspaceMerge.review.conflictList')}
      count={conflicts.length}
      estimateSize={160}
      getItemKey={(index) => {
        const conflict = conflicts[index];
        return conflict ? `${conflict.table}:${conflict.id}` : index;
      }}
      renderRow={(index) => {
        const conflict = conflicts[index] as MergeConflict;
        return (
          <ConflictCard
            conflict={conflict}
            choice={choices.get(conflict.id) ?? conflict.preselected}
            words={words}
            formatDateTime={formatDateTime}
            onChoose={onChoose}
          />
        );
      }}
    />
  );
};
