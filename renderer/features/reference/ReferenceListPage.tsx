import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceEntry } from '@shared/domain';
import { restoreBuiltInReferenceEntries, useReferenceEntries } from '@renderer/data/reference';
import { DataTable } from '@renderer/ui/table/DataTable';
import { PageTitle } from '@renderer/ui/PageTitle';
import { RestoreBuiltInsButton } from '@renderer/ui/RestoreBuiltInsButton';
import { ReferenceEntryModal } from './ReferenceEntryModal';
import { useReferenceColumns } from './referenceColumns';
import { buildReferenceRows, filterReferenceRows } from './referenceRows';
import { useConfirmDeleteEntry } from './useConfirmDeleteEntry';

/** The entry being edited, or 'new' while adding one. */
type Editing = ReferenceEntry | 'new' | null;

const entryRowId = (row: { entry: { id: string } }): string => row.entry.id;

/** The reference lists vendors are checked against: a searchable table with add, edit, delete and restore. */
export const ReferenceListPage = () => {
  const { t } = useTranslation();
  const entries = useReferenceEntries();
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [editing, setEditing] = useState<Editing>(null);
  const confirmDelete = useConfirmDeleteEntry();

  const rows = useMemo(() => buildReferenceRows(entries ?? []), [entries]);
  const visibleRows = useMemo(() => filterReferenceRows(rows, deferredSearch), [rows, deferredSearch]);
  const columns = useReferenceColumns({
    onEdit: setEditing,
    onDelete: confirmDelete,
  });
  const close = useCallback(() => setEditing(null), []);

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <PageTitle>{t('reference.title')}</PageTitle>
        <Group>
          <RestoreBuiltInsButton restore={restoreBuiltInReferenceEntries} />
          <Button onClick={() => setEditing('new')}>{t('reference.addEntry')}</Button>
        </Group>
      </Group>
      <Text maw={800}>{t('reference.intro')}</Text>
      {entries === undefined ? (
        <Text c="dimmed">{t('common.loading')}</Text>
      ) : (
        <>
          <TextInput
            label={t('reference.searchLabel')}
            placeholder={t('reference.searchPlaceholder')}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            maw={360}
          />
          <DataTable
            data={visibleRows}
            columns={columns}
            getRowId={entryRowId}
            label={t('reference.tableLabel')}
            emptyMessage={entries.length === 0 ? t('reference.noEntries') : t('reference.noMatch')}
            height="calc(100vh - 380px)"
          />
        </>
      )}
      {editing && <ReferenceEntryModal entry={editing === 'new' ? undefined : editing} onClose={close} />}
    </Stack>
  );
};
