import { Badge, Button, List, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareDeclarationSets, type DeclarationSet } from '@shared/domain/standards';
import { useFormatDateTime } from '@renderer/ui/useFormatDateTime';
import { useFormatNumber } from '@renderer/ui/useFormatNumber';

/** Changes listed in a comparison: the largest ones say what a newer export moved. */
const listedChanges = 20;

const Comparison = ({ older, newer }: { older: DeclarationSet; newer: DeclarationSet }) => {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const comparison = compareDeclarationSets(older.aggregates, newer.aggregates);
  return (
    <Stack gap="xs" mt="sm" aria-live="polite">
      <Text>
        {t('standards.history.comparison', {
          older: older.fileName,
          newer: newer.fileName,
          familiesBefore: format.integer(comparison.families.before),
          familiesAfter: format.integer(comparison.families.after),
          holdersBefore: format.integer(comparison.holders.before),
          holdersAfter: format.integer(comparison.holders.after),
        })}
      </Text>
      <List size="sm">
        {comparison.changes.slice(0, listedChanges).map((change) => (
          <List.Item key={change.key}>
            {t('standards.history.change', {
              holder: change.name,
              before: format.integer(change.before),
              after: format.integer(change.after),
            })}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
};

/** Every imported set, newest first; a replaced one compares with the set that replaced it. */
export const SetHistory = ({ sets }: { sets: readonly DeclarationSet[] }) => {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const formatDateTime = useFormatDateTime();
  const [compared, setCompared] = useState<string>();
  const inForce = (source: DeclarationSet['source']) =>
    sets.find((set) => set.source === source && set.replacedAt === undefined);
  const older = sets.find((set) => set.id === compared);
  const newer = older && inForce(older.source);
  return (
    <Stack gap="sm" component="section" aria-labelledby="set-history" mb="xl">
      <Title order={2} size="h3" id="set-history">
        {t('standards.history.title')}
      </Title>
      {sets.length === 0 ? (
        <Text c="dimmed">{t('standards.history.none')}</Text>
      ) : (
        <Table aria-label={t('standards.history.title')} withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('standards.history.file')}</Table.Th>
              <Table.Th>{t('standards.history.source')}</Table.Th>
              <Table.Th>{t('standards.history.imported')}</Table.Th>
              <Table.Th ta="right">{t('standards.history.rows')}</Table.Th>
              <Table.Th ta="right">{t('standards.history.holders')}</Table.Th>
              <Table.Th ta="right">{t('standards.history.families')}</Table.Th>
              <Table.Th>{t('standards.history.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sets.map((set) => (
              <Table.Tr key={set.id}>
                <Table.Td>{set.fileName}</Table.Td>
                <Table.Td>{t(`standards.source.${set.source}`)}</Table.Td>
                <Table.Td>{formatDateTime(set.importedAt)}</Table.Td>
                <Table.Td ta="right">{format.integer(set.rowCount)}</Table.Td>
                <Table.Td ta="right">{format.integer(set.aggregates.holders.length)}</Table.Td>
                <Table.Td ta="right">{format.integer(set.aggregates.families)}</Table.Td>
                <Table.Td>
                  {set.replacedAt === undefined ? (
                    <Badge color="green" variant="light">
                      {t('standards.history.inForce')}
                    </Badge>
                  ) : (
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => setCompared(compared === set.id ? undefined : set.id)}
                    >
                      {t('standards.history.compare')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {older && newer && <Comparison older={older} newer={newer} />}
    </Stack>
  );
};
